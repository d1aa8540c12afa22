import * as assert from 'node:assert/strict';
import { firstWords, quotedFirstWords, withoutEdgeMarks } from '../../../../src/core/review/firstWords';

describe('firstWords / quotedFirstWords', () => {
  it('cuts at a word boundary with an ellipsis, whitespace collapsed', () => {
    assert.equal(firstWords('Crime near  the docks\nhas doubled since the casino opened in 2019.', 30), 'Crime near the docks has…');
    assert.equal(firstWords('Prices rose 4%.'), 'Prices rose 4%.');
  });

  it('quotes the first words once, whatever marks the text itself opens or closes with', () => {
    assert.equal(quotedFirstWords('"The world\'s two foremost nuclear powers can not have this relationship," he said.', 40),
      '“The world\'s two foremost nuclear…”');
    assert.equal(quotedFirstWords('“We will cut 40 jobs.”'), '“We will cut 40 jobs.”');
    assert.equal(quotedFirstWords('Prices rose 4%.'), '“Prices rose 4%.”');
    assert.equal(quotedFirstWords('«Nous avons gagné»'), '“Nous avons gagné”');
  });

  it('keeps the marks inside the text', () => {
    assert.equal(withoutEdgeMarks('He called it "a disgrace" on Monday.'), 'He called it "a disgrace" on Monday.');
    assert.equal(withoutEdgeMarks('The council\'s "plan" failed, officials said'), 'The council\'s "plan" failed, officials said');
  });
});
