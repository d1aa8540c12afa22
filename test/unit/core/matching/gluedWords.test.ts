import * as assert from 'node:assert/strict';
import { cutRun, gluedWords } from '../../../../src/core/matching/gluedWords';
import { MatchIndex } from '../../../../src/core/matching/matchIndex';
import { terms } from '../../../../src/core/matching/tokens';
import type { FactCheck } from '../../../../src/core/matching/types';

/** An archive vocabulary: the stems of these words. */
const VOCABULARY = new Set(terms('fyre festival george soros corn flakes martelli empty chairs tent city president'));
const known = (term: string): boolean => VOCABULARY.has(term);

describe('matching: glued hashtags and handles', () => {
  const runs: [string, string[]][] = [
    ['fyrefestival', ['fyre', 'festival']],
    ['georgesoros', ['george', 'soros']],
    ['cornflakes', ['corn', 'flakes']],
    // An unknown first name: the known surname is still found.
    ['krystinamartelli', ['martelli']],
    // Stop words cover letters but are not matched.
    ['notmypresident', ['president']],
    ['emptychairs', ['empty', 'chairs']],
    // Nothing the archive knows.
    ['qwzxvbnm', []],
  ];
  for (const [run, expected] of runs) {
    it(`cuts ${JSON.stringify(run)} into archive words`, () => assert.deepEqual(cutRun(run, known), expected));
  }

  const tweets: [string, string[]][] = [
    ['Chaos at the airport #fyrefestival #hoax', ['fyre', 'festival']],
    ['Thanks to @georgesoros for nothing', ['george', 'soros']],
    // Split already by case (splitCompound), or a word the archive knows: left alone.
    ['#FyreFestival was a disaster', []],
    ['#president #tentcity', ['tent', 'city']],
    // The signature's handle is not part of the claim; links are not hashtags.
    ['Empty seats everywhere — Corn Flakes Fan (@cornflakesfan) May 3, 2021', []],
    ['See https://example.com/#fyrefestival now', []],
    // Short runs are words or names already.
    ['#tentc', []],
  ];
  for (const [tweet, expected] of tweets) {
    it(`finds the glued words of ${JSON.stringify(tweet)}`, () => assert.deepEqual(gluedWords(tweet, known), expected));
  }

  it('lets a glued hashtag find its fact-check', () => {
    const fact = (id: string, claim: string): FactCheck => ({ id, origin: 'archive', claim, verdict: 'false', file: 'test.jsonl' });
    const index = new MatchIndex();
    index.setSource('archive.jsonl', [
      fact('fyre', 'The Fyre Festival in the Bahamas descended into chaos and left its guests stranded.'),
      fact('airport', 'Officials chained the doors of a Bahamas airport: a total disaster.'),
      fact('bridge', 'The new river bridge will cost $80 million and open in 2026.'),
    ]);
    assert.equal(index.match('Nobody expected this #fyrefestival')[0]?.fact.id, 'fyre');
  });
});
