import * as assert from 'node:assert/strict';
import { fitConditionalLogit, fitLambdaRank } from '../../../scripts/matching/logistic';

type Group = { rows: number[][]; labels: number[] };

const score = (m: { mean: number[]; std: number[]; weights: number[] }, x: number[]): number =>
  x.reduce((s, v, j) => s + (m.weights[j] * (v - m.mean[j])) / m.std[j], 0);
const firstIsRelevant = (m: Parameters<typeof score>[0], g: Group): boolean => {
  const s = g.rows.map((x) => score(m, x));
  return g.labels[s.indexOf(Math.max(...s))] === 1;
};

/**
 * Lists where feature 0 ("decides the top") separates the relevant candidate from its one close
 * rival, while feature 1 is high for the relevant one and for a crowd of far-off candidates too:
 * the softmax spends weight on the crowd, LambdaRank on the pair that decides what comes first.
 */
function lists(): Group[] {
  const out: Group[] = [];
  for (let i = 0; i < 40; i++) {
    const rows = [
      [1 + (i % 3) * 0.1, 1],
      [0.8 + (i % 4) * 0.1, 0.2],
    ];
    for (let k = 0; k < 8; k++) rows.push([-2 - (k % 3), 1.1 + (k % 2) * 0.1]);
    out.push({ rows, labels: rows.map((_, r) => (r === 0 ? 1 : 0)) });
  }
  return out;
}

describe('fitLambdaRank (the matcher re-ranker fit)', () => {
  it('gives the same weights for the same lists (the committed model is reproduced byte for byte)', () => {
    assert.deepEqual(fitLambdaRank(lists()), fitLambdaRank(lists()));
  });

  it('keeps the conditional logit standardisation, which the shipped model stores', () => {
    const a = fitLambdaRank(lists());
    const b = fitConditionalLogit(lists());
    assert.deepEqual(a.mean, b.mean);
    assert.deepEqual(a.std, b.std);
  });

  it('ranks the relevant candidate first in every list it can separate', () => {
    const m = fitLambdaRank(lists());
    for (const g of lists()) assert.ok(firstIsRelevant(m, g));
  });

  it('weighs the feature that decides the first place more, relative to the rest, than the softmax does', () => {
    const lr = fitLambdaRank(lists());
    const cl = fitConditionalLogit(lists());
    const ratio = (m: { weights: number[] }) => m.weights[0] / Math.abs(m.weights[1]);
    assert.ok(ratio(lr) > ratio(cl), `${ratio(lr)} vs ${ratio(cl)}`);
  });

  it('learns nothing from lists without a relevant candidate', () => {
    const withEmpty = [...lists(), { rows: [[5, 5], [-5, -5]], labels: [0, 0] }];
    assert.deepEqual(fitLambdaRank(withEmpty).weights, fitLambdaRank(lists()).weights);
  });
});
