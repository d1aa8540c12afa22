import * as assert from 'node:assert/strict';
import { applyTextEdits } from '../../../../src/core/incremental/textEdits';
import type { TextEdit } from '../../../../src/core/incremental/service';
import { anchorAnnotations } from '../../../../src/core/review/anchoring';
import { shiftAnnotations } from '../../../../src/core/review/shift';
import type { Annotation } from '../../../../src/core/review/types';
import { annotate, ARTICLE } from './helpers';

const PHRASE = 'Wages rose 2.6 percent from a year earlier';

function run(annotation: Annotation, edits: TextEdit[], text = ARTICLE) {
  const newText = applyTextEdits(text, edits);
  const result = shiftAnnotations([annotation], edits, newText);
  const a = result.annotations[0];
  return { newText, result, a, highlighted: newText.slice(a.target.position.start, a.target.position.end) };
}

describe('shiftAnnotations (live editing rules)', () => {
  const base = annotate(ARTICLE, PHRASE, { status: 'sourced' });
  const { start, end } = base.target.position;

  it('moves the range with text inserted or deleted before it', () => {
    const { highlighted, result, a } = run(base, [{ start: 0, end: 0, text: 'BREAKING: ' }]);
    assert.equal(highlighted, PHRASE);
    assert.deepEqual(result.changed, [base.id]);
    assert.equal(a.target.quote.exact, PHRASE);
    assert.equal(a.changedSinceReview, undefined);
    assert.equal(run(base, [{ start: 0, end: 13, text: '' }]).highlighted, PHRASE);
  });

  it('treats typing right at the start or end as outside the annotation', () => {
    assert.equal(run(base, [{ start, end: start, text: 'Meanwhile, ' }]).highlighted, PHRASE);
    assert.equal(run(base, [{ start: end, end, text: ' (seasonally adjusted)' }]).highlighted, PHRASE);
  });

  it('leaves the annotation alone for edits after it, refreshing only nearby context', () => {
    const far = run(base, [{ start: ARTICLE.length, end: ARTICLE.length, text: '\nMore.' }]);
    assert.equal(far.a, base);
    assert.deepEqual(far.result.changed, []);
    const near = run(base, [{ start: end + 2, end: end + 2, text: 'X' }]);
    assert.equal(near.highlighted, PHRASE);
    assert.equal(near.a.target.quote.suffix, near.newText.slice(end, end + 32));
  });

  it('updates exact for an edit inside, and flags a reviewed annotation as changed since review', () => {
    const at = start + 'Wages rose '.length;
    const { a, highlighted } = run(base, [{ start: at, end: at + 3, text: '3.1' }]);
    assert.equal(highlighted, 'Wages rose 3.1 percent from a year earlier');
    assert.equal(a.target.quote.exact, highlighted);
    assert.equal(a.changedSinceReview, true);
    const unreviewed = annotate(ARTICLE, PHRASE);
    assert.equal(run(unreviewed, [{ start: at, end: at + 3, text: '3.1' }]).a.changedSinceReview, undefined);
  });

  it('keeps the surviving part when an edit overlaps one end', () => {
    assert.equal(run(base, [{ start: start - 5, end: start + 6, text: 'X ' }]).highlighted, 'rose 2.6 percent from a year earlier');
    assert.equal(run(base, [{ start: end - 7, end: end + 10, text: '' }]).highlighted, 'Wages rose 2.6 percent from a year ');
  });

  it('orphans an annotation whose whole text is deleted, and the quote survives for undo', () => {
    const cut: TextEdit = { start: start - 1, end: end + 1, text: '' };
    const { a, result, newText } = run(base, [cut]);
    assert.deepEqual(result.orphaned, [base.id]);
    assert.equal(a.target.quote.exact, PHRASE);
    assert.equal(a.target.position.start, a.target.position.end);
    assert.equal(anchorAnnotations(newText, [a])[0].method, 'orphan');
    // Undo puts the text back: anchoring finds it again.
    const restored = applyTextEdits(newText, [{ start: cut.start, end: cut.start, text: ARTICLE.slice(cut.start, cut.end) }]);
    const anchor = anchorAnnotations(restored, [a])[0];
    assert.deepEqual(anchor.range, { start, end });
  });

  it('orphans on replacement of the whole text too', () => {
    assert.deepEqual(run(base, [{ start, end, text: 'Something else entirely' }]).result.orphaned, [base.id]);
  });

  it('applies several edits in sequence like VS Code content changes', () => {
    const edits: TextEdit[] = [
      { start: 0, end: 0, text: 'A. ' },
      { start: start + 3 + 6, end: start + 3 + 10, text: 'climbed' },
    ];
    assert.equal(run(base, edits).highlighted, 'Wages climbed 2.6 percent from a year earlier');
  });

  it('does not shift annotations listed as orphans', () => {
    const edits: TextEdit[] = [{ start: 0, end: 0, text: 'X' }];
    const out = shiftAnnotations([base], edits, applyTextEdits(ARTICLE, edits), new Set([base.id]));
    assert.equal(out.annotations[0], base);
  });
});
