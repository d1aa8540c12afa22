import * as assert from 'node:assert/strict';
import { blendScores, figuresOf } from '../../../scripts/eval/crossValidation';
import type { LabelledRow } from '../../../scripts/train/dataset';

const logit = (p: number) => Math.log(p / (1 - p));

describe('the cross-validated blend of two scorers (eval --cv, row "blend")', () => {
  const cases: { name: string; a: number; b: number; share?: number; want: number }[] = [
    { name: 'equal scores stay as they are', a: 0.7, b: 0.7, want: 0.7 },
    { name: 'opposite logits cancel to 0.5', a: 0.8, b: 0.2, want: 0.5 },
    { name: 'the mean of the logits, not of the probabilities', a: 0.9, b: 0.6, want: 1 / (1 + Math.exp(-(logit(0.9) + logit(0.6)) / 2)) },
    { name: 'a share of 0 keeps the first scorer', a: 0.9, b: 0.1, share: 0, want: 0.9 },
    { name: 'a share of 1 keeps the second scorer', a: 0.9, b: 0.1, share: 1, want: 0.1 },
    { name: 'a score of 0 or 1 is clamped, never NaN', a: 0, b: 1, want: 0.5 },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const got = blendScores(new Map([[3, c.a]]), new Map([[3, c.b]]), c.share).get(3)!;
      assert.ok(Math.abs(got - c.want) < 1e-9, `${got} ≠ ${c.want}`);
    });
  }

  it('scores only rows both scorers scored', () => {
    assert.deepEqual([...blendScores(new Map([[1, 0.5], [2, 0.5]]), new Map([[2, 0.5]])).keys()], [2]);
  });

  it('its figures are computed as every row\'s: MAP per debate, ClaimBuster F1 at the threshold', () => {
    const row = (id: string, dataset: string, label: boolean, doc?: string): LabelledRow => ({ id, text: id, label, dataset, source: '', ...(doc ? { doc } : {}) });
    const rows = [row('a', 'ct', true, 'd1'), row('b', 'ct', false, 'd1'), row('c', 'cb', true), row('d', 'cb', false)];
    const scores = new Map([[0, 0.9], [1, 0.1], [2, 0.6], [3, 0.7]]);
    const f = figuresOf(rows, scores, { threshold: 0.5, pool: true, ctDataset: 'ct', cbDataset: 'cb', folds: 5 });
    assert.equal(f.ct19_lodo_map, 1);
    assert.equal(f.ct19_debates, 1);
    assert.equal(f.cb_p, 0.5);
    assert.equal(f.cb_r, 1);
    assert.equal(f.cb_ap, 0.5);
  });
});
