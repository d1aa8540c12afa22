import * as assert from 'node:assert/strict';
import type { Analysis, Claim, Quote } from '../../../../src/core/types';
import { applyChange, createAnnotation } from '../../../../src/core/review/annotations';
import type { AnchorResult, Annotation } from '../../../../src/core/review/types';
import { anchorAnnotations } from '../../../../src/core/review/anchoring';
import { buildReviewItems } from '../../../../src/core/review/reviewItems';
import { annotate, ARTICLE, T1 } from './helpers';

function claim(phrase: string, score: number): Claim {
  const start = ARTICLE.indexOf(phrase);
  return { id: `c-${start}`, start, end: start + phrase.length, text: phrase, score, type: 'quantity', reasons: [], entities: { people: [], organizations: [], places: [] } };
}

function quote(phrase: string): Quote {
  const start = ARTICLE.indexOf(phrase);
  return { id: `q-${start}`, start, end: start + phrase.length, text: phrase, kind: 'direct', speaker: null, cue: null, rules: [] };
}

const S1 = 'Unemployment fell to 3.9 percent in April, the lowest level since 2000, the Labor Department said on Friday.';
const S2 = 'Wages rose 2.6 percent from a year earlier, slower than many analysts had expected.';
const S3 = 'The report also showed that 164,000 jobs were added last month.';
const Q1 = 'We have never seen a labour market this strong,';

const analysis: Analysis = { sentences: [], claims: [claim(S1, 0.9), claim(S2, 0.8), claim(S3, 0.2)], quotes: [quote(Q1)] };

function build(annotations: ReturnType<typeof annotate>[], text = ARTICLE, threshold = 0.5) {
  return buildReviewItems({ text, analysis, annotations, anchors: anchorAnnotations(text, annotations), threshold });
}

describe('buildReviewItems', () => {
  it('lists detections above the threshold and all quotes, sorted by position', () => {
    const items = build([]);
    assert.deepEqual(items.map((i) => i.key), [analysis.claims[0].id, analysis.quotes[0].id, analysis.claims[1].id]);
    assert.ok(items.every((i) => i.status === 'unreviewed' && !i.orphaned && !i.annotation));
  });

  it('lets an annotation take over the detection it overlaps', () => {
    const reviewed = applyChange(annotate(ARTICLE, 'Wages rose 2.6 percent'), { status: 'sourced' }, 'bo', T1);
    const items = build([reviewed]);
    const item = items.find((i) => i.key === reviewed.id)!;
    assert.equal(item.claim, analysis.claims[1]);
    assert.equal(item.status, 'sourced');
    assert.equal(item.text, 'Wages rose 2.6 percent');
    assert.ok(!items.some((i) => i.key === analysis.claims[1].id), 'the detection is not listed twice');
  });

  it('keeps a dismissed annotation with status dismissed so clients can hide it', () => {
    const dismissed = applyChange(annotate(ARTICLE, S1), { status: 'dismissed' }, 'bo', T1);
    const item = build([dismissed]).find((i) => i.key === dismissed.id)!;
    assert.equal(item.status, 'dismissed');
    assert.equal(item.claim, analysis.claims[0]);
  });

  it('lists a claim under the threshold only when someone annotated it', () => {
    assert.ok(!build([]).some((i) => i.text === S3));
    const kept = annotate(ARTICLE, S3);
    const item = build([kept]).find((i) => i.key === kept.id)!;
    assert.equal(item.claim, analysis.claims[2]);
  });

  it('includes hand-added annotations that match no detection, and matches quotes by kind', () => {
    const manual = annotate(ARTICLE, 'Jane Doe, an economist');
    const onQuote = annotate(ARTICLE, 'a labour market this strong', { kind: 'quote' });
    const items = build([manual, onQuote]);
    const m = items.find((i) => i.key === manual.id)!;
    assert.equal(m.claim, undefined);
    assert.equal(m.quote, undefined);
    assert.equal(items.find((i) => i.key === onQuote.id)!.quote, analysis.quotes[0]);
  });

  it('puts orphans last, with range null and their reason', () => {
    const gone = annotate(ARTICLE, S2);
    const text = ARTICLE.replace(S2, '');
    const items = buildReviewItems({ text, analysis: { sentences: [], claims: [], quotes: [] }, annotations: [gone], anchors: anchorAnnotations(text, [gone]), threshold: 0.5 });
    assert.equal(items.length, 1);
    assert.equal(items[0].orphaned, true);
    assert.equal(items[0].range, null);
    assert.equal(items[0].text, S2);
    assert.ok(items[0].anchor?.reason);
  });

  it('treats an annotation without an anchor result as an orphan', () => {
    const a = annotate(ARTICLE, S1);
    const items = buildReviewItems({ text: ARTICLE, analysis, annotations: [a], anchors: [], threshold: 0.5 });
    const last = items[items.length - 1];
    assert.equal(last.key, a.id);
    assert.equal(last.orphaned, true);
  });
});

describe('buildReviewItems pairing (indexed by position)', () => {
  /** The pairing by a scan of every (annotation, detection) pair: what the index must reproduce. */
  function naivePairs(annotations: Annotation[], anchors: AnchorResult[], claims: Claim[]): Map<string, Claim> {
    const pairs: { a: Annotation; c: Claim; amount: number }[] = [];
    for (const a of annotations) {
      const r = anchors.find((x) => x.annotationId === a.id)!.range!;
      for (const c of claims) {
        const amount = Math.min(r.end, c.end) - Math.max(r.start, c.start);
        if (amount > 0) pairs.push({ a, c, amount });
      }
    }
    pairs.sort((x, y) => y.amount - x.amount);
    const out = new Map<string, Claim>();
    const taken = new Set<Claim>();
    for (const { a, c } of pairs) {
      if (out.has(a.id) || taken.has(c)) continue;
      taken.add(c);
      out.set(a.id, c);
    }
    return out;
  }

  it('pairs like a full scan with detections out of order, nested, long and tied', () => {
    const text = 'x'.repeat(2000);
    let seed = 42;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    for (let round = 0; round < 30; round++) {
      const claims: Claim[] = [];
      for (let i = 0; i < 40; i++) {
        const start = rand(1900);
        // Some very long detections, so one starting far before an annotation still overlaps it.
        const end = start + 1 + (i % 7 === 0 ? rand(600) : rand(40));
        claims.push({ id: `c${i}`, start, end, text: '', score: 0.9, type: 'quantity', reasons: [], entities: { people: [], organizations: [], places: [] } });
      }
      const annotations: Annotation[] = [];
      const anchors: AnchorResult[] = [];
      for (let i = 0; i < 15; i++) {
        const start = rand(1950);
        const a = createAnnotation({ kind: 'claim', text, start, end: start + 1 + rand(50), origin: 'manual', by: 'ana', now: T1 });
        annotations.push(a);
        anchors.push({ annotationId: a.id, range: { ...a.target.position }, confidence: 1, method: 'position' });
      }
      const items = buildReviewItems({ text, analysis: { sentences: [], claims, quotes: [] }, annotations, anchors, threshold: 0.5 });
      const expected = naivePairs(annotations, anchors, claims);
      for (const a of annotations) assert.equal(items.find((i) => i.key === a.id)!.claim, expected.get(a.id), `round ${round}`);
      const listed = new Set(items.filter((i) => !i.annotation).map((i) => i.claim));
      for (const c of claims) assert.equal(listed.has(c), ![...expected.values()].includes(c));
    }
  });
});
