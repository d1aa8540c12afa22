import * as assert from 'node:assert/strict';
import type { ReviewItem, ReviewStatus } from '../../../src/core/review/types';
import { countItems } from '../../../src/editor/reviewCounts';

function item(kind: 'claim' | 'quote', status: ReviewStatus, orphaned = false): ReviewItem {
  return { key: Math.random().toString(36), kind, range: orphaned ? null : { start: 0, end: 1 }, text: 'x', status, orphaned };
}

describe('status-bar review counts', () => {
  it('counts reviewed claims over claims in the text, disputed over claims and quotes', () => {
    const c = countItems([
      item('claim', 'unreviewed'), item('claim', 'sourced'), item('claim', 'disputed'), item('claim', 'unverified'),
      item('claim', 'dismissed'), item('claim', 'sourced', true),
      item('quote', 'unreviewed'), item('quote', 'disputed'),
    ]);
    assert.deepEqual(c, { reviewed: 3, total: 4, disputed: 2, quotesReviewed: 1, quotes: 2, orphans: 1 });
  });

  it('is all zero for an empty article', () => {
    assert.deepEqual(countItems([]), { reviewed: 0, total: 0, disputed: 0, quotesReviewed: 0, quotes: 0, orphans: 0 });
  });
});
