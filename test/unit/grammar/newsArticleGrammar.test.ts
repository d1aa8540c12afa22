/**
 * The news-article TextMate grammar, tokenized by the same engine VS Code uses: the seed
 * article's headline, quotes, attribution cues, numbers and dates get the scopes themes colour.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT, Token, runsWithScope, scopesAt, tokenizeDocument } from './tokenize';

const HEADING = 'markup.heading.headline.news-article';
const QUOTE = 'string.quoted.double.news-article';
const CUE = 'keyword.other.cue.news-article';
const NUMBER = 'constant.numeric.news-article';
const NUMBER_WORD = 'constant.numeric.word.news-article';
const PERCENT = 'constant.numeric.percentage.news-article';
const DATE = 'constant.other.date.news-article';

const SEED = path.join(REPO_ROOT, 'seeds', '000_f9e8f79b6daea75d.txt');

async function lines(text: string): Promise<Token[][]> {
  return tokenizeDocument(text);
}

describe('news-article grammar', () => {
  describe('on the bundled seed article', () => {
    let seedLines: string[];
    let tokens: Token[][];
    const lineWith = (fragment: string): Token[] => {
      const i = seedLines.findIndex((l) => l.includes(fragment));
      assert.ok(i >= 0, `seed has a line with ${fragment}`);
      return tokens[i];
    };

    before(async () => {
      const text = fs.readFileSync(SEED, 'utf8');
      seedLines = text.split(/\r?\n/);
      tokens = await lines(text);
    });

    it('scopes the whole first line, and only it, as the headline', () => {
      assert.deepEqual(runsWithScope(tokens[0], HEADING), [seedLines[0]]);
      for (const line of tokens.slice(1)) assert.deepEqual(runsWithScope(line, HEADING), []);
    });

    it('scopes straight-quoted speech including its marks, and nothing after the closing mark', () => {
      const line = lineWith('Trump tweeted that');
      assert.deepEqual(runsWithScope(line, QUOTE), [
        '"things will work out fine between the United States of America and Russian Federation"',
      ]);
      assert.ok(line.find((t) => t.text === '"')?.scopes.includes('punctuation.definition.string.begin.news-article'));
    });

    it('finds every quote on a line with several', () => {
      const line = lineWith('Safronkov called');
      assert.deepEqual(runsWithScope(line, QUOTE), [
        '"violation of global norms"',
        '"a legitimate response to a mass crime which could not go unpunished"',
        '"And you have many indications if you don\'t have proof, because no-one has concrete information or evidences"',
        '"and we expect that Washington will have a constructive reaction"',
      ]);
    });

    it('marks attribution cues outside quotes', () => {
      assert.deepEqual(runsWithScope(lineWith('Trump tweeted that'), CUE), ['tweeted']);
      assert.deepEqual(runsWithScope(lineWith('Safronkov called'), CUE), ['called', 'said', 'said', 'said']);
      assert.deepEqual(runsWithScope(lineWith('Putin accused'), CUE), ['accused']);
      assert.deepEqual(runsWithScope(lineWith('Assad has denied'), CUE), ['denied']);
      assert.deepEqual(runsWithScope(lineWith('Jens Stoltenberg echoed'), CUE), ['echoed', 'said']);
    });

    it('does not mark "United States" or quoted words as cues', () => {
      const line = lineWith('Trump tweeted that');
      assert.ok(!scopesAt(line, 'United States').includes(CUE));
    });

    it('scopes weekdays and years as dates and counts as numbers', () => {
      assert.deepEqual(runsWithScope(lineWith('On Thursday'), DATE), ['Thursday']);
      assert.deepEqual(runsWithScope(lineWith('annexation'), DATE), ['2014']);
      assert.deepEqual(runsWithScope(lineWith('killed more than'), NUMBER), ['80']);
      assert.deepEqual(runsWithScope(lineWith('vetoed six resolutions'), NUMBER_WORD), ['six', 'six']);
      assert.deepEqual(runsWithScope(lineWith('vetoed six resolutions'), DATE), ['Wednesday']);
    });

    it('leaves ordinary prose unscoped', () => {
      const line = lineWith('Washington has been investigating');
      const first = line[0];
      assert.equal(first.text.startsWith('Washington has been investigating'), true);
      assert.deepEqual(first.scopes, ['text.news-article']);
    });
  });

  describe('on constructed text', () => {
    it('scopes curly and guillemet quotes like straight ones', async () => {
      const [, line] = await lines('Headline\n“We will win,” she said, adding «never».');
      assert.deepEqual(runsWithScope(line, QUOTE), ['“We will win,”', '«never»']);
      assert.deepEqual(runsWithScope(line, CUE), ['said']);
    });

    it('lets a quote wrap over lines within its paragraph', async () => {
      const t = await lines('Headline\n\nHe said "this goes\non and on" today.');
      assert.deepEqual(runsWithScope(t[2], QUOTE), ['"this goes']);
      assert.deepEqual(runsWithScope(t[3], QUOTE), ['on and on"']);
      assert.deepEqual(runsWithScope(t[3], QUOTE).length, 1);
      assert.ok(!scopesAt(t[3], 'today').includes(QUOTE));
    });

    it('ends an unbalanced quote at the paragraph break', async () => {
      const t = await lines('Headline\n\nShe said "oops, no closing mark.\n\nNext paragraph said nothing.');
      assert.ok(scopesAt(t[2], 'oops').includes(QUOTE));
      assert.ok(!scopesAt(t[4], 'Next paragraph').includes(QUOTE));
      assert.deepEqual(runsWithScope(t[4], CUE), ['said']);
    });

    it('scopes percentages, currency and scaled figures', async () => {
      const [, line] = await lines('H\nUnemployment rose 4.5% to 12 percent, costing $1.2 billion and 3,400 jobs.');
      assert.deepEqual(runsWithScope(line, PERCENT), ['4.5%', '12 percent']);
      assert.deepEqual(runsWithScope(line, NUMBER), ['$1.2 billion', '3,400']);
    });

    it('scopes calendar dates as one token, month names case-sensitively', async () => {
      const [, line] = await lines('H\nOn April 12, 2017 and 3 March 2020 (or 2021-05-06) we may see change in the 1990s.');
      assert.deepEqual(runsWithScope(line, DATE), ['April 12, 2017', '3 March 2020', '2021-05-06', '1990s']);
      assert.ok(!scopesAt(line, 'may').includes(DATE));
    });

    it('treats "according to" as one cue and ignores cue words inside other words', async () => {
      const [, line] = await lines('H\nAccording to officials, the unsaid sayings were told.');
      assert.deepEqual(runsWithScope(line, CUE), ['According to', 'told']);
    });

    it('keeps quote scopes inside the headline and does not scope a blank first line', async () => {
      const [head] = await lines('Trump: "No doubt" about 59 missiles');
      assert.deepEqual(runsWithScope(head, HEADING), ['Trump: "No doubt" about 59 missiles']);
      assert.deepEqual(runsWithScope(head, QUOTE), ['"No doubt"']);
      assert.deepEqual(runsWithScope(head, NUMBER), ['59']);
      const [blank, second] = await lines('\nNot a headline');
      assert.deepEqual(runsWithScope(blank, HEADING), []);
      assert.deepEqual(runsWithScope(second, HEADING), []);
    });

    it('a paragraph typed above the headline is not the headline; the headline after it keeps its style', async () => {
      const lead = 'The council met on Monday evening and voted to raise the harbor fees for the third year in a row, despite protests from the fishing crews who say they cannot pay.';
      const [first, , headline, , body] = await lines(`${lead}\n\nHarbor Fees Rise Again\n\nFishing crews said "we cannot pay" this year.`);
      assert.deepEqual(runsWithScope(first, HEADING), []);
      assert.deepEqual(runsWithScope(headline, HEADING), ['Harbor Fees Rise Again']);
      assert.deepEqual(runsWithScope(body, HEADING), []);
      assert.deepEqual(runsWithScope(body, QUOTE), ['"we cannot pay"']);
      // A short first line stays the headline, as before.
      const [short] = await lines('Harbor Fees Rise Again\n\nThe council met on Monday.');
      assert.deepEqual(runsWithScope(short, HEADING), ['Harbor Fees Rise Again']);
    });

    it('gives dates a numeric fallback scope so themes without constant.other still colour them', async () => {
      const [, line] = await lines('H\nOn Monday');
      const scopes = scopesAt(line, 'Monday');
      assert.ok(scopes.includes('constant.numeric.date.news-article'));
      assert.equal(scopes[scopes.length - 1], DATE);
    });
  });
});
