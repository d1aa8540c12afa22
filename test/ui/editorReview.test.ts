/**
 * Reviewing in the editor as a user sees it, on the seed article: claims are decorated, the
 * hover offers the review actions, and "Mark as Disputed" clicked in the hover recolours the
 * claim and updates the status-bar counts; "Export Review…" writes a Markdown report through the
 * workbench's own save dialog. A screenshot is saved after each step.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator } from 'playwright-core';
import { backgroundNeedle, useWorkbench, type Workbench } from './workbench';
import { FIRST_ANALYSIS_MS, decorationClass } from './decorationWaits';
import { waitForInlayHint } from './inlayHints';

const SEED = '000_f9e8f79b6daea75d.txt';

const UNREVIEWED = backgroundNeedle('claimlens.claimUnreviewedBackground');
const DISPUTED = backgroundNeedle('claimlens.claimDisputedBackground');
const UNVERIFIED = backgroundNeedle('claimlens.claimUnverifiedBackground');

function statusItem(wb: Workbench): Locator {
  return wb.page.locator('.part.statusbar .statusbar-item', { hasText: /reviewed/ }).first();
}

/** A decoration box of `className` that starts on screen (long lines: some boxes begin far right, scrolled out). */
async function onScreenBox(wb: Workbench, className: string): Promise<{ x: number; y: number; width: number; height: number }> {
  for (const candidate of await wb.decorations(className).all()) {
    const b = await candidate.boundingBox();
    if (b && b.x < 900 && b.y > 100 && b.y < 800) return b;
  }
  assert.fail(`no ${className} decoration starts on screen`);
}

async function counts(wb: Workbench): Promise<{ reviewed: number; total: number; disputed: number }> {
  const text = (await statusItem(wb).innerText()).replace(/\s+/g, ' ');
  const m = /(\d+)\/(\d+) claims reviewed · \d+\/\d+ quotes · (\d+) disputed/.exec(text);
  assert.ok(m, `status bar text: ${text}`);
  return { reviewed: Number(m[1]), total: Number(m[2]), disputed: Number(m[3]) };
}

/**
 * Word wrap is on for articles, so a paragraph line spans several view rows; its gutter icon must be
 * drawn once, on the first row. The seed separates paragraphs by blank lines: two icons a single row
 * apart would be one line's icon repeated on its wrapped rows.
 */
async function assertOneGutterIconPerLine(wb: Workbench): Promise<void> {
  const seen = await wb.page.waitForFunction(() => {
    type Box = { top: number; height: number };
    type El = { getBoundingClientRect(): Box; textContent: string | null };
    const g = globalThis as unknown as {
      document: { querySelectorAll(s: string): ArrayLike<El> };
      getComputedStyle(e: El): { backgroundImage: string };
    };
    const icons = Array.from(g.document.querySelectorAll('.editor-instance .margin *'))
      .filter((e) => g.getComputedStyle(e).backgroundImage.includes('gutter'))
      .map((e) => e.getBoundingClientRect().top);
    const rows = Array.from(g.document.querySelectorAll('.editor-instance .view-lines .view-line'))
      .map((e) => ({ top: e.getBoundingClientRect().top, text: (e.textContent ?? '').trim() }))
      .sort((a, b) => a.top - b.top);
    const rowHeight = rows.length > 1 ? rows[1].top - rows[0].top : 0;
    const wrapped = rows.some((r, i) => i > 0 && r.text !== '' && rows[i - 1].text !== '');
    return icons.length > 0 && rowHeight > 0 ? { icons: [...new Set(icons)].sort((a, b) => a - b), rowHeight, wrapped } : null;
  }, undefined, { timeout: 30_000 });
  const { icons, rowHeight, wrapped } = (await seen.jsonValue())!;
  assert.ok(wrapped, 'the seed should show at least one wrapped paragraph');
  for (let i = 1; i < icons.length; i++) {
    assert.ok(icons[i] - icons[i - 1] > rowHeight * 1.5, `gutter icons on adjacent rows at ${icons[i - 1]} and ${icons[i]} (row ${rowHeight}px)`);
  }
}

