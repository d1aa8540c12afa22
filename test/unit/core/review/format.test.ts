import * as assert from 'node:assert/strict';
import { applyChange } from '../../../../src/core/review/annotations';
import { serializeSidecar, SIDECAR_VERSION } from '../../../../src/core/review/format';
import { parseSidecar } from '../../../../src/core/review/parse';
import { articlePathFor, sidecarPathFor } from '../../../../src/core/review/sidecarPath';
import type { Annotation, Sidecar } from '../../../../src/core/review/types';
import { annotate, ARTICLE, T1 } from './helpers';

describe('sidecar format', () => {
  it('names the sidecar after the article', () => {
    assert.equal(sidecarPathFor('/news/article.txt'), '/news/article.txt.claimlens.json');
    assert.equal(articlePathFor('/news/article.txt.claimlens.json'), '/news/article.txt');
    assert.equal(articlePathFor('/news/article.txt'), undefined);
  });

  it('round-trips byte for byte', () => {
    const sidecar: Sidecar = {
      version: SIDECAR_VERSION,
      annotations: [
        applyChange(annotate(ARTICLE, 'Wages rose 2.6 percent'), { status: 'sourced', addSource: { url: 'https://bls.gov/x', title: 'BLS' }, note: 'ok' }, 'ana', T1),
        annotate(ARTICLE, 'Unemployment fell to 3.9 percent in April'),
        applyChange(annotate(ARTICLE, 'We have never seen a labour market this strong', { kind: 'quote' }), { speaker: 'Jane Doe' }, 'bo', T1),
      ],
    };
    const text = serializeSidecar(sidecar);
    const parsed = parseSidecar(text);
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.message);
    assert.equal(serializeSidecar(parsed.sidecar), text);
  });

  it('sorts annotations by position, fixes key order, indents by 2 and ends with a newline', () => {
    const late = annotate(ARTICLE, '164,000 jobs');
    const early = annotate(ARTICLE, 'Unemployment fell');
    // Same content with keys inserted in another order.
    const shuffled = Object.fromEntries(Object.entries(early).reverse()) as unknown as Annotation;
    const a = serializeSidecar({ version: 1, annotations: [late, early] });
    const b = serializeSidecar({ version: 1, annotations: [shuffled, late] });
    assert.equal(a, b);
    assert.ok(a.endsWith('}\n'));
    assert.match(a, /^\{\n {2}"version": 1,\n {2}"annotations": \[\n {4}\{\n {6}"id"/);
    const doc = JSON.parse(a) as Sidecar;
    assert.deepEqual(doc.annotations.map((x) => x.id), [early.id, late.id]);
    assert.deepEqual(Object.keys(doc.annotations[0]), ['id', 'kind', 'origin', 'status', 'note', 'sources', 'target', 'created', 'updated']);
  });

  it('keeps optional keys in a fixed place', () => {
    const withSpeaker = applyChange(annotate(ARTICLE, 'We have never seen', { kind: 'quote' }), { speaker: 'Jane Doe' }, 'ana', T1);
    const doc = JSON.parse(serializeSidecar({ version: 1, annotations: [{ ...withSpeaker, changedSinceReview: true }] })) as Sidecar;
    assert.deepEqual(Object.keys(doc.annotations[0]), ['id', 'kind', 'origin', 'status', 'note', 'sources', 'speaker', 'target', 'changedSinceReview', 'created', 'updated']);
  });

  it('keeps odd Unicode intact and never splits a surrogate pair in the context', () => {
    const text = `${'😀'.repeat(20)} The claim is here. ${'🎉'.repeat(20)}`;
    const annotation = annotate(text, 'The claim is here.');
    assert.ok(!/[\ud800-\udbff]$/.test(annotation.target.quote.suffix));
    assert.ok(!/^[\udc00-\udfff]/.test(annotation.target.quote.prefix));
    const serialized = serializeSidecar({ version: 1, annotations: [annotation] });
    const parsed = parseSidecar(serialized);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.sidecar.annotations[0].target, annotation.target);
  });
});
