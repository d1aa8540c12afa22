import * as assert from 'node:assert/strict';
import { articlePathFor, isSidecarPath } from '../../../../src/core/review/sidecarPath';
import { countArticleItems, countSidecar, describeCounts, sameCounts } from '../../../../src/sidebar/workspace/workspaceCounts';
import { claimItem, orphanItem, quoteItem } from '../items';

describe('sidebar/workspace/workspaceCounts', () => {
  it('counts a sidecar: claims and quotes apart, dismissed excluded, reviewed = sourced+disputed+unverified', () => {
    const text = JSON.stringify({
      version: 1,
      annotations: [
        { kind: 'claim', status: 'sourced' }, { kind: 'claim', status: 'disputed' }, { kind: 'quote', status: 'disputed' },
        { kind: 'claim', status: 'unverified' }, { kind: 'claim', status: 'unreviewed' }, { kind: 'claim', status: 'dismissed' },
        { kind: 'quote', status: 'unreviewed' }, { kind: 'quote', status: 'dismissed' },
      ],
    });
    const r = countSidecar(text);
    assert.ok(r.ok);
    if (r.ok) assert.deepEqual(r.counts, { total: 4, reviewed: 3, quotes: 2, quotesReviewed: 1, disputed: 2, orphaned: 0, basis: 'sidecar' });
    if (r.ok) assert.equal(describeCounts(r.counts), '3/4 claims reviewed · 1/2 quotes · 2 disputed (sidecar)');
  });

  it('tolerates a BOM and skips malformed entries', () => {
    const r = countSidecar('\ufeff{"annotations":[null,1,{"status":7},{"status":"sourced"}]}');
    assert.ok(r.ok);
    if (r.ok) assert.equal(r.counts.total, 1);
  });

  it('gives a clear error for malformed or huge sidecars', () => {
    const a = countSidecar('{"annotations": [');
    assert.ok(!a.ok && /not valid JSON/.test(a.error));
    const b = countSidecar('{"version":1}');
    assert.ok(!b.ok && /no "annotations" list/.test(b.error));
    const c = countSidecar('[]');
    assert.ok(!c.ok);
    const d = countSidecar('x'.repeat(101), 100);
    assert.ok(!d.ok && /larger than/.test(d.error));
  });

  it('counts live items like the status bar: claims in the text, quotes apart, orphans apart', () => {
    const c = countArticleItems([
      claimItem('a', 0, 'a'),
      claimItem('b', 5, 'b', { status: 'disputed' }),
      quoteItem('q', 9, 'q', 'X', { status: 'dismissed' }),
      quoteItem('r', 12, 'r', 'Y', { status: 'sourced' }),
      quoteItem('s', 15, 's', 'Y'),
      orphanItem('o', 'gone', 'r', 'sourced'),
    ]);
    assert.deepEqual(c, { total: 2, reviewed: 1, quotes: 2, quotesReviewed: 1, disputed: 1, orphaned: 1, basis: 'analysis' });
    assert.equal(describeCounts(c), '1/2 claims reviewed · 1/2 quotes · 1 disputed · 1 orphaned');
  });

  it('maps sidecar paths to article paths', () => {
    assert.equal(isSidecarPath('/w/a.txt.claimlens.json'), true);
    assert.equal(isSidecarPath('/w/a.txt'), false);
    assert.equal(isSidecarPath('.claimlens.json'), false);
    assert.equal(articlePathFor('/w/a.txt.claimlens.json'), '/w/a.txt');
  });
  it('sameCounts: an edit that moves claims but changes no count is the same row; a new verdict or claim is not', () => {
    const before = countArticleItems([claimItem('a', 0, 'a'), claimItem('b', 5, 'b')]);
    assert.ok(sameCounts(before, countArticleItems([claimItem('a', 1, 'a'), claimItem('b', 7, 'b')])));
    assert.ok(!sameCounts(before, countArticleItems([claimItem('a', 0, 'a'), claimItem('b', 5, 'b', { status: 'disputed' })])));
    assert.ok(!sameCounts(before, countArticleItems([claimItem('a', 0, 'a')])));
  });
});
