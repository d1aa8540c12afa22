import * as assert from 'node:assert/strict';
import { headlineOf } from '../../../../src/core/export/types';
import { headlineLine, headlineSpan, looksLikeProse } from '../../../../src/core/text/headline';

const LEAD = 'The council met on Monday evening and voted to raise the harbor fees for the third year in a row, despite protests from the fishing crews who say they cannot pay.';

describe('core/export headlineOf: the article\'s headline', () => {
  // [text, headline]
  const CASES: readonly (readonly [string, string])[] = [
    ['Harbor Fees Rise Again\n\nThe council met on Monday.', 'Harbor Fees Rise Again'],
    ['\n\n  Harbor Fees Rise Again  \n\nBody.', 'Harbor Fees Rise Again'],
    // A paragraph typed above the headline: the headline is still the headline.
    [`${LEAD}\n\nHarbor Fees Rise Again\n\nBody.`, 'Harbor Fees Rise Again'],
    // Later lines that end like sentences are not headlines; with none, the first line.
    [`${LEAD}\n\nShort sentence here.`, LEAD],
    ['', ''],
  ];
  for (const [text, headline] of CASES) it(JSON.stringify(text.slice(0, 40)), () => assert.equal(headlineOf(text), headline));

  it('uses the engine\'s own test of a prose line', () => {
    assert.equal(looksLikeProse(LEAD), true);
    assert.equal(looksLikeProse('Harbor Fees Rise Again'), false);
  });
});

describe('core/text/headline: the line the grammar styles is the engine\'s headline', () => {
  const line = (text: string): string | null => {
    const h = headlineLine(text);
    return h ? text.slice(h.start, h.end) : null;
  };
  const span = (text: string): string | null => {
    const h = headlineSpan(text);
    return h ? text.slice(h.start, h.end) : null;
  };
  // [text, grammar's headline line, engine's headline]
  const CASES: readonly (readonly [string, string | null, string | null])[] = [
    ['Harbor Fees Rise Again\n\nThe council met on Monday.', 'Harbor Fees Rise Again', 'Harbor Fees Rise Again'],
    ['  Harbor Fees Rise Again  \r\n\r\nBody.', 'Harbor Fees Rise Again', 'Harbor Fees Rise Again'],
    // A paragraph typed above the headline: the headline is the later short line, not the first line.
    [`${LEAD}\n\nHarbor Fees Rise Again\n\nBody.`, 'Harbor Fees Rise Again', 'Harbor Fees Rise Again'],
    [`${LEAD}\r\rA sentence that ends.\r\rHarbor Fees Rise Again`, 'Harbor Fees Rise Again', 'Harbor Fees Rise Again'],
    // Prose and no short line after it: no headline.
    [`${LEAD}\n\nShort sentence here.`, null, null],
    // A blank first line: the grammar styles none, the engine reads none.
    ['\nHarbor Fees Rise Again\n\nBody.', null, null],
    // A lone line is styled, but it is content, not a headline, for the engine.
    ['Unemployment fell to 3.5 percent in 2019.', 'Unemployment fell to 3.5 percent in 2019.', null],
    ['', null, null],
  ];
  for (const [text, grammar, engine] of CASES) {
    it(JSON.stringify(text.slice(0, 40)), () => {
      assert.equal(line(text), grammar);
      assert.equal(span(text), engine);
    });
  }
});
