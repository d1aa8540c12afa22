import * as assert from 'node:assert/strict';
import { applyChange, createAnnotation } from '../../../../src/core/review/annotations';
import { annotate, ARTICLE, T0, T1 } from './helpers';

describe('createAnnotation', () => {
  it('builds the W3C selectors with 32 characters of context', () => {
    const phrase = 'Wages rose 2.6 percent';
    const start = ARTICLE.indexOf(phrase);
    const a = createAnnotation({ kind: 'claim', text: ARTICLE, start, end: start + phrase.length, origin: 'detected', by: 'ana', now: T0 });
    assert.deepEqual(a.target.position, { start, end: start + phrase.length });
    assert.equal(a.target.quote.exact, phrase);
    assert.equal(a.target.quote.prefix, ARTICLE.slice(start - 32, start));
    assert.equal(a.target.quote.suffix, ARTICLE.slice(start + phrase.length, start + phrase.length + 32));
    assert.equal(a.status, 'unreviewed');
    assert.deepEqual(a.created, { by: 'ana', at: T0 });
    assert.deepEqual(a.updated, a.created);
  });

  it('shortens context at the edges of the text', () => {
    const a = annotate(ARTICLE, 'Unemployment fell');
    assert.equal(a.target.quote.prefix, '');
  });

  it('gives unique ids', () => {
    const ids = new Set(Array.from({ length: 500 }, () => annotate(ARTICLE, 'Wages').id));
    assert.equal(ids.size, 500);
  });

  it('refuses empty or out-of-range selections', () => {
    assert.throws(() => createAnnotation({ kind: 'claim', text: 'abc', start: 2, end: 2, origin: 'manual', by: 'a', now: T0 }), /select some text/);
    assert.throws(() => createAnnotation({ kind: 'claim', text: 'abc', start: 1, end: 9, origin: 'manual', by: 'a', now: T0 }), RangeError);
  });
});

describe('applyChange', () => {
  const base = annotate(ARTICLE, 'Wages rose 2.6 percent');

  it('returns the same object when nothing changes', () => {
    assert.equal(applyChange(base, {}, 'bo', T1), base);
    assert.equal(applyChange(base, { status: 'unreviewed', note: '' }, 'bo', T1), base);
    const sourced = applyChange(base, { addSource: { url: 'https://bls.gov/a' } }, 'bo', T1);
    assert.equal(applyChange(sourced, { addSource: { url: 'https://bls.gov/a' } }, 'cy', T0), sourced);
    assert.equal(applyChange(base, { removeSourceUrl: 'https://nowhere.example' }, 'bo', T1), base);
    assert.equal(applyChange(base, { speaker: null }, 'bo', T1), base);
  });

  it('stamps who and when on a real change and leaves the input untouched', () => {
    const next = applyChange(base, { status: 'disputed', note: 'BLS says 2.5' }, 'bo', T1);
    assert.notEqual(next, base);
    assert.equal(next.status, 'disputed');
    assert.equal(next.note, 'BLS says 2.5');
    assert.deepEqual(next.updated, { by: 'bo', at: T1 });
    assert.deepEqual(next.created, base.created);
    assert.equal(base.status, 'unreviewed');
  });

  it('adds, retitles and removes sources', () => {
    let a = applyChange(base, { addSource: { url: ' https://bls.gov/a ', title: 'BLS' } }, 'bo', T1);
    assert.deepEqual(a.sources, [{ url: 'https://bls.gov/a', title: 'BLS' }]);
    a = applyChange(a, { addSource: { url: 'https://bls.gov/a', title: 'Bureau of Labor Statistics' } }, 'bo', T1);
    assert.deepEqual(a.sources, [{ url: 'https://bls.gov/a', title: 'Bureau of Labor Statistics' }]);
    a = applyChange(a, { removeSourceUrl: 'https://bls.gov/a' }, 'bo', T1);
    assert.deepEqual(a.sources, []);
  });

  it('sets and clears the speaker override', () => {
    const withSpeaker = applyChange(base, { speaker: ' Jane Doe ' }, 'bo', T1);
    assert.equal(withSpeaker.speaker, 'Jane Doe');
    const cleared = applyChange(withSpeaker, { speaker: null }, 'bo', T1);
    assert.ok(!('speaker' in cleared));
  });

  it('throws a readable error for a bad source URL', () => {
    assert.throws(() => applyChange(base, { addSource: { url: 'javascript:alert(1)' } }, 'bo', T1), /Only http:\/\/ and https:\/\//);
    assert.throws(() => applyChange(base, { addSource: { url: 'bls.gov' } }, 'bo', T1), /not a web address/);
    assert.throws(() => applyChange(base, { addSource: { url: 'https://me:secret@bls.gov/a' } }, 'bo', T1), /user name or password/);
  });

  it('clears changedSinceReview when the reviewer sets a new status', () => {
    const flagged = { ...applyChange(base, { status: 'sourced' }, 'bo', T1), changedSinceReview: true };
    const next = applyChange(flagged, { status: 'disputed' }, 'bo', T1);
    assert.equal(next.changedSinceReview, undefined);
    assert.equal(applyChange(flagged, { note: 'x' }, 'bo', T1).changedSinceReview, true);
  });

  it('keeps changedSinceReview when a verdict is only renamed (Re-map Verdict…)', () => {
    const flagged = { ...applyChange(base, { status: 'pants-on-fire' }, 'bo', T1), changedSinceReview: true };
    const next = applyChange(flagged, { status: 'disputed', renamesVerdict: true }, 'bo', T0);
    assert.equal(next.status, 'disputed');
    assert.equal(next.changedSinceReview, true);
    assert.equal(next.updated.at, T0);
  });
});
