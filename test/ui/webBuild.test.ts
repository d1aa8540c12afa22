/**
 * The web build (package.json `browser`, dist/web/extension.js) as vscode.dev would run it: the packaged VSIX
 * runs in the browser's web worker extension host (WEB_BUILD_SETTINGS), not the server's Node host. Developer:
 * Show Running Extensions says where it runs; the seed is analysed (by the Web Worker: the Node one cannot
 * start there), a claim is marked disputed from the hover, and the review file is written through
 * `workspace.fs` to the workspace on the server's disk. `npm run test:ui -- --web` runs every UI suite so.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { backgroundNeedle, useWorkbench, type Workbench } from './workbench';
import { FIRST_ANALYSIS_MS, decorationClass } from './decorationWaits';

const SEED = '000_f9e8f79b6daea75d.txt';
const UNREVIEWED = backgroundNeedle('claimlens.claimUnreviewedBackground');
const DISPUTED = backgroundNeedle('claimlens.claimDisputedBackground');

/** The Running Extensions row of ClaimLens (rows render lazily: scrolls until it is there). */
async function runningExtensionRow(wb: Workbench): Promise<string> {
  await wb.runCommand('Developer: Show Running Extensions');
  const list = wb.page.locator('.runtime-extensions-editor .monaco-list').first();
  await list.waitFor();
  const row = wb.page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'ClaimLens' }).first();
  // Rows render lazily: from the top, scroll down until it is there.
  await list.hover();
  await wb.page.mouse.wheel(0, -10_000);
  for (let i = 0; i < 40 && !(await row.isVisible()); i++) {
    await list.hover();
    await wb.page.mouse.wheel(0, 300);
    await wb.page.waitForTimeout(100);
  }
  return row.innerText();
}

describe('Web build (UI)', function () {
  const wb = useWorkbench({ web: true });

  it('runs in the web worker extension host', async () => {
    // Running Extensions lists activated extensions only, and ClaimLens activates on an article's language.
    await wb().openFile(SEED);
    await wb().page.locator('.part.statusbar .statusbar-item', { hasText: /claims reviewed/ }).first().waitFor({ timeout: FIRST_ANALYSIS_MS });
    const row = await runningExtensionRow(wb());
    await wb().screenshot('web build 1 - running extensions');
    assert.match(row, /web worker/i, `ClaimLens's row: ${row}`);
  });

  it('analyses the seed and saves a review to the workspace through workspace.fs', async () => {
    await wb().openFile(SEED);
    const unreviewed = await decorationClass(wb(), UNREVIEWED);
    await wb().decorations(unreviewed).first().waitFor({ timeout: FIRST_ANALYSIS_MS });
    await wb().page.locator('.part.statusbar .statusbar-item', { hasText: /claims reviewed/ }).first().waitFor();
    await wb().screenshot('web build 2 - seed decorated');

    const hover = await wb().hoverOver(wb().decorations(unreviewed).first());
    await hover.locator('a', { hasText: 'Mark as Disputed' }).first().click();
    const input = wb().page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor();
    await input.fill('Checked in the browser.');
    await wb().page.keyboard.press('Enter');
    await wb().decorations(await decorationClass(wb(), DISPUTED)).first().waitFor();
    await wb().page.locator('.part.statusbar .statusbar-item', { hasText: '· 1 disputed' }).first().waitFor();
    await wb().page.mouse.move(5, 5);
    await wb().screenshot('web build 3 - claim disputed');

    const sidecar = path.join(wb().workspaceDir, 'seeds', `${SEED}.claimlens.json`);
    const deadline = Date.now() + 30_000;
    while (!fs.existsSync(sidecar) && Date.now() < deadline) await wb().page.waitForTimeout(200);
    assert.ok(fs.existsSync(sidecar), `${sidecar} was not written`);
    const review = JSON.parse(fs.readFileSync(sidecar, 'utf8')) as { annotations: { status: string; note?: string }[] };
    assert.ok(review.annotations.some((a) => a.status === 'disputed' && a.note === 'Checked in the browser.'), JSON.stringify(review));
  });
});
