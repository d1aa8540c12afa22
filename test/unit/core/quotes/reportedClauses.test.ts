import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis';
import { assertOffsets, quoteContaining } from '../analysis/helpers';

function analysed(text: string) {
  const a = analyze(text);
  assertOffsets(text, a);
  return a;
}

describe('reported clauses', () => {
  it('`He said X is considering Y`: the whole clause after "said" is the content, not the object of "considering"', () => {
    const a = analysed('He said U.S. Secretary of State Rex Tillerson is considering the request.');
    const q = quoteContaining(a, 'considering the request');
    assert.equal(q.kind, 'indirect');
    assert.equal(q.text, 'U.S. Secretary of State Rex Tillerson is considering the request');
    assert.equal(q.cue?.text, 'said');
    assert.equal(q.speaker?.mention.text, 'He');
  });

  it('the full stop of an initial or an abbreviation does not end the reported clause', () => {
    const a = analysed('The mayor said Sen. Ann Holt would back the bill in the spring.');
    assert.equal(quoteContaining(a, 'back the bill').text, 'Sen. Ann Holt would back the bill in the spring');
    const b = analysed('She said U.N. inspectors had approved the plan.');
    assert.equal(quoteContaining(b, 'approved the plan').text, 'U.N. inspectors had approved the plan');
  });

  it('`X is considering Y, he said, "…"`: the clause before the attribution is reported by the same speaker', () => {
    const text = '"We have the evidence," said Assad. The minister is considering the request, he said, "and we expect a constructive reaction".';
    const a = analysed(text);
    const lead = quoteContaining(a, 'considering the request');
    assert.equal(lead.kind, 'indirect');
    assert.equal(lead.text, 'The minister is considering the request');
    assert.equal(lead.cue?.text, 'said');
    assert.equal(lead.speaker?.mention.text, 'he');
    const direct = quoteContaining(a, 'constructive reaction');
    assert.equal(direct.kind, 'direct');
    assert.equal(direct.speaker?.mention.text, 'he');
    assert.equal(direct.speaker?.mention.start, lead.speaker?.mention.start);
  });

  it('a stance verb inside the first half does not take the parenthetical attribution\'s content', () => {
    const a = analysed('The committee supports the new budget proposal, she said, and a vote is expected next week.');
    const lead = quoteContaining(a, 'supports');
    assert.equal(lead.text, 'The committee supports the new budget proposal');
    assert.equal(lead.cue?.text, 'said');
  });
});
