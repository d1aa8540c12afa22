import * as assert from 'node:assert/strict';
import type { ReviewItem } from '../../../src/core/review/types';
import { gutterMarks, gutterSummary } from '../../../src/decorations/gutterMarks';
import { gutterColour, gutterIconSvg } from '../../../src/decorations/gutterIcon';
import { statusLook } from '../../../src/core/review/statusLook';
import { customScale } from '../core/review/customScale';

function item(key: string, kind: 'claim' | 'quote', status: ReviewItem['status'], start: number, end: number, text = key): ReviewItem {
  return { key, kind, range: { start, end }, text, status, orphaned: false };
}

// Lines of 100 characters: offset 0–99 is line 0, 100–199 line 1, …
const lineOf = (offset: number): number => Math.floor(offset / 100);

describe('decorations/gutterMarks: one gutter icon per line', () => {
  // [claims on one line (status list), the status the gutter shows]
  const CASES: readonly (readonly [readonly ReviewItem['status'][], string])[] = [
    [['sourced'], 'sourced'],
    [['sourced', 'disputed'], 'disputed'],
    [['unverified', 'unreviewed'], 'unreviewed'],
    [['sourced', 'unverified'], 'unverified'],
    [['unreviewed', 'disputed', 'sourced'], 'disputed'],
  ];
  for (const [statuses, shown] of CASES) {
    it(`${statuses.join(' + ')} → ${shown}`, () => {
      const items = statuses.map((s, i) => item(`c${i}`, 'claim', s, i * 20, i * 20 + 15));
      const marks = gutterMarks(items, 1000, lineOf);
      assert.equal(marks.length, 1);
      assert.equal(marks[0].status, shown);
      assert.equal(marks[0].claims.length, statuses.length);
    });
  }

  it('marks every line of a claim over several lines; quotes, dismissed claims and orphans get none', () => {
    const items = [
      item('long', 'claim', 'sourced', 150, 320),
      item('q', 'quote', 'disputed', 500, 520),
      item('d', 'claim', 'dismissed', 600, 620),
      { ...item('o', 'claim', 'disputed', 0, 0), range: null, orphaned: true },
    ];
    assert.deepEqual(gutterMarks(items, 1000, lineOf).map((m) => [m.line, m.status]), [[1, 'sourced'], [2, 'sourced'], [3, 'sourced']]);
  });

  it('the hover of a line with several claims lists each, the shown one first; one claim needs no summary', () => {
    const [mark] = gutterMarks([item('a', 'claim', 'sourced', 0, 10, 'Prices rose 4%.'), item('b', 'claim', 'disputed', 20, 40, 'Crime doubled since 2020.')], 1000, lineOf);
    assert.deepEqual(gutterSummary(mark, (t) => t), [
      { codicon: 'error', text: 'Disputed: “Crime doubled since 2020.”' },
      { codicon: 'pass-filled', text: 'Sourced: “Prices rose 4%.”' },
    ]);
    const [single] = gutterMarks([item('a', 'claim', 'sourced', 0, 10)], 1000, lineOf);
    assert.equal(gutterSummary(single, (t) => t), undefined);
  });

  it('under a workspace scale: the most urgent by its ratings (an unknown verdict first), labels and icons from the scale', () => {
    const scale = customScale();
    const shown = (statuses: string[]) => gutterMarks(statuses.map((st, i) => item(`c${i}`, 'claim', st, i * 20, i * 20 + 15)), 1000, lineOf, scale)[0].status;
    assert.equal(shown(['true', 'unreviewed', 'pants-on-fire']), 'pants-on-fire');
    assert.equal(shown(['true', 'checking']), 'checking');
    assert.equal(shown(['pants-on-fire', 'sourced']), 'sourced', 'a verdict the scale lacks needs re-mapping first');
    const [mark] = gutterMarks([item('a', 'claim', 'true', 0, 10, 'Prices rose 4%.'), item('b', 'claim', 'sourced', 20, 40, 'Crime doubled.')], 1000, lineOf, scale);
    assert.deepEqual(gutterSummary(mark, (t) => t, scale), [
      { codicon: 'warning', text: 'unknown verdict ‹sourced›: “Crime doubled.”' },
      { codicon: 'check', text: 'True: “Prices rose 4%.”' },
    ]);
  });

  it('draws a verdict without a picture as a disc of its colour with its initial', () => {
    const scale = customScale();
    assert.equal(gutterIconSvg(statusLook('pants-on-fire', scale)),
      '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16"><circle cx="8" cy="8" r="6.5" fill="#d32f2f"/>'
      + '<text x="8" y="11.6" text-anchor="middle" font-family="sans-serif" font-size="10" font-weight="bold" fill="#ffffff">P</text></svg>');
    assert.equal(gutterColour(statusLook('misleading', scale)), '#d18616', 'a chart colour by its value');
    assert.equal(gutterColour(statusLook('x', { ...scale, verdicts: [{ id: 'x', label: 'X', colour: 'my.colour', final: true, claimReview: { alternateName: 'X' } }] })), '#808080');
    assert.match(gutterIconSvg(statusLook('gone', scale)), />\?<\/text>/);
  });
});
