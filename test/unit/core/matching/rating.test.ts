import * as assert from 'node:assert/strict';
import { verdictOf, verdictOfNumber, verdictOfStatus, verdictOfText } from '../../../../src/core/matching/rating';

describe('matching: what a rating means', () => {
  it('reads the words fact-checkers use', () => {
    const cases: [string, string | undefined][] = [
      ['False', 'false'], ['Mostly False', 'false'], ['Pants on Fire!', 'false'], ['FAKE', 'false'], ['Incorrect', 'false'], ['Four Pinocchios', 'false'], ['Disputed', 'false'],
      ['Half True', 'mixed'], ['Mixture', 'mixed'], ['Partly false', 'mixed'], ['Misleading', 'mixed'], ['Needs context', 'mixed'],
      ['Unproven', 'unproven'], ['Unverified', 'unproven'], ['Research in progress', 'unproven'], ['Labeled Satire', 'unproven'],
      ['True', 'true'], ['Mostly True', 'true'], ['Correct', 'true'], ['Sourced', 'true'], ['Not a hoax', 'true'],
      ['Legend', undefined], ['', undefined],
    ];
    for (const [text, verdict] of cases) assert.equal(verdictOfText(text), verdict, text);
  });

  it('reads numbers on their scale: the lowest fifth is false', () => {
    assert.equal(verdictOfNumber(1, 1, 5), 'false');
    assert.equal(verdictOfNumber(2, 1, 10), 'false');
    assert.equal(verdictOfNumber(3, 1, 5), 'mixed');
    assert.equal(verdictOfNumber(5, 1, 5), 'true');
    assert.equal(verdictOfNumber(1), 'false', 'a 1–5 value without a scale is read on 1–5');
    assert.equal(verdictOfNumber(7), undefined, 'a value outside 1–5 without a scale means nothing');
    assert.equal(verdictOfNumber(9, 1, 5), undefined, 'out of its own scale');
  });

  it('prefers the words to the number, and says unknown when neither speaks', () => {
    assert.equal(verdictOf({ text: 'Mostly False', value: 2, worst: 1, best: 5 }), 'false');
    assert.equal(verdictOf({ text: 'Legend', value: 5, worst: 1, best: 5 }), 'true');
    assert.equal(verdictOf({}), 'unknown');
  });

  it('maps review statuses', () => {
    assert.deepEqual(['disputed', 'sourced', 'unverified', 'dismissed'].map((s) => verdictOfStatus(s as never)), ['false', 'true', 'unproven', 'unknown']);
  });
});
