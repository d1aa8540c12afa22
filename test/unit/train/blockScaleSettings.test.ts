import * as assert from 'node:assert/strict';
import { DEFAULT_TRAIN_CONFIG, hashingOf } from '../../../scripts/train/trainModel';

describe('training settings scaleWords / scaleChars / scaleClasses / scaleRaw', () => {
  it('reach the model file as the hashing settings\' blockScales, in block order', () => {
    const hashing = hashingOf({ ...DEFAULT_TRAIN_CONFIG, scaleWords: 1.5, scaleClasses: 0.7 });
    assert.deepEqual(hashing.blockScales, [1.5, 1, 0.7, 1]);
  });

  it('are off in the shipped settings, so the committed model (and its hashing settings) do not change', () => {
    assert.equal(hashingOf(DEFAULT_TRAIN_CONFIG).blockScales, undefined);
    assert.equal(hashingOf({ ...DEFAULT_TRAIN_CONFIG, scaleWords: 1, scaleRaw: 1 }).blockScales, undefined);
  });
});
