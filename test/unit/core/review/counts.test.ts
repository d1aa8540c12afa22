import * as assert from 'node:assert/strict';
import { claimDefinition, claimThresholdLabel, countReviews, describeReviewCounts } from '../../../../src/core/review/counts';
import type { ReviewItem, ReviewStatus } from '../../../../src/core/review/types';

function item(kind: 'claim' | 'quote', status: ReviewStatus, orphaned = false): ReviewItem {
  return { key: Math.random().toString(36), kind, range: orphaned ? null : { start: 0, end: 1 }, text: 'x', status, orphaned };
}

describe('core/review/counts: the status bar\'s review counts', () => {
  it('counts reviewed claims over claims in the text, disputed over claims and quotes', () => {
    const c = countReviews([
      item('claim', 'unreviewed'), item('claim', 'sourced'), item('claim', 'disputed'), item('claim', 'unverified'),
      item('claim', 'dismissed'), item('claim', 'sourced', true),
      item('quote', 'unreviewed'), item('quote', 'disputed'),
    ]);
    assert.deepEqual(c, { reviewed: 3, total: 4, disputed: 2, quotesReviewed: 1, quotes: 2, orphaned: 1 });
  });

  it('is all zero for an empty article', () => {
    assert.deepEqual(countReviews([]), { reviewed: 0, total: 0, disputed: 0, quotesReviewed: 0, quotes: 0, orphaned: 0 });
  });

  it('describes claims and quotes apart, and says what a claim is with its threshold', () => {
    const c = countReviews([item('claim', 'sourced'), item('claim', 'unreviewed'), item('quote', 'disputed'), item('claim', 'sourced', true)]);
    assert.equal(describeReviewCounts(c), '1/2 claims reviewed · 1/1 quotes · 1 disputed · 1 orphaned');
    assert.equal(claimThresholdLabel(0.5), 'claims: score ≥ 0.5');
    assert.match(claimDefinition(0.45, '--threshold'), /at least 0\.45 \(--threshold\), or one added or reviewed by hand/);
  });
});
