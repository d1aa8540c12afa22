/** The status vocabulary covers every status, and its theme colours are the ones package.json declares. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  BUTTON_ORDER, decorationColors, isReviewed, ORPHAN_ICON, REVIEW_STATUSES, STATUS_WORDS, VISIBLE_STATUSES,
} from '../../../../src/core/review/statuses';

const ROOT = resolve(__dirname, '..', '..', '..', '..', '..');
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { contributes: { colors: { id: string }[] } };
const declared = new Set(pkg.contributes.colors.map((c) => c.id));

describe('core/review/statuses: one home for the status words', () => {
  it('names every status once, with a label, an icon and a button', () => {
    assert.deepEqual(Object.keys(STATUS_WORDS).sort(), [...REVIEW_STATUSES].sort());
    assert.deepEqual([...BUTTON_ORDER].sort(), [...REVIEW_STATUSES].sort());
    for (const s of REVIEW_STATUSES) {
      const w = STATUS_WORDS[s];
      assert.equal(w.label.toLowerCase(), s);
      assert.ok(w.codicon && w.button && w.buttonHint, s);
    }
  });

  it('counts a verdict as reviewed, and paints every status but dismissed', () => {
    assert.deepEqual(REVIEW_STATUSES.filter(isReviewed), ['sourced', 'disputed', 'unverified']);
    assert.deepEqual([...VISIBLE_STATUSES].sort(), REVIEW_STATUSES.filter((s) => s !== 'dismissed').sort());
  });

  it('uses only theme colours package.json declares', () => {
    const ids = [ORPHAN_ICON.iconColor, ...REVIEW_STATUSES.map((s) => STATUS_WORDS[s].iconColor)];
    for (const s of VISIBLE_STATUSES) ids.push(...Object.values(decorationColors(s)));
    for (const id of ids) assert.ok(declared.has(id), `${id} is not in contributes.colors`);
  });
});
