import * as assert from 'node:assert/strict';
import { tokenize } from '../../../../src/core/text/tokens';
import { sentenceVector, type HashingConfig } from '../../../../src/core/claims/sentenceVector';

const BASE: HashingConfig = { bits: 32, charMin: 3, charMax: 5, classNgrams: 3, rawChars: 5 };
const SENTENCE = 'We spent $3 billion on the program while crime rose 12 percent in Chicago.';

function vector(cfg: HashingConfig) {
  const tz = tokenize(SENTENCE);
  return sentenceVector(tz.tokens, 0, tz.tokens.length, SENTENCE, cfg);
}

/** Squared length of each block's values, blocks told apart by their key prefix through the unscaled vector's order. */
function blockLengths(cfg: HashingConfig): number[] {
  const plain = vector(BASE);
  const v = vector(cfg);
  assert.deepEqual(v.buckets, plain.buckets, 'scaling never changes which terms a sentence has');
  // In the plain vector every block has unit length and equal values: a new value starts a new block.
  const lengths: number[] = [];
  let at = -1;
  for (let i = 0; i < plain.values.length; i++) {
    if (i === 0 || plain.values[i] !== plain.values[i - 1]) {
      lengths.push(0);
      at++;
    }
    lengths[at] += v.values[i] * v.values[i];
  }
  return lengths.map((x) => Math.sqrt(x));
}

describe('hashed block scales (blockScales)', () => {
  it('leaves every block at unit length when absent', () => {
    for (const len of blockLengths(BASE)) assert.ok(Math.abs(len - 1) < 1e-9);
  });

  it('gives each block (words, characters, word classes, words as written) the length it is asked for', () => {
    const scales = [1.5, 1.25, 0.5, 2];
    const lengths = blockLengths({ ...BASE, blockScales: scales });
    assert.equal(lengths.length, 4);
    lengths.forEach((len, b) => assert.ok(Math.abs(len - scales[b]) < 1e-9, `block ${b}: ${len}`));
  });

  it('keeps the reasons adding up: every term still belongs to a group', () => {
    const v = vector({ ...BASE, blockScales: [1.5, 1.25, 0.5, 2] });
    assert.equal(v.termGroup.length, v.values.length);
    for (const g of v.termGroup) assert.ok(g >= 0 && g < v.groups.length);
  });
});
