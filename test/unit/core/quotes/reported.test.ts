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
