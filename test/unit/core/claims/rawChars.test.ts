import * as assert from 'node:assert/strict';
import { tokenize } from '../../../../src/core/text/tokens';
import { sentenceVector, type HashingConfig } from '../../../../src/core/claims/sentenceVector';
import { bucketOf } from '../../../../src/core/claims/hashing';

const BASE: HashingConfig = { bits: 32, charMin: 3, charMax: 5, classNgrams: 3 };
const RAW: HashingConfig = { ...BASE, rawChars: 5 };

function vector(sentence: string, cfg: HashingConfig) {
  const tz = tokenize(sentence);
  return sentenceVector(tz.tokens, 0, tz.tokens.length, sentence, cfg);
}

/** The group (shown to a reader) that a raw n-gram key is credited to, or undefined when absent. */
function groupOf(sentence: string, cfg: HashingConfig, key: string): string | undefined {
  const v = vector(sentence, cfg);
  const i = v.buckets.indexOf(bucketOf(key, cfg.bits));
  return i < 0 ? undefined : v.groups[v.termGroup[i]];
}

describe('raw character n-grams (rawChars)', () => {
  const cases: { sentence: string; key: string; group: string; why: string }[] = [
    { sentence: 'We spent 80 billion dollars.', key: 'r|80', group: 'word "80"', why: 'digits as written (the normalised block reads "00")' },
    { sentence: 'We spent 80 billion dollars.', key: 'r| 80 ', group: 'word "80"', why: 'a whole short figure' },
    { sentence: 'It rose by 12%, they say.', key: 'r|12%', group: 'word "12%"', why: 'a percent sign as written' },
    { sentence: 'Crime rose in 2016, as before.', key: 'r|16,', group: 'word "2016"', why: 'punctuation glued to the word' },
    { sentence: 'He is on it.', key: 'r| o', group: 'word "on"', why: 'character 2-grams, below the normalised block\'s 3' },
  ];
  for (const c of cases) {
    it(`adds ${JSON.stringify(c.key)} for "${c.sentence}": ${c.why}, credited to its word`, () => {
      assert.equal(groupOf(c.sentence, BASE, c.key), undefined, 'absent without rawChars');
      assert.equal(groupOf(c.sentence, RAW, c.key), c.group);
    });
  }

  it('adds no n-gram of letters alone that the normalised block already has', () => {
    assert.equal(groupOf('Unemployment fell.', RAW, 'r|emp'), undefined);
    assert.equal(groupOf('Unemployment fell.', RAW, 'c|emp'), 'word "Unemployment"');
  });

  it('leaves the other blocks as they were: the vector without rawChars is a prefix of the one with it', () => {
    const s = 'We spent $3 billion on the program while crime rose 12 percent in Chicago.';
    const a = vector(s, BASE);
    const b = vector(s, RAW);
    assert.ok(b.buckets.length > a.buckets.length);
    assert.deepEqual(b.buckets.slice(0, a.buckets.length), a.buckets);
    assert.deepEqual(b.values.slice(0, a.values.length), a.values);
    const raw = b.values.slice(a.values.length);
    const norm = Math.sqrt(raw.reduce((sum, x) => sum + x * x, 0));
    assert.ok(Math.abs(norm - 1) < 1e-9, 'the raw block has unit length of its own');
  });
});
