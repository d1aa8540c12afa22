/**
 * One colour per status everywhere: the gutter icons (fixed colours, SVG), the editor and tree (theme
 * colours in package.json) and the Claim Details badge (CSS over the same theme colours).
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VISIBLE_STATUSES, decorationColors } from '../../../src/core/review/statuses';

const ROOT = join(__dirname, '..', '..', '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { colors: { id: string; defaults: { light: string } }[] } };
const colour = (id: string): string => pkg.contributes.colors.find((c) => c.id === id)!.defaults.light;
/** #RRGGBB of a #RRGGBB or #RRGGBBAA colour, lower case. */
const rgb = (hex: string): string => hex.slice(0, 7).toLowerCase();

describe('decorations: one colour per status', () => {
  for (const status of VISIBLE_STATUSES) {
    it(`${status}: the gutter icon has the editor's colour`, () => {
      const svg = readFileSync(join(ROOT, 'media', 'gutter', `${status}.svg`), 'utf8');
      const used = [...svg.matchAll(/(?:fill|stroke)="(#[0-9a-fA-F]{6})"/g)].map((m) => m[1].toLowerCase()).filter((c) => c !== '#ffffff');
      assert.deepEqual([...new Set(used)], [rgb(colour(decorationColors(status).ruler))], `${status}.svg`);
    });
  }

  it('the tree icons and the Claim Details badges use the status theme colours', () => {
    const css = readFileSync(join(ROOT, 'media', 'details', 'details.css'), 'utf8');
    for (const status of ['sourced', 'disputed', 'unverified'] as const) {
      assert.equal(colour(`claimlens.sidebar.${status}Icon`), decorationColors(status).ruler);
      const rule = new RegExp(`\\.status-${status}\\.status \\{ background: var\\(--vscode-claimlens-sidebar-${status}Icon\\)`);
      assert.match(css, rule, `Claim Details badge of ${status}`);
    }
  });

  it('unverified is purple, apart from the amber of unreviewed', () => {
    assert.notEqual(rgb(colour('claimlens.rulerUnverified')), rgb(colour('claimlens.rulerUnreviewed')));
    assert.match(rgb(colour('claimlens.rulerUnverified')), /^#8a63d2$/);
  });
});
