import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis';
import { assertOffsets, quoteContaining } from '../analysis/helpers';

function analysed(text: string) {
  const a = analyze(text);
  assertOffsets(text, a);
  return a;
}

describe('pronoun speakers', () => {
  it('"he said" resolves to the speaker just quoted even when the tagger does not know the surname as a person', () => {
    const text = '"We did nothing wrong," said Safronkov. "And we will prove it," he said.';
    const a = analysed(text);
    assert.equal(quoteContaining(a, 'prove it').speaker?.name, 'Safronkov');
  });

  it('a place or event name that starts with a personal name is no antecedent of "he"', () => {
    const text = 'Rex Tillerson spoke on Tuesday. The strikes followed the Khan Sheikhoun attack last week.\n\n"We expect a constructive reaction," he said.';
    const a = analysed(text);
    assert.equal(quoteContaining(a, 'constructive reaction').speaker?.name, 'Rex Tillerson');
  });

  it('"he" cannot refer to a name inside what he is reported to say', () => {
    const text = 'Robert Jones met the envoy on Monday. John Miller is considering the request, he said, "and we expect a reply soon".';
    const a = analysed(text);
    const q = quoteContaining(a, 'expect a reply');
    assert.equal(q.speaker?.mention.text, 'he');
    assert.equal(q.speaker?.name, 'Robert Jones');
  });
});
