/**
 * Quote speakers as a user sees them in the editor (issue 14), on an article with a quote continued over two
 * paragraphs (`"A," he said. "B.` ¶ `"C."`), a speaker with a long appositive (`Jane Roe, a pollster working for
 * the campaign against the bridge, said "…"`) and a `they` nobody was named for: the inline name (an inlay hint) is Sam
 * Ortiz on all three pieces and Jane Roe on hers, and shows `— ?` for the unresolved one, whose hover says
 * `unresolved (“they”)` and offers Correct Speaker…, which then names it inline.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { repoRoot } from '../../scripts/test-host/config';
import { useWorkbench, type Workbench } from './workbench';

const ARTICLE = 'bridge-vote.article';

/** The first analysis in a fresh workbench (worker start, NLP load) can be slow on a loaded machine. */
const FIRST_ANALYSIS_MS = 90_000;

/**
 * The speaker names on screen, in reading order (`— Sam Ortiz`): inlay hints, which the editor lays out as text of
 * the line (spans of a `dyn-rule-*` class holding the label).
 */
async function speakerLabels(wb: Workbench): Promise<string[]> {
  return wb.page.evaluate(() => {
    type El = { textContent: string | null; getBoundingClientRect(): { top: number; left: number } };
    const g = globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<El> } };
    // The editor reuses line elements, so the page's order is not the text's: sort by where they are drawn.
    return Array.from(g.document.querySelectorAll('.editor-instance .view-lines .view-line span[class*="dyn-rule"]'))
      .map((e) => ({ text: (e.textContent ?? '').replace(/\u00a0/g, ' '), box: e.getBoundingClientRect() }))
      .filter((l) => l.text.startsWith('\u2014 '))
      .sort((a, b) => a.box.top - b.box.top || a.box.left - b.box.left)
      .map((l) => l.text);
  });
}

/** Waits until the speaker names are exactly `expected` (analysis and decorations come a moment after the text). */
async function waitForLabels(wb: Workbench, expected: string[], timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  let seen: string[] = [];
  while (Date.now() < deadline) {
    seen = await speakerLabels(wb);
    if (JSON.stringify(seen) === JSON.stringify(expected)) return;
    await wb.page.waitForTimeout(250);
  }
  assert.deepEqual(seen, expected, 'speaker names on screen');
}

describe('Quote speakers (UI)', function () {
  const wb = useWorkbench({ workspace: path.join(repoRoot, 'test', 'fixtures', 'speakers') });

  it('names the speaker of a continued quote and of an appositive source inline, and `— ?` for an unresolved pronoun', async () => {
    await wb().openFile(ARTICLE);
    await waitForLabels(wb(), ['\u2014 Sam Ortiz', '\u2014 Sam Ortiz', '\u2014 Sam Ortiz', '\u2014 Jane Roe', '\u2014 ?'], FIRST_ANALYSIS_MS);
    await wb().screenshot('quote speakers 1 - inline names');
  });

  it('hovers the unresolved quote: `unresolved (“they”)` with Correct Speaker…, which names it inline', async () => {
    await wb().openFile(ARTICLE);
    await waitForLabels(wb(), ['\u2014 Sam Ortiz', '\u2014 Sam Ortiz', '\u2014 Sam Ortiz', '\u2014 Jane Roe', '\u2014 ?'], FIRST_ANALYSIS_MS);
    const words = wb().page.locator('.editor-instance .view-lines .view-line span span', { hasText: 'Nobody asked the families' }).first();
    const hover = await wb().hoverOver(words);
    const text = await hover.innerText();
    assert.match(text, /ClaimLens · Quote/);
    assert.match(text, /Speaker: unresolved \(“they”\)/);
    assert.doesNotMatch(text, /Speaker: they\b/);
    await wb().screenshot('quote speakers 2 - unresolved hover');

    await hover.locator('a', { hasText: 'Correct Speaker' }).first().click();
    const input = wb().page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor();
    assert.equal(await input.inputValue(), '', 'an unresolved pronoun is no name to start from');
    await input.fill('Harbor residents');
    await wb().page.keyboard.press('Enter');
    await waitForLabels(wb(), ['\u2014 Sam Ortiz', '\u2014 Sam Ortiz', '\u2014 Sam Ortiz', '\u2014 Jane Roe', '\u2014 Harbor residents'], 30_000);
    await wb().screenshot('quote speakers 3 - corrected speaker');
  });
});
