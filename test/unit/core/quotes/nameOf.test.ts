import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis';

/** The speaker name of the first quote whose text contains `containing`. */
function speakerOf(text: string, containing: string): string | undefined {
  return analyze(text).quotes.find((q) => q.text.includes(containing))?.speaker?.name;
}

describe('names never start with a sentence-opening word (quotes/nameOf.ts, NEVER_NAME_WORDS)', () => {
  it('drops an opening adverb from a described speaker: `Even my own folks say …`', () => {
    assert.equal(speakerOf('Even my own folks say the tax plan is going in the wrong direction.', 'tax plan'), 'my own folks');
  });

  it('keeps such a word inside a name: `Al From`', () => {
    assert.equal(speakerOf('"We won in all three elections," said Al From, the group\u2019s founder.', 'three elections'), 'Al From');
  });

  it('an evidence source starts after the conjunction: `But the survey shows …`', () => {
    const q = analyze('But the survey shows only a small gender gap among voters.').quotes.find((x) => x.text.includes('gender gap'));
    assert.equal(q?.speaker?.mention.text, 'the survey');
  });
});

describe('a name cut by an appositive keeps its person (quotes/nameOf.ts)', () => {
  it('a person of a place before an appositive: `Rep. Lee Zeldin of New York, a supporter, said …`', () => {
    assert.equal(speakerOf('Rep. Lee Zeldin of New York, a Trump supporter, said the talks would help both men.', 'talks'), 'Lee Zeldin');
  });

  it('an institution before an appositive\'s comma: `According to the Bureau of Labor Statistics, …`', () => {
    assert.equal(speakerOf('According to the Bureau of Labor Statistics, wages rose 4 percent last year.', 'wages'), 'Bureau of Labor Statistics');
  });

  it('a middle initial the tagger reads as an article, and a surname that is also a title: `Jock A. Finlayson`, `Peter T. King`', () => {
    assert.equal(speakerOf('"We were not happy," said Jock A. Finlayson, an economist.', 'not happy'), 'Jock A. Finlayson');
    assert.equal(speakerOf('"It will not be easy," said Representative Peter T. King of New York, a Republican.', 'not be easy'), 'Peter T. King');
  });
});
