// Renders media/icon.svg to media/icon.png (128×128, transparent corners) with the same headless
// chromium the UI tests use, so the PNG shows exactly what a browser draws from the SVG.
//   node scripts/render-icon.mjs        (CLAIMLENS_CHROMIUM=/path/to/chromium to use another browser)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const svg = readFileSync(join(root, 'media', 'icon.svg'), 'utf8');
const home = mkdtempSync(join(tmpdir(), 'claimlens-icon-'));
const browser = await chromium.launch({
  executablePath: process.env.CLAIMLENS_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
  env: { ...process.env, HOME: home },
});
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: join(root, 'media', 'icon.png'), omitBackground: true });
  console.log('media/icon.png written');
} finally {
  await browser.close();
  rmSync(home, { recursive: true, force: true });
}
