import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis';

describe('persons a later pronoun may mean (paragraph/persons.ts)', () => {
  it('a name after its role is a person even when the tagger reads it as a place: `The deputy leader, Rob Marsh,`', () => {
    // compromise tags "Rob Marsh" here as a Place; the role before it says otherwise.
    const text = 'The county\u2019s deputy leader, Rob Marsh, said the delay was "regrettable" and blamed steel prices. ' +
      '"We are doing everything we can," he told a public meeting on Thursday.';
    const q = analyze(text).quotes.find((x) => x.text.includes('everything we can'));
    assert.equal(q?.speaker?.mention.text, 'he');
    assert.equal(q?.speaker?.name, 'Rob Marsh');
  });

  it('a place is still no person: `Paris, the capital, said …` then `he`', () => {
    const text = 'Paris, the capital, said it would ban cars from the centre. "It is a mistake," he said.';
    const q = analyze(text).quotes.find((x) => x.text.includes('mistake'));
    assert.notEqual(q?.speaker?.name, 'Paris');
  });
});
