// How the UI tests find a claim style on the page: the workbench turns a decoration type's theme colour into a
// generated CSS class (`ced-…`), so a style is found by the colour in its rule.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from '../../scripts/test-host/config';

/**
 * The generated class (`ced-…`) of the decoration type whose CSS rule carries `colour` — give each
 * decoration type a colour no other rule uses. Accepts '#rrggbb', '#rgb' or 'rgb(r, g, b)' / 'rgba(…)'.
 */
export async function findDecorationClassIn(page: Page, colour: string): Promise<string | undefined> {
  const wanted = normaliseColour(colour);
  return page.evaluate((needle) => {
    // Runs in the page; typed by hand because this project compiles without the DOM lib.
    type Rule = { selectorText?: string; style?: { cssText: string } };
    type Sheet = { cssRules: ArrayLike<Rule> };
    const doc = (globalThis as unknown as { document: { styleSheets: ArrayLike<Sheet> } }).document;
    const squash = (text: string): string => text.replace(/\s+/g, '').toLowerCase();
    for (const sheet of Array.from(doc.styleSheets)) {
      let rules: Rule[];
      try {
        rules = Array.from(sheet.cssRules);
      } catch {
        continue; // Cross-origin sheet.
      }
      for (const rule of rules) {
        if (!rule.selectorText || !rule.style || !squash(rule.style.cssText).includes(needle)) continue;
        const classes = rule.selectorText.match(/\.[\w-]+/g) ?? [];
        const generated = classes.find((c) => c.startsWith('.ced-')) ?? classes[classes.length - 1];
        if (generated) return generated.slice(1);
      }
    }
    return undefined;
  }, wanted);
}

/**
 * The workbench resolves theme colours into a decoration's CSS rule, so a claim style is found by
 * its own background colour: the light-theme default of `colourId` declared in package.json
 * (headless chromium shows the light theme). Pass the result to findDecorationClass().
 */
export function backgroundNeedle(colourId: string): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    contributes: { colors: Array<{ id: string; defaults: { light: string } }> };
  };
  const hex = pkg.contributes.colors.find((c) => c.id === colourId)?.defaults.light;
  if (!hex || !/^#[0-9a-f]{8}$/i.test(hex)) throw new Error(`${colourId}: no #rrggbbaa light default in package.json (${hex})`);
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `background-color: rgba(${r}, ${g}, ${b},`;
}

function normaliseColour(colour: string): string {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!hex) return colour.replace(/\s+/g, '').toLowerCase();
  const digits = hex[1].length === 3 ? hex[1].split('').map((d) => d + d).join('') : hex[1];
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16));
  return `rgb(${r},${g},${b})`;
}