describe('Editor review (UI)', function () {
  const wb = useWorkbench();

  // Each test opens the seed itself (a no-op when it is open): tests run alone with --grep too.
  it('decorates the claims of the seed article and shows progress in the status bar', async () => {
    await wb().openFile(SEED);
    const unreviewed = await decorationClass(wb(), UNREVIEWED);
    await wb().decorations(unreviewed).first().waitFor({ timeout: FIRST_ANALYSIS_MS });
    assert.ok(await wb().decorations(unreviewed).count() > 0);
    await statusItem(wb()).waitFor({ timeout: FIRST_ANALYSIS_MS });
    const c = await counts(wb());
    assert.equal(c.reviewed, 0);
    assert.equal(c.disputed, 0);
    assert.ok(c.total > 0);
    // Quote speakers as inlay hints (claimlens.showSpeakers, on by default): text the editor lays out in the line,
    // so a wrapped line makes room for them; they may come a moment after the backgrounds.
    await waitForInlayHint(wb(), (text) => text.startsWith('\u2014'), 30_000);
    await wb().screenshot('editor review 1 - seed decorated');
    await assertOneGutterIconPerLine(wb());
  });

  it('lists the claims of a line holding several in its hover, each with its status icon', async () => {
    await wb().openFile(SEED);
    const unreviewed = await decorationClass(wb(), UNREVIEWED);
    await wb().decorations(unreviewed).first().waitFor({ timeout: FIRST_ANALYSIS_MS });
    // Speaker hints re-lay the lines out when they arrive: hover once they are there.
    await waitForInlayHint(wb(), (text) => text.startsWith('\u2014'), 30_000);
    // The seed's paragraph about the investigation of the chemical attack holds two claims (one line, wrapped).
    const row = wb().page.locator('.editor-instance .view-lines .view-line', { hasText: 'Washington has been investigating' }).first();
    const hover = await wb().hoverOver(row);
    await hover.getByText(/2 claims on this line/).first().waitFor();
    const summary = hover.locator('li', { hasText: 'Unreviewed' });
    assert.equal(await summary.count(), 2, await hover.innerText());
    // Codicons drawn by the icon font, no emoji (⏳ was a box where the hover font has none).
    assert.equal(await summary.locator('.codicon-circle-large-outline').count(), 2);
    assert.ok(!(await hover.innerText()).includes('\u23f3'));
    await wb().screenshot('editor review 1b - hover of a line with two claims');
    await wb().page.keyboard.press('Escape');
  });

  it('hovers a claim with its review actions, and marks it disputed from the hover', async () => {
    await wb().openFile(SEED);
    const unreviewed = await decorationClass(wb(), UNREVIEWED);
    await statusItem(wb()).waitFor();
    const before = await counts(wb());
    await wb().decorations(unreviewed).first().waitFor();
    const boxesBefore = await wb().decorations(unreviewed).count();
    const hover = await wb().hoverOver(wb().decorations(unreviewed).first());
    const text = await hover.innerText();
    for (const action of ['Mark as Sourced', 'Mark as Disputed', 'Mark as Unverified', 'Add Source', 'Dismiss']) {
      assert.ok(text.includes(action), `hover lacks ${action}: ${text}`);
    }
    assert.match(text, /ClaimLens · Claim/);
    assert.match(text, /score/);
    await wb().screenshot('editor review 2 - hover with actions');

    await hover.locator('a', { hasText: 'Mark as Disputed' }).first().click();
    const input = wb().page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor();
    await wb().screenshot('editor review 3 - note input');
    await input.fill('Casualty figure differs from the UN report.');
    await wb().page.keyboard.press('Enter');

    const disputed = await decorationClass(wb(), DISPUTED);
    await wb().decorations(disputed).first().waitFor();
    assert.equal(before.disputed, 0);
    assert.notEqual(disputed, unreviewed);
    // Word wrap is on for articles: one claim may be drawn as a box per view line, so boxes are
    // compared, not counted one per claim; the status bar below counts claims.
    await wb().page.waitForFunction(
      ([sel, n]) => (globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } })
        .document.querySelectorAll(sel).length < n,
      [`.editor-instance .view-overlays .cdr.${unreviewed}`, boxesBefore] as const,
    );
    await wb().page.locator('.part.statusbar .statusbar-item', { hasText: `· ${before.disputed + 1} disputed` }).first().waitFor();
    const after = await counts(wb());
    assert.deepEqual(after, { reviewed: before.reviewed + 1, total: before.total, disputed: before.disputed + 1 });
    await wb().page.mouse.move(5, 5);
    await wb().screenshot('editor review 4 - claim disputed');
  });

  it('offers the review commands in the editor context menu and under the ctrl+alt+k chord', async () => {
    await wb().openFile(SEED);
    const unreviewed = await decorationClass(wb(), UNREVIEWED);
    await statusItem(wb()).waitFor();
    const before = await counts(wb());
    await wb().decorations(unreviewed).first().waitFor();
    const box = await onScreenBox(wb(), unreviewed);
    const at = { x: box.x + 30, y: box.y + box.height / 2 };
    await wb().page.mouse.click(at.x, at.y);
    await wb().page.locator('.part.statusbar .statusbar-item', { hasText: /Ln\s(?!1,)\d+/ }).first().waitFor();
    await wb().page.mouse.click(at.x, at.y, { button: 'right' });
    const menuItem = wb().page.locator('.context-view .monaco-menu .action-item', { hasText: 'ClaimLens' }).first();
    await menuItem.waitFor();
    // A click opens the submenu at once (hovering opens it only after a delay, and only if the
    // pointer was not already there).
    await menuItem.click();
    await wb().page.locator('.context-view .monaco-menu .action-label', { hasText: 'Mark as Unverified' }).first().waitFor();
    await wb().screenshot('editor review 5 - context menu');
    assert.deepEqual(await wb().reset(), ['context menu']);

    await wb().page.mouse.click(at.x, at.y);
    await wb().page.keyboard.press('Control+Alt+K');
    await wb().page.keyboard.press('u');
    const unverified = await decorationClass(wb(), UNVERIFIED);
    await wb().decorations(unverified).first().waitFor();
    await wb().page.locator('.part.statusbar .statusbar-item', { hasText: `${before.reviewed + 1}/${before.total} claims reviewed` }).first().waitFor();
    await wb().screenshot('editor review 6 - marked unverified by keybinding');
  });

  it('exports a Markdown report of the review from the palette through the save dialog', async () => {
    await wb().openFile(SEED);
    await statusItem(wb()).waitFor();
    const c = await counts(wb());
    await wb().runCommand('ClaimLens: Export Review…');
    await wb().pickQuickItem('Markdown report');
    // code-server has no native dialogs: the save dialog is a quick input holding the proposed path.
    const target = path.join(wb().workspaceDir, 'seeds', `${SEED}.review.md`);
    const input = wb().page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor();
    await wb().page.waitForFunction(
      (name) => ((globalThis as unknown as { document: { querySelector(s: string): { value: string } | null } })
        .document.querySelector('.quick-input-widget .quick-input-box input')?.value ?? '').endsWith(name),
      `${SEED}.review.md`,
    );
    await wb().screenshot('editor review 8 - export save dialog');
    await wb().page.keyboard.press('Enter');
    await wb().waitForNotification(/ClaimLens: exported .*\.review\.md/);
    assert.ok(fs.existsSync(target), `${target} was not written`);
    const report = fs.readFileSync(target, 'utf8');
    assert.match(report, /^# ClaimLens review: Russia: Putin Explained to Tillerson/);
    // The summary row counts what the status bar counts: claims in the text and the disputed ones.
    const row = /\| Claims \|.*\n.*\n\| (\d+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \|/.exec(report);
    assert.ok(row, report.slice(0, 600));
    const [claims, sourced, disputed, unverified] = row.slice(1, 5).map(Number);
    assert.deepEqual({ total: claims, reviewed: sourced + disputed + unverified }, { total: c.total, reviewed: c.reviewed });
    assert.ok(disputed <= c.disputed);
    assert.equal((report.match(/^### \d+\. /gm) ?? []).length, c.total);
    await wb().screenshot('editor review 9 - exported');
  });

  it('opens the review view when the status-bar item is clicked', async () => {
    await wb().openFile(SEED);
    await statusItem(wb()).click();
    // The header's aria-label carries the view's description too; match on its title text.
    const header = wb().page.locator('.part.sidebar .pane-header', { hasText: /^\s*Review/ }).first();
    await header.waitFor();
    await wb().screenshot('editor review 7 - status bar opens the review view');
  });
});
