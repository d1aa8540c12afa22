/**
 * With `claimlens.diagnostics` on, the Problems panel lists the claims to review, each message
 * starting with the claim's first words; and News Article text wraps (`editor.wordWrap` is on for
 * the language): a paragraph continues on view lines without a line number.
 */
import * as assert from 'node:assert/strict';
import { useWorkbench } from './workbench';

const SEED = '000_f9e8f79b6daea75d.txt';
const FIRST_ANALYSIS_MS = 90_000;

describe('Problems panel and word wrap (UI)', function () {
  const wb = useWorkbench({ settings: { 'claimlens.diagnostics': 'warning' } });

  it('lists each claim to review in the Problems panel by its first words', async () => {
    await wb().openFile(SEED);
    await wb().page.keyboard.press('Control+Shift+M');
    const rows = wb().page.locator('.markers-panel .monaco-list-row');
    const claimRow = rows.filter({ hasText: /unreviewed claim \(/ }).first();
    await claimRow.waitFor({ timeout: FIRST_ANALYSIS_MS });
    const messages = (await rows.filter({ hasText: /unreviewed claim \(/ }).allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
    // “First words of the claim…” — unreviewed claim (type, score 0.xx): check it against a source.
    for (const m of messages) assert.match(m, /“[^”]{12,}”\s+—\s+unreviewed claim \([a-z]+, score 0\.\d\d\): check it against a source\./, m);
    // The words are the claim's own: each message's quoted start is in the article.
    const editorText = (await wb().editorText()).replace(/\s+/g, ' ');
    const start = /“([^”…]{12,}?)(?:…)?”/.exec(messages[0])![1].trim();
    assert.ok(editorText.includes(start.slice(0, 20)), `“${start}” is not in the article's visible text`);
    await wb().screenshot('problems panel - claims by their first words');
  });

  it('wraps News Article lines: a paragraph continues on view lines without a number, none wider than the editor', async () => {
    await wb().openFile(SEED);
    await wb().page.locator('.tabs-container .tab.active').first().waitFor();
    // A status-bar language item names the language the wrapping is set for.
    await wb().page.locator('.part.statusbar .statusbar-item', { hasText: 'News Article' }).first().waitFor();
    // A wrapped line has no number of its own: more view lines than numbered lines on screen.
    const numbered = await wb().page.locator('.editor-instance .margin-view-overlays .line-numbers').count();
    const viewLines = await wb().page.locator('.editor-instance .view-lines .view-line').count();
    assert.ok(numbered > 5 && viewLines > numbered, `${viewLines} view lines for ${numbered} numbered lines: no wrapping`);
    // Nothing runs off to the right: the lines are no wider than the editor (without wrapping, the
    // seed's paragraphs make them far wider).
    const widths = await wb().page.locator('.editor-instance .overflow-guard').first().evaluate((guard) => {
      type Box = { getBoundingClientRect(): { width: number }; querySelector(s: string): Box | null };
      const g = guard as unknown as Box;
      return { editor: g.getBoundingClientRect().width, lines: g.querySelector('.view-lines')?.getBoundingClientRect().width ?? 0 };
    });
    assert.ok(widths.lines > 0 && widths.lines <= widths.editor, JSON.stringify(widths));
    await wb().screenshot('word wrap - news article lines wrap');
  });
});
