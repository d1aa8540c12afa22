import * as assert from 'node:assert/strict';
import { FRAMINGS, keyWordsFirst } from '../../../../src/sidebar/review/itemLabel';

// [framing id or 'none', sentence, the label's start]
const CASES: readonly (readonly [string, string, string])[] = [
  ['linkingWord', 'But the council will cut property taxes by 2% next year.', 'the council will cut property taxes by 2% next year.'],
  ['linkingWord', 'However, unemployment fell to 3.1 percent last year.', 'unemployment fell to 3.1 percent last year.'],
  ['accordingTo', 'According to the budget office, the council will cut taxes by 2%.', 'the council will cut taxes by 2%.'],
  ['saidThat', 'The minister said on Monday that unemployment fell to 3.1 percent.', 'unemployment fell to 3.1 percent.'],
  ['saidThat', 'Officials told reporters that 80 people were killed.', '80 people were killed.'],
  ['saidThat', 'She said that the bridge will reopen in May.', 'the bridge will reopen in May.'],
  ['openingQuoteMark', '“We will spend $48 million on new buses by 2030', 'We will spend $48 million on new buses by 2030'],
  ['none', 'Cargo volumes at the port rose 9% in 2024, the harbor authority said.', 'Cargo volumes at the port rose 9% in 2024, the harbor authority said.'],
  // A relative "that" after a noun is not the speech's "that".
  ['none', 'He said the figure that was published is wrong.', 'He said the figure that was published is wrong.'],
  ['none', 'The report says 80 people, mostly children, died.', 'The report says 80 people, mostly children, died.'],
  // Dropping the framing would leave a stub: kept whole.
  ['none', 'But it is.', 'But it is.'],
];

describe('sidebar/review/itemLabel: key words first', () => {
  for (const [id, text, expected] of CASES) {
    it(`${id}: ${text}`, () => assert.equal(keyWordsFirst(text), expected));
  }

  it('drops several framings in a row', () => {
    assert.equal(keyWordsFirst('But, according to the mayor, the city will hire 300 teachers.'), 'the city will hire 300 teachers.');
  });

  it('leaves the label a piece of the text as written', () => {
    for (const [, text] of CASES) assert.ok(text.includes(keyWordsFirst(text)), text);
  });

  it('has a case for every framing', () => {
    for (const { id } of FRAMINGS) assert.ok(CASES.some(([c]) => c === id), `no case for ${id}`);
  });
});
