import * as assert from 'node:assert/strict';
import { anchorAnnotations } from '../../../../src/core/review/anchoring';
import { annotate, ARTICLE } from './helpers';

const PHRASE = 'Wages rose 2.6 percent from a year earlier, slower than many analysts had expected.';
const paragraphs = ARTICLE.split('\n\n');

function anchorIn(text: string, phrase = PHRASE, original = ARTICLE) {
  const annotation = annotate(original, phrase);
  return { annotation, anchor: anchorAnnotations(text, [annotation])[0] };
}

describe('anchorAnnotations', () => {
  it('finds unchanged text by position with full confidence', () => {
    const { anchor, annotation } = anchorIn(ARTICLE);
    assert.equal(anchor.method, 'position');
    assert.equal(anchor.confidence, 1);
    assert.deepEqual(anchor.range, annotation.target.position);
  });

  it('follows a moved paragraph', () => {
    const moved = [paragraphs[2], paragraphs[0], paragraphs[1], paragraphs[3]].join('\n\n');
    const { anchor } = anchorIn(moved);
    assert.ok(anchor.range);
    assert.equal(moved.slice(anchor.range.start, anchor.range.end), PHRASE);
    assert.ok(anchor.method === 'exact' || anchor.method === 'context');
    assert.ok(anchor.confidence >= 0.8 && anchor.confidence < 1);
  });

  it('picks the original of a duplicated sentence by its surroundings', () => {
    const duplicated = [paragraphs[0], PHRASE, paragraphs[1], paragraphs[2], paragraphs[3]].join('\n\n');
    const { anchor } = anchorIn(duplicated);
    const original = duplicated.lastIndexOf(PHRASE);
    assert.deepEqual(anchor.range, { start: original, end: original + PHRASE.length });
  });

  it('orphans identical text in several places when the surroundings cannot tell', () => {
    const text = `Intro.\n\n${PHRASE}\n\nMiddle.\n\n${PHRASE}\n\nEnd.`;
    const { anchor } = anchorIn(text);
    assert.equal(anchor.range, null);
    assert.match(anchor.reason!, /appears 2 times/);
  });

  it('finds text after a small edit of its wording, with a fuzzy confidence', () => {
    const edited = ARTICLE.replace('2.6 percent', '2.6 per cent');
    const { anchor } = anchorIn(edited);
    assert.equal(anchor.method, 'fuzzy');
    assert.ok(anchor.range);
    assert.equal(edited.slice(anchor.range.start, anchor.range.end), PHRASE.replace('2.6 percent', '2.6 per cent'));
    assert.ok(anchor.confidence >= 0.75 && anchor.confidence < 1);
  });

  it('orphans text after a small edit of its number (see anchoringFacts.test.ts)', () => {
    const { anchor } = anchorIn(ARTICLE.replace('2.6 percent', '2.7 per cent'));
    assert.equal(anchor.range, null);
    assert.match(anchor.reason!, /number changed: 2\.6 → 2\.7/);
  });

  it('orphans an annotation whose text was deleted, with a reason', () => {
    const deleted = ARTICLE.replace(PHRASE, '');
    const { anchor } = anchorIn(deleted);
    assert.equal(anchor.range, null);
    assert.equal(anchor.method, 'orphan');
    assert.match(anchor.reason!, /deleted or rewritten|different surroundings/);
  });

  it('never moves onto look-alike text when the original is gone', () => {
    const lookAlike = 'Wages rose 3.6 percent from a year earlier, faster than many analysts had expected.';
    const text = ARTICLE.replace(PHRASE, 'The figures were revised.') + `\n\nIn 2019, by contrast: ${lookAlike}`;
    const { anchor } = anchorIn(text);
    assert.equal(anchor.range, null, `moved onto ${anchor.range ? text.slice(anchor.range.start, anchor.range.end) : ''}`);
    assert.match(anchor.reason!, /different surroundings|different passage|deleted or rewritten/);
  });

  it('prefers the edited original over a verbatim copy in other surroundings, or orphans — never the copy', () => {
    const edited = ARTICLE.replace(PHRASE, PHRASE.replace('many analysts', 'most analysts')) + `\n\nQuoted earlier: ${PHRASE}`;
    const { anchor } = anchorIn(edited);
    if (anchor.range) {
      assert.equal(edited.slice(anchor.range.start, anchor.range.end), PHRASE.replace('many analysts', 'most analysts'));
    } else {
      assert.match(anchor.reason!, /re-attach it by hand|two places/);
    }
  });

  it('never takes a verbatim copy in foreign surroundings while the original, edited where it stood, is still there', () => {
    // From the benchmark: words typed inside the original and its next paragraph rewritten, so
    // the original's fuzzy match has weak context; a copy pasted under another heading.
    const edited = ARTICLE.replace(PHRASE, PHRASE.replace('percent from', 'percent, officials and unions said, from'))
      .replace('The report also showed', 'Separately, figures showed');
    const text = `Earlier coverage\n${PHRASE}\nSee below.\n\n${edited}`;
    const { anchor } = anchorIn(text);
    const copy = text.indexOf(PHRASE);
    assert.ok(!anchor.range || anchor.range.start > copy + PHRASE.length, `anchored on the copy: ${JSON.stringify(anchor)}`);
  });

  it('does not move a deleted short sentence onto a near copy that shares only one side of its context', () => {
    // From the benchmark: an article repeating "It was more uplifting" inside a later quote.
    const text = 'It was a substantive debate. It was more uplifting. And he did well, but not enough.\n\n' +
      'Brooks said it was a substantive debate. It was more uplifting” and Rubio was hurt by going negative.';
    const short = annotate(text, 'It was more uplifting.');
    const withoutIt = text.replace('It was more uplifting. ', '');
    const anchor = anchorAnnotations(withoutIt, [short])[0];
    assert.equal(anchor.range, null, JSON.stringify(anchor));
  });

  it('does not trust a short quote found once in new surroundings', () => {
    const short = annotate(ARTICLE, '3.9 percent');
    const text = 'A completely different article that mentions 3.9 percent once.';
    const anchor = anchorAnnotations(text, [short])[0];
    assert.equal(anchor.range, null);
    assert.match(anchor.reason!, /short text/);
  });

  it('anchors each annotation independently and keeps the input order', () => {
    const a = annotate(ARTICLE, 'Unemployment fell to 3.9 percent in April');
    const b = annotate(ARTICLE, PHRASE);
    const anchors = anchorAnnotations('unrelated', [a, b]);
    assert.deepEqual(anchors.map((x) => x.annotationId), [a.id, b.id]);
    assert.ok(anchors.every((x) => x.range === null && x.reason));
  });

  it('reads a context cut short by the end of the text as part of it: a closing mark alone does not vouch for a passage elsewhere', () => {
    // From the benchmark: the reviewed quote ended the article; its suffix is only the closing mark.
    const text = 'The mayor spoke about the new harbour wall, saying it will be “as tall as it needs to be” for the storms.\n\n' +
      'Asked how tall the wall is going to be, the mayor said in response: “As tall as it needs to be.”';
    const annotation = annotate(text, 'As tall as it needs to be.');
    const edited = text.replace('As tall as it needs to be.', 'As tall as the engineers say, it needs to be.');
    const [anchor] = anchorAnnotations(edited, [annotation]);
    assert.ok(!anchor.range || anchor.range.start > edited.indexOf('Asked'), `anchored on the early quote: ${JSON.stringify(anchor)}`);
  });

  it('does not take a verbatim copy in surroundings foreign on both sides while a half-similar passage (the original, edited and moved) exists', () => {
    // From the benchmark: the original's paragraph moved and half rewritten; a copy pasted elsewhere.
    const sentence = 'I support this plan because I believe housing is the only way forward for this city.';
    const text = `The mayor closed the meeting.\n\n${sentence}\n\nThe council will vote in March.\n\nOther business followed.`;
    const annotation = annotate(text, sentence);
    const moved = 'I support this plan becaus will others believe housing that resulted';
    const now = `Residents asked many questions, the chair said.\n\n${sentence}Budget talks resume next week.\n\nOther business followed. ${moved} in a long debate.`;
    const [anchor] = anchorAnnotations(now, [annotation]);
    assert.equal(anchor.range, null, JSON.stringify(anchor));
  });
});
