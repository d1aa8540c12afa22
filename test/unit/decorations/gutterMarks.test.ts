import * as assert from 'node:assert/strict';
import type { ReviewItem } from '../../../src/core/review/types';
import { gutterMarks, gutterSummary } from '../../../src/decorations/gutterMarks';

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
    assert.deepEqual(gutterSummary(mark, (t) => t), ['❌ Disputed: “Crime doubled since 2020.”', '✅ Sourced: “Prices rose 4%.”']);
    const [single] = gutterMarks([item('a', 'claim', 'sourced', 0, 10)], 1000, lineOf);
    assert.equal(gutterSummary(single, (t) => t), undefined);
  });
});
