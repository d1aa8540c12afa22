/**
 * The engine's headline (core/text/headline.ts headlineLine) is the line the News Article grammar styles: one rule,
 * checked against vscode-textmate on documents where the first line is and is not the headline.
 */
import * as assert from 'node:assert/strict';
import { headlineLine } from '../../../src/core/text/headline';
import { runsWithScope, tokenizeDocument } from './tokenize';

const HEADING = 'markup.heading.headline.news-article';
const LEAD = 'The council met on Monday evening and voted to raise the harbor fees for the third year in a row, despite protests from the fishing crews who say they cannot pay.';

const DOCUMENTS: readonly string[] = [
  'Harbor Fees Rise Again\n\nThe council met on Monday.',
  '   Mayor: ‘We Will Rebuild the Bridge’   \n\nThe mayor spoke on Monday.',
  `${LEAD}\n\nHarbor Fees Rise Again\n\nFishing crews said "we cannot pay" this year.`,
  `${LEAD}\n\nA sentence that ends here.\n\nHarbor Fees Rise Again\n\nBody.`,
  `${LEAD}\n\nOnly sentences follow it.\n\nAnd another one.`,
  '\nNot a headline\n\nBody.',
  'Unemployment fell to 3.5 percent in 2019.',
];

/** The text of every run the grammar scopes as the headline, over all lines. */
async function styled(text: string): Promise<string[]> {
  return (await tokenizeDocument(text)).flatMap((line) => runsWithScope(line, HEADING)).map((r) => r.trim()).filter(Boolean);
}

describe('the engine reads the headline the grammar styles', () => {
  for (const text of DOCUMENTS) {
    it(JSON.stringify(text.slice(0, 50)), async () => {
      const h = headlineLine(text);
      assert.deepEqual([(await styled(text)).join('')].filter(Boolean), h ? [text.slice(h.start, h.end)] : []);
    });
  }
});
