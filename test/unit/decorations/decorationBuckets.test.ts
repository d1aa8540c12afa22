import * as assert from 'node:assert/strict';
import type { ReviewItem } from '../../../src/core/review/types';
import { decorationBuckets, UNKNOWN_STYLE } from '../../../src/decorations/decorationBuckets';

function item(key: string, kind: 'claim' | 'quote', status: ReviewItem['status'], start: number, end: number, orphaned = false): ReviewItem {
  return { key, kind, range: orphaned ? null : { start, end }, text: '', status, orphaned };
}

describe('decorationBuckets', () => {
  it('buckets ranges by kind and status, in item order, and lists every style even when empty', () => {
    const items = [
      item('a', 'claim', 'unreviewed', 0, 5),
      item('b', 'quote', 'sourced', 6, 9),
      item('c', 'claim', 'unreviewed', 10, 12),
      item('d', 'claim', 'disputed', 13, 15),
    ];
    const buckets = decorationBuckets(items, 100, (s, e) => `${s}-${e}`);
    assert.equal(buckets.length, 10);
    const get = (kind: string, status: string) => buckets.find((b) => b.kind === kind && b.status === status)!.ranges;
    assert.deepEqual(get('claim', 'unreviewed'), ['0-5', '10-12']);
    assert.deepEqual(get('quote', 'sourced'), ['6-9']);
    assert.deepEqual(get('claim', 'disputed'), ['13-15']);
    assert.deepEqual(get('quote', 'unverified'), []);
  });

  it('paints no dismissed item, no orphan and no range past the end of the text', () => {
    const items = [item('a', 'claim', 'dismissed', 0, 5), item('b', 'claim', 'sourced', 0, 0, true), item('c', 'quote', 'unreviewed', 8, 30)];
    const buckets = decorationBuckets(items, 20, (s, e) => [s, e]);
    assert.equal(buckets.reduce((n, b) => n + b.ranges.length, 0), 0);
  });

  it('steps aside for the items the caller names (those the Problems panel underlines)', () => {
    const items = [item('a', 'claim', 'unreviewed', 0, 5), item('b', 'claim', 'sourced', 6, 9), item('c', 'quote', 'disputed', 10, 12)];
    const buckets = decorationBuckets(items, 100, (s, e) => `${s}-${e}`, (i) => i.status !== 'sourced');
    assert.deepEqual(buckets.filter((b) => b.ranges.length).map((b) => [b.kind, b.status, b.ranges]), [['claim', 'sourced', ['6-9']]]);
  });

  it('buckets by the statuses given (a custom scale), and a status the scale lacks as unknown', () => {
    const items = [item('a', 'claim', 'pants-on-fire', 0, 5), item('b', 'claim', 'sourced', 6, 9), item('c', 'quote', 'true', 10, 12)];
    const buckets = decorationBuckets(items, 100, (s, e) => `${s}-${e}`, undefined, ['unreviewed', 'true', 'pants-on-fire']);
    assert.equal(buckets.length, 8);
    assert.deepEqual(buckets.filter((b) => b.ranges.length).map((b) => [b.kind, b.status, b.ranges]), [
      ['claim', 'pants-on-fire', ['0-5']], ['claim', UNKNOWN_STYLE, ['6-9']], ['quote', 'true', ['10-12']],
    ]);
  });
});
