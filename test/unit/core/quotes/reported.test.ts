/** Behaviour of the reported-speech rules beyond their one-case table (quotes/reported.ts). */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis';

describe('indirect.label-colon: a source and a colon opening a line', () => {
  // [line, reported words or null when the label is no source]
  const CASES: readonly (readonly [string, string | null])[] = [
    ['Insiders: The governor will not run again', 'The governor will not run again'],
    ['Senator Hale: The harbour tax is a mistake', 'The harbour tax is a mistake'],
    // A place names the topic.
    ['Ohio: The governor will not run again', null],
    ['Russia: Talks With Ukraine Broke Down', null],
    // A note or site furniture.
    ['Update: The vote was moved to Friday', null],
    ['Related: More coverage of the harbour vote', null],
    // All capitals: a transcript turn (transcript.label), a direct quote.
    ['HALE: The harbour tax is a mistake', null],
  ];
  for (const [line, words] of CASES) {
    it(line, () => {
      const q = analyze(`${line}\n\nThe council meets on Friday.`).quotes.find((x) => x.rules.includes('indirect.label-colon'));
      assert.equal(q?.text ?? null, words);
    });
  }
});

describe('indirect.unnamed-source: an inverted cue is no unnamed source', () => {
  it('`…, said Oversight ranking Democrat Ann Lee.` gives no quote whose words are the speaker’s name', () => {
    const a = analyze('The audit was a whitewash, said Oversight ranking Democrat Ann Lee.');
    assert.ok(!a.quotes.some((q) => q.text.includes('Ann Lee')), JSON.stringify(a.quotes.map((q) => q.text)));
  });
  it('a bare clause after a speech verb with no subject found is still one', () => {
    const a = analyze('After the vote in the hall, many said the plan was a mistake.');
    assert.ok(a.quotes.some((q) => q.text === 'the plan was a mistake'));
  });
});
