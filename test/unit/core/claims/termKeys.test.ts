import * as assert from 'node:assert/strict';
import { TermKeys } from '../../../../src/core/claims/termKeys';
import { fnv1a32 } from '../../../../src/core/claims/hashing';
import { sentenceVector } from '../../../../src/core/claims/sentenceVector';
import { tokenize } from '../../../../src/core/text/tokens';

/** Two keys FNV-1a hashes alike (found by search): a set of hashes alone would drop the second. */
const COLLIDING = ['c|jrbxw', 'c|pscra'];

describe('TermKeys (hashed terms of a sentence, each key once)', () => {
  it('hashes a key as FNV-1a of the prefix and the range, as if the key were built', () => {
    const keys = new TermKeys();
    assert.equal(keys.add('c|', ' unemployment ', 3, 7), fnv1a32('c|empl'));
    assert.equal(keys.add('b|', '<s> so we', 0, 6), fnv1a32('b|<s> so'));
  });

  it('keeps each key once, wherever its text comes from', () => {
    const keys = new TermKeys();
    assert.notEqual(keys.add('w|', 'the cat', 0, 3), -1);
    assert.equal(keys.add('w|', 'on the mat', 3, 6), -1, 'the same text elsewhere');
    assert.notEqual(keys.add('c|', 'the', 0, 3), -1, 'the same text under another prefix is another key');
    assert.equal(keys.size, 2);
  });

  it('keeps two different keys that share a hash, each once', () => {
    assert.equal(fnv1a32(COLLIDING[0]), fnv1a32(COLLIDING[1]));
    const keys = new TermKeys();
    const [a, b] = COLLIDING.map((k) => k.slice(2));
    assert.equal(keys.add('c|', a, 0, 5), fnv1a32(COLLIDING[0]));
    assert.equal(keys.add('c|', b, 0, 5), fnv1a32(COLLIDING[1]));
    assert.equal(keys.add('c|', ` ${b}`, 1, 6), -1);
    assert.equal(keys.add('c|', ` ${a}`, 1, 6), -1);
    assert.equal(keys.size, 2);
  });

  it('still tells keys apart after its table grows (past what it keeps), and a new set starts empty', () => {
    const keys = new TermKeys();
    const words = Array.from({ length: 40_000 }, (_, i) => `w${i}`);
    for (const w of words) assert.notEqual(keys.add('w|', w, 0, w.length), -1);
    for (const w of words) assert.equal(keys.add('w|', w, 0, w.length), -1, w);
    assert.equal(keys.size, words.length);
    const next = new TermKeys();
    assert.notEqual(next.add('w|', 'w1', 0, 2), -1);
    assert.equal(next.add('w|', 'w1', 0, 2), -1);
    assert.notEqual(next.add('w|', 'w2', 0, 2), -1);
  });

  it('gives a sentence vector both terms of two words whose 5-grams share a hash', () => {
    const sentence = 'jrbxw pscra jrbxw.';
    const tz = tokenize(sentence);
    const v = sentenceVector(tz.tokens, 0, tz.tokens.length, sentence, { bits: 32, charMin: 3, charMax: 5, classNgrams: 3 });
    assert.equal(v.buckets.filter((b) => b === fnv1a32(COLLIDING[0])).length, 2);
  });
});
