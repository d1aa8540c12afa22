import * as assert from 'node:assert/strict';
import { headlineOf } from '../../../../src/core/export/types';
import { headlineEndOf, looksLikeProse } from '../../../../src/core/link/segment';

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

  it('uses the engine\'s own test of a prose line, which the engine uses to drop the headline from claims', () => {
    assert.equal(looksLikeProse(LEAD), true);
    assert.equal(looksLikeProse('Harbor Fees Rise Again'), false);
    assert.equal(headlineEndOf(`${LEAD}\n\nHarbor Fees Rise Again`), -1);
    assert.equal(headlineEndOf('Harbor Fees Rise Again\n\nBody.'), 'Harbor Fees Rise Again'.length);
  });
});
