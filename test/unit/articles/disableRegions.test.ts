import * as assert from 'node:assert/strict';
import type { ReviewItem } from '../../../src/core/review/types';
import { disabledRegions, withoutDisabled } from '../../../src/articles/disableRegions';

function item(key: string, start: number, end: number, reviewed = false): ReviewItem {
  return {
    key, kind: 'claim', range: { start, end }, text: '', status: reviewed ? 'sourced' : 'unreviewed', orphaned: false,
    ...(reviewed ? { annotation: { id: key } as ReviewItem['annotation'] } : {}),
  };
}

describe('claimlens-disable regions', () => {
  it('finds a region from disable to the end of the enable comment', () => {
    const text = 'A. <!-- claimlens-disable --> B. <!-- claimlens-enable --> C.';
    const regions = disabledRegions(text);
    assert.deepEqual(regions, [{ start: text.indexOf('<!--'), end: text.indexOf('C.') - 1 }]);
  });

  it('runs an unclosed disable to the end and tolerates spacing and case', () => {
    const text = 'A.\n<!--claimlens-DISABLE-->\nB.';
    assert.deepEqual(disabledRegions(text), [{ start: 3, end: text.length }]);
  });

  it('ignores a stray enable and a repeated disable', () => {
    const text = '<!-- claimlens-enable --> x <!-- claimlens-disable --> y <!-- claimlens-disable --> z <!-- claimlens-enable -->';
    const regions = disabledRegions(text);
    assert.equal(regions.length, 1);
    assert.equal(regions[0].start, text.indexOf('<!-- claimlens-disable'));
    assert.equal(regions[0].end, text.length);
  });

  it('has no regions without directives', () => {
    assert.deepEqual(disabledRegions('Plain text, 80 people said "hi".'), []);
  });

  it('drops detections inside a region but keeps reviewed items', () => {
    const text = 'A one. <!-- claimlens-disable --> B two. C three. <!-- claimlens-enable --> D four.';
    const regions = disabledRegions(text);
    const b = text.indexOf('B two');
    const items = [item('a', 0, 6), item('b', b, b + 6), item('c', b + 8, b + 16, true), item('d', text.indexOf('D'), text.length)];
    assert.deepEqual(withoutDisabled(items, regions).map((i) => i.key), ['a', 'c', 'd']);
  });
});

describe('claimlens-disable regions without comments', () => {
  it('finds none in a text without any HTML comment, and still finds one once a comment is there', () => {
    const text = 'A claim. Another claim-lens disable mention, not a directive.';
    assert.deepEqual(disabledRegions(text), []);
    assert.equal(disabledRegions(`${text}<!-- CLAIMLENS-disable -->`).length, 1);
  });
});
