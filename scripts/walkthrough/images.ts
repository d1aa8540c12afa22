/**
 * `npm run walkthrough:images`: makes the pictures of the Get Started walkthrough
 * (package.json `contributes.walkthroughs`, media/walkthrough/*.png) in the real workbench — the
 * packaged VSIX in code-server and headless chromium, as the UI tests run it — by doing what each
 * step asks: open the bundled seed, show its claims and the Review view, hover a claim and mark it
 * disputed, open the review file, export. Each picture is a crop of the window around what the
 * step is about, stored as an indexed-colour PNG (pngPalette.ts) to keep the VSIX small.
 *   npm run walkthrough:images            (CLAIMLENS_VSIX=<file> to use a packaged VSIX)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { backgroundNeedle, Workbench } from '../../test/ui/workbench';
import { fixtureWorkspace, repoRoot } from '../test-host/config';
import { ensureTestHost } from '../test-host/hostInstall';
import { makeStateDir, removeStateDir } from '../test-host/tempDirs';
import { encodeIndexedPng, type Rgba } from './pngPalette';

const OUT_DIR = path.join(repoRoot, 'media', 'walkthrough');
const VIEWPORT = { width: 1024, height: 640 };
const WAIT_MS = 90_000;

interface Box { x: number; y: number; width: number; height: number }

async function main(): Promise<void> {
  await ensureTestHost();
  const stateDir = makeStateDir('walkthrough-images');
  try {
    // A workspace as a newcomer has it: a few articles of their own, no copy of the seed yet.
    const workspace = path.join(stateDir, 'newsroom');
    fs.cpSync(path.join(fixtureWorkspace, 'articles'), path.join(workspace, 'articles'), { recursive: true });
    const wb = await Workbench.start({ workspace, viewport: VIEWPORT, settings: { 'workbench.colorTheme': 'Default Light Modern' } });
    try {
      fs.mkdirSync(OUT_DIR, { recursive: true });
      await shoot(wb, 'open-seed', await openSeedPicture(wb));
      await shoot(wb, 'claims-and-quotes', await claimsPicture(wb));
      await shoot(wb, 'mark-claim', await hoverPicture(wb));
      await shoot(wb, 'review-file', await reviewFilePicture(wb));
      await shoot(wb, 'export', await exportPicture(wb));
    } finally {
      await wb.stop();
    }
  } finally {
    removeStateDir(stateDir);
  }
}

/** The Open Seed Article pick: the bundled seed and the workspace's articles. */
async function openSeedPicture(wb: Workbench): Promise<Box> {
  await wb.activityBarItem('ClaimLens').waitFor(); // Until then the palette does not list ClaimLens's commands.
  await wb.runCommand('ClaimLens: Open Seed Article…');
  await wb.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'bundled' }).first().waitFor({ timeout: WAIT_MS });
  await wb.page.mouse.move(1, 1);
  return around(wb.page, [wb.page.locator('.quick-input-widget')], 24);
}

/** The seed open with its claims highlighted, the ClaimLens sidebar beside it. */
async function claimsPicture(wb: Workbench): Promise<Box> {
  await wb.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'bundled' }).first().click();
  await wb.page.locator('.editor-instance .view-lines .view-line').first().waitFor();
  await findUnreviewedClass(wb);
  await unreviewedBoxes(wb).first().waitFor({ timeout: WAIT_MS });
  await wb.reset(); // The "copied into your workspace" notification.
  await wb.openViewContainer('ClaimLens');
  await wb.viewRows().filter({ hasText: /\d\.\d\d/ }).first().waitFor({ timeout: WAIT_MS });
  await wb.page.mouse.move(1, 1);
  return { x: 48, y: 0, width: 760, height: 470 };
}

/** A claim's hover with its review actions: the claim that opens paragraph 9 (the talks failed to bridge the gap). */
async function hoverPicture(wb: Workbench): Promise<Box> {
  const line = wb.page.locator('.editor-instance .view-line', { hasText: 'The high-level talks in Moscow' }).first();
  const hover = await wb.hoverOver(line.locator('span span').first());
  await hover.locator('a', { hasText: 'Mark as Disputed' }).first().waitFor();
  // The claim's own part of the hover (a second part lists the other claims of the line).
  return around(wb.page, [hover.locator('.hover-row').first()], 4);
}

