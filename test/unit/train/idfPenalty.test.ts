import * as assert from 'node:assert/strict';
import { DEFAULT_TRAIN_CONFIG, fitWeights, type TrainRow } from '../../../scripts/train/trainModel';

/** A row with the given buckets (values 1) and no named features. */
function row(buckets: number[], label: boolean): TrainRow {
  return { vector: { named: [], buckets, values: buckets.map(() => 1) }, label, dataset: 'claimbuster-2.5xNCS' };
}

describe('training setting idfPenalty', () => {
  // Bucket 7 is in every row; bucket 9 in two positive rows only (minRows is 2); bucket 11 in two negatives.
  const rows: TrainRow[] = [row([7, 9], true), row([7, 9], true), row([7, 11], false), row([7, 11], false)];
  for (let i = 0; i < 16; i++) rows.push(row([7], i % 2 === 0));
  const weightOf = (idfPenalty: boolean, bucket: number) => {
    const fit = fitWeights(rows, { ...DEFAULT_TRAIN_CONFIG, l2: 0.05, idfPenalty });
    return fit.w[2 + fit.names.length + fit.buckets.indexOf(bucket)];
  };

  it('gives a rare term a larger weight than the plain penalty does', () => {
    assert.ok(weightOf(true, 9) > weightOf(false, 9) + 0.1, `${weightOf(true, 9)} vs ${weightOf(false, 9)}`);
    assert.ok(weightOf(true, 11) < weightOf(false, 11) - 0.1, `${weightOf(true, 11)} vs ${weightOf(false, 11)}`);
  });

  it('is off in the shipped settings, so the committed model does not change', () => {
    assert.ok(!DEFAULT_TRAIN_CONFIG.idfPenalty);
  });
});
