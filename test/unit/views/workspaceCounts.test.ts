import * as assert from 'node:assert/strict';
import { articlePathOf, countItems, countSidecar, describeCounts, isSidecarPath } from '../../../src/views/model/workspaceCounts';
import { claimItem, orphanItem, quoteItem } from './items';

describe('views/model/workspaceCounts', () => {
  it('counts a sidecar: dismissed excluded, reviewed = sourced+disputed+unverified', () => {
    const text = JSON.stringify({
      version: 1,
      annotations: [{ status: 'sourced' }, { status: 'disputed' }, { status: 'disputed' }, { status: 'unverified' }, { status: 'unreviewed' }, { status: 'dismissed' }],
    });
    const r = countSidecar(text);
    assert.ok(r.ok);
    if (r.ok) assert.deepEqual(r.counts, { total: 5, reviewed: 4, disputed: 2, orphaned: 0, basis: 'sidecar' });
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

  it('counts live items including unreviewed detections and orphans', () => {
    const c = countItems([
      claimItem('a', 0, 'a'),
      claimItem('b', 5, 'b', { status: 'disputed' }),
      quoteItem('q', 9, 'q', 'X', { status: 'dismissed' }),
      orphanItem('o', 'gone', 'r', 'sourced'),
    ]);
    assert.deepEqual(c, { total: 3, reviewed: 2, disputed: 1, orphaned: 1, basis: 'analysis' });
    assert.equal(describeCounts(c), '2/3 reviewed · 1 disputed · 1 orphaned');
  });

  it('maps sidecar paths to article paths', () => {
    assert.equal(isSidecarPath('/w/a.txt.claimlens.json'), true);
    assert.equal(isSidecarPath('/w/a.txt'), false);
    assert.equal(isSidecarPath('.claimlens.json'), false);
    assert.equal(articlePathOf('/w/a.txt.claimlens.json'), '/w/a.txt');
  });
});
