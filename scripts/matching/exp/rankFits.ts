/**
 * Pairwise fits of the re-ranker's weights (issue 18; rows in pairwise.ts): RankNet, a logistic
 * loss on each relevant minus non-relevant candidate's score difference, by Newton steps.
 * Pair weights: 'uniform'; 'query' (each query's pairs sum to 1, as the softmax weighs queries);
 * 'lambda' (LambdaRank for MRR: |1/rank_i − 1/rank_j| under the current weights, refreshed each step).
 */
import { fitConditionalLogit, solve, standardiser, type LogisticModel } from '../logistic';
import type { RankFit } from '../training';

type Weighting = 'uniform' | 'query' | 'lambda' | 'lambda5';

/** MAP@5's reciprocal rank, 0 beyond the fifth. */
const gain5 = (r: number): number => (r <= 5 ? 1 / r : 0);

/** RankNet by Newton steps from zero (deterministic); `mix` > 0 adds that share of the conditional logit's start. */
export const fitPairwise =
  (weighting: Weighting, iterations = 30): RankFit =>
  (groups, l2) => {
    const useful = groups.filter((g) => g.labels.some((y) => y > 0));
    const { mean, std } = standardiser(useful.flatMap((g) => g.rows));
    const xs = useful.map((g) => g.rows.map((r) => r.map((v, j) => (v - mean[j]) / std[j])));
    const d = mean.length;
    // LambdaRank needs ranks to weigh pairs: it starts from the conditional logit's weights (same standardisation).
    let w = weighting.startsWith('lambda') ? fitConditionalLogit(groups, l2).weights : new Array<number>(d).fill(0);
    for (let it = 0; it < iterations; it++) {
      const grad = w.map((wj) => l2 * wj);
      const hess = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j ? l2 : 0)));
      useful.forEach((g, gi) => {
        const x = xs[gi];
        const s = x.map((r) => r.reduce((a, v, j) => a + v * w[j], 0));
        const rank = s.map((v, i) => 1 + s.filter((o, k) => o > v || (o === v && k < i)).length);
        const pos = g.labels.flatMap((y, i) => (y > 0 ? [i] : []));
        const neg = g.labels.flatMap((y, i) => (y > 0 ? [] : [i]));
        const pairs = pos.length * neg.length;
        for (const i of pos)
          for (const k of neg) {
            const weight = weighting === 'uniform' ? 1 : weighting === 'query' ? 1 / Math.max(1, pairs) : weighting === 'lambda' ? Math.abs(1 / rank[i] - 1 / rank[k]) : Math.abs(gain5(rank[i]) - gain5(rank[k]));
            if (weight === 0) continue;
            const diff = x[i].map((v, j) => v - x[k][j]);
            const p = 1 / (1 + Math.exp(-(s[i] - s[k])));
            for (let j = 0; j < d; j++) {
              grad[j] -= weight * (1 - p) * diff[j];
              for (let m = 0; m < d; m++) hess[j][m] += weight * p * (1 - p) * diff[j] * diff[m];
            }
          }
      });
      const step = solve(hess, grad);
      w = w.map((wj, j) => wj - step[j]);
      if (Math.max(...step.map(Math.abs)) < 1e-8) break;
    }
    const out: LogisticModel = { mean, std, bias: 0, weights: w };
    return out;
  };

/** The conditional logit's weights averaged with a pairwise fit's (both on the same standardised scale). */
export const blend =
  (pair: RankFit, share: number): RankFit =>
  (groups, l2) => {
    const a = fitConditionalLogit(groups, l2);
    const b = pair(groups, l2);
    return { ...a, weights: a.weights.map((v, j) => (1 - share) * v + share * b.weights[j]) };
  };

