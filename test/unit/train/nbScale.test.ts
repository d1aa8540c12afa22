import * as assert from 'node:assert/strict';
import { DEFAULT_TRAIN_CONFIG, fitWeights, type TrainRow } from '../../../scripts/train/trainModel';

/** A row with the given buckets (values 1) and no named features. */
function row(buckets: number[], label: boolean): TrainRow {
  return { vector: { named: [], buckets, values: buckets.map(() => 1) }, label, dataset: 'claimbuster-2.5xNCS' };
}

describe('training setting nbScale (NB-SVM log-count ratio as a penalty)', () => {
  // Bucket 9 is in three positive rows only: it tells the classes apart. Bucket 15 is in three positives
  // and two negatives: it barely does. Bucket 7 is in every row.
  const rows: TrainRow[] = [row([7, 9], true), row([7, 9], true), row([7, 9, 15], true), row([7, 15], true), row([7, 15], true), row([7, 15], false), row([7, 15], false)];
  for (let i = 0; i < 14; i++) rows.push(row([7], i % 2 === 1));
  const weightOf = (nbScale: number, bucket: number) => {
    const fit = fitWeights(rows, { ...DEFAULT_TRAIN_CONFIG, l2: 0.05, nbScale });
    return fit.w[2 + fit.names.length + fit.buckets.indexOf(bucket)];
  };

  it('gives a term that tells the classes apart more room, and one that barely does less', () => {
    assert.ok(weightOf(1, 9) > weightOf(0, 9) + 0.05, `${weightOf(1, 9)} vs ${weightOf(0, 9)}`);
    assert.ok(Math.abs(weightOf(1, 15)) < Math.abs(weightOf(0, 15)) - 0.02, `${weightOf(1, 15)} vs ${weightOf(0, 15)}`);
  });

  it('changes nothing at 0', () => {
    const plain = fitWeights(rows, { ...DEFAULT_TRAIN_CONFIG, l2: 0.05, nbScale: undefined });
    assert.deepEqual([...fitWeights(rows, { ...DEFAULT_TRAIN_CONFIG, l2: 0.05, nbScale: 0 }).w], [...plain.w]);
  });
});
