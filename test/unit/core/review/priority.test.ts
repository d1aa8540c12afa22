import * as assert from 'node:assert/strict';
import { byPriority, stepInQueue, unreviewedClaimQueue } from '../../../../src/core/review/priority';
import type { ReviewItem } from '../../../../src/core/review/types';
import { claimItem, orphanItem, quoteItem } from '../../sidebar/items';

function manualClaim(key: string, start: number, text: string): ReviewItem {
  const item = claimItem(key, start, text);
  delete item.claim;
  return item;
}

describe('core/review/priority: the triage order', () => {
  const items: ReviewItem[] = [
    claimItem('low', 10, 'Relations will improve next year.', { score: 0.55 }),
    claimItem('high', 200, 'The attack killed more than 80 people.', { score: 0.93 }),
    claimItem('mid-late', 400, 'Prices rose 4% in May.', { score: 0.7 }),
    claimItem('mid-early', 100, 'Rents rose 6% in April.', { score: 0.7 }),
    claimItem('done', 50, 'Exports fell 2%.', { score: 0.99, status: 'sourced' }),
    manualClaim('hand', 300, 'The bridge opened in 1932.'),
    quoteItem('q', 20, 'we will win', 'Ann'),
    orphanItem('o', 'A deleted sentence.', 'text not found', 'unreviewed'),
  ];

  it('queues unreviewed claims in the text: hand-added first, then score, highest first, ties in text order', () => {
    assert.deepEqual(unreviewedClaimQueue(items).map((i) => i.key), ['hand', 'high', 'mid-early', 'mid-late', 'low']);
  });

  it('orders by score whatever the input order', () => {
    const sorted = [...items].filter((i) => i.claim && i.status === 'unreviewed').reverse().sort(byPriority);
    assert.deepEqual(sorted.map((i) => i.key), ['high', 'mid-early', 'mid-late', 'low']);
  });

  it('steps through a queue and wraps around', () => {
    const q = ['a', 'b', 'c'].map((key) => ({ key }));
    assert.deepEqual(stepInQueue(q, 'a', 1), { target: q[1], wrapped: false });
    assert.deepEqual(stepInQueue(q, 'c', 1), { target: q[0], wrapped: true });
    assert.deepEqual(stepInQueue(q, 'a', -1), { target: q[2], wrapped: true });
    assert.deepEqual(stepInQueue(q, 'b', -1), { target: q[0], wrapped: false });
  });

  it('from outside the queue, next is its head and previous its tail', () => {
    const q = ['a', 'b', 'c'].map((key) => ({ key }));
    assert.equal(stepInQueue(q, undefined, 1)?.target.key, 'a');
    assert.equal(stepInQueue(q, 'reviewed-claim', -1)?.target.key, 'c');
    assert.equal(stepInQueue([], 'a', 1), undefined);
  });
});
