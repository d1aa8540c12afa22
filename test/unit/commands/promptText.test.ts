import * as assert from 'node:assert/strict';
import { firstWords } from '../../../src/core/review/firstWords';
import { promptTitle, subjectOf } from '../../../src/commands/promptText';

describe('commands/promptText: prompts name the claim they are about', () => {
  const claim = { kind: 'claim', text: 'Crime near the docks has doubled since the casino opened in the spring of 2021, police said.' };

  it('quotes one claim by its first words', () => {
    assert.equal(subjectOf([claim]), '“Crime near the docks has doubled since the casino opened…”');
    assert.equal(promptTitle('Mark as Disputed', [claim]), 'ClaimLens · Mark as Disputed: “Crime near the docks has doubled since the casino opened…”');
  });

  it('counts a multi-selection, claims and quotes apart', () => {
    assert.equal(subjectOf([claim, claim, { kind: 'quote', text: 'x' }]), '2 claims and 1 quote');
    assert.equal(subjectOf([claim, claim]), '2 claims');
  });

  it('firstWords: short text whole, long text cut at a word with an ellipsis, whitespace collapsed', () => {
    assert.equal(firstWords('Prices  rose\n4%.'), 'Prices rose 4%.');
    const cut = firstWords('a '.repeat(10) + 'supercalifragilistic words', 20);
    assert.ok(cut.endsWith('…') && Array.from(cut).length <= 20, cut);
    assert.equal(Array.from(firstWords('😀'.repeat(30), 10)).length, 10);
  });
});
