import * as assert from 'node:assert/strict';
import type { Analysis } from '../../../src/core/types';
import { anchorAnnotations } from '../../../src/core/review/anchoring';
import type { Annotation } from '../../../src/core/review/types';
import { liveAnchors, refreshItems } from '../../../src/articles/refreshItems';
import { annotate } from '../core/review/helpers';

const EMPTY: Analysis = { sentences: [], claims: [], quotes: [] };
const TEXT = 'The mayor said taxes fell by 4 percent last year. Critics disagree with the figure.';

describe('refreshItems', () => {
  it('anchors an annotation by its live position when that still holds its text', () => {
    const a = annotate(TEXT, 'taxes fell by 4 percent');
    const [anchor] = liveAnchors(TEXT, [a], [], false);
    assert.equal(anchor.method, 'position');
    assert.deepEqual(anchor.range, a.target.position);
  });

  it('keeps a known orphan without searching again, unless a retry is asked for', () => {
    const a = annotate(TEXT, 'Critics disagree');
    const gone = TEXT.replace('Critics disagree', 'Nobody argues');
    const orphan = anchorAnnotations(gone, [a])[0];
    assert.equal(orphan.range, null);
    const back = TEXT; // an undo brought the text back
    const moved: Annotation = { ...a, target: { ...a.target, position: { start: 0, end: 3 } } };
    assert.equal(liveAnchors(back, [moved], [orphan], false)[0], orphan);
    assert.notEqual(liveAnchors(back, [moved], [orphan], true)[0].range, null);
  });

  it('re-finds an annotation whose position broke, retargets it and reports the change', () => {
    const a = annotate(TEXT, 'Critics disagree');
    const moved: Annotation = { ...a, target: { ...a.target, position: { start: 0, end: 16 } } };
    const r = refreshItems({ text: TEXT, analysis: EMPTY, annotations: [moved], previousAnchors: [], retryOrphans: false, threshold: 0.5 });
    assert.equal(r.retargeted, true);
    assert.deepEqual(r.annotations[0].target.position, a.target.position);
    assert.deepEqual(r.items[0].range, a.target.position);
  });

  it('returns the same annotations array when nothing moved', () => {
    const annotations = [annotate(TEXT, 'taxes fell by 4 percent')];
    const r = refreshItems({ text: TEXT, analysis: EMPTY, annotations, previousAnchors: [], retryOrphans: false, threshold: 0.5 });
    assert.equal(r.retargeted, false);
    assert.equal(r.annotations, annotations);
  });
});