/** Marks the hovered claim disputed, then opens the review file beside the article. */
async function reviewFilePicture(wb: Workbench): Promise<Box> {
  await wb.page.locator('.monaco-hover:visible a', { hasText: 'Mark as Disputed' }).first().click();
  const input = wb.page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor();
  await input.fill('Not what the ministry said.');
  await wb.page.keyboard.press('Enter');
  await wb.page.locator('.part.statusbar .statusbar-item', { hasText: '· 1 disputed' }).first().waitFor({ timeout: WAIT_MS });
  await wb.runCommand('ClaimLens: Open Review File (Sidecar)');
  await wb.page.locator('.tabs-container .tab.active[aria-label*=".claimlens.json"]').first().waitFor();
  await wb.page.locator('.editor-instance .view-line', { hasText: '"disputed"' }).first().waitFor();
  await wb.page.mouse.move(1, 1);
  return { x: 300, y: 0, width: VIEWPORT.width - 300, height: 470 };
}

/** The export formats. */
async function exportPicture(wb: Workbench): Promise<Box> {
  await wb.page.locator('.tabs-container .tab[aria-label*=".txt"]:not([aria-label*=".claimlens.json"])').first().click();
  await wb.runCommand('ClaimLens: Export Review…');
  await wb.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Markdown report' }).first().waitFor();
  await wb.page.mouse.move(1, 1);
  return around(wb.page, [wb.page.locator('.quick-input-widget')], 24);
}

/** The generated class of the unreviewed-claim highlight, found by its colour once the seed is analysed. */
let unreviewedClass = '';

function unreviewedBoxes(wb: Workbench): Locator {
  return wb.page.locator(`.editor-instance .view-overlays .cdr.${unreviewedClass}`);
}

/** The union of the elements' boxes, padded, inside the window. */
async function around(page: Page, elements: readonly Locator[], pad: number): Promise<Box> {
  const boxes = (await Promise.all(elements.map((e) => e.first().boundingBox()))).filter((b): b is Box => !!b);
  if (boxes.length === 0) throw new Error('nothing to crop around');
  const x0 = Math.max(0, Math.min(...boxes.map((b) => b.x)) - pad);
  const y0 = Math.max(0, Math.min(...boxes.map((b) => b.y)) - pad);
  const x1 = Math.min(page.viewportSize()!.width, Math.max(...boxes.map((b) => b.x + b.width)) + pad);
  const y1 = Math.min(page.viewportSize()!.height, Math.max(...boxes.map((b) => b.y + b.height)) + pad);
  return { x: Math.round(x0), y: Math.round(y0), width: Math.round(x1 - x0), height: Math.round(y1 - y0) };
}

/** Reads the clip's pixels from the page (a canvas over a screenshot) and writes an indexed PNG. */
async function shoot(wb: Workbench, name: string, clip: Box): Promise<void> {
  await wb.page.waitForTimeout(800); // Hovers and quick picks fade in: a picture, not a test, so a pause will do.
  const png = await wb.page.screenshot({ clip });
  const pixels = await decodeInPage(wb.page, png);
  const file = path.join(OUT_DIR, `${name}.png`);
  fs.writeFileSync(file, encodeIndexedPng(pixels));
  console.log(`${path.relative(repoRoot, file)}  ${pixels.width}×${pixels.height}  ${(fs.statSync(file).size / 1024).toFixed(1)} KB (screenshot ${(png.length / 1024).toFixed(1)} KB)`);
}

/** Chromium decodes the PNG: no image library needed. */
async function decodeInPage(page: Page, png: Buffer): Promise<Rgba> {
  const { width, height, data } = await page.evaluate(async (base64) => {
    // Runs in the page; typed by hand because this project compiles without the DOM lib.
    type Ctx = { drawImage(i: unknown, x: number, y: number): void; getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } };
    type Canvas = { width: number; height: number; getContext(kind: '2d'): Ctx };
    const g = globalThis as unknown as {
      createImageBitmap(b: unknown): Promise<{ width: number; height: number }>;
      Blob: new (parts: unknown[], o: { type: string }) => unknown;
      OffscreenCanvas: new (w: number, h: number) => Canvas;
      atob(s: string): string;
    };
    const bytes = Uint8Array.from(g.atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await g.createImageBitmap(new g.Blob([bytes], { type: 'image/png' }));
    const canvas = new g.OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(bitmap, 0, 0);
    return { width: bitmap.width, height: bitmap.height, data: Array.from(ctx.getImageData(0, 0, bitmap.width, bitmap.height).data) };
  }, png.toString('base64'));
  return { width, height, data: Uint8Array.from(data) };
}

async function findUnreviewedClass(wb: Workbench): Promise<void> {
  const needle = backgroundNeedle('claimlens.claimUnreviewedBackground');
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const found = await wb.findDecorationClass(needle);
    if (found) {
      unreviewedClass = found;
      return;
    }
    if (Date.now() > deadline) throw new Error('no unreviewed-claim decoration appeared');
    await wb.page.waitForTimeout(250);
  }
}

main().then(
  () => undefined,
  (error: Error) => {
    console.error(`walkthrough:images: ${error.stack ?? error.message}`);
    process.exitCode = 1;
  },
);
