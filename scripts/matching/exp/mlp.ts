/**
 * A non-linear re-ranker for the pool experiments: the conditional logit's linear score plus a
 * tanh hidden layer, softmax over each query's candidates, full-batch Adam from a seeded start.
 * Compared with the conditional logit both ranked by penalised(sigmoid(score)) (no Platt step),
 * so the A/B isolates the model.
 */
import { penalised } from '../../../src/core/matching/agreement';
import { fitConditionalLogit } from '../logistic';
import type { CandidateGroup } from '../training';
import { prng } from '../../bench/stats';

export type Scorer = (x: number[]) => number;

function standardiser(rows: number[][]): (r: number[]) => number[] {
  const d = rows[0].length;
  const mean = new Array<number>(d).fill(0);
  const std = new Array<number>(d).fill(0);
  for (const r of rows) for (let j = 0; j < d; j++) mean[j] += r[j] / rows.length;
  for (const r of rows) for (let j = 0; j < d; j++) std[j] += (r[j] - mean[j]) ** 2 / rows.length;
  for (let j = 0; j < d; j++) std[j] = std[j] > 1e-12 ? Math.sqrt(std[j]) : 1;
  return (r) => r.map((v, j) => (v - mean[j]) / std[j]);
}

export function fitMlp(groups: readonly CandidateGroup[], hidden: number, l2: number, epochs: number, seed = 1): Scorer {
  const z = standardiser(groups.flatMap((g) => g.rows));
  const gs = groups.filter((g) => g.labels.includes(1)).map((g) => ({ xs: g.rows.map(z), labels: g.labels }));
  const d = gs[0].xs[0].length;
  // Parameters: linear w (d), hidden W1 (hidden × d), b1 (hidden), output w2 (hidden).
  const W1 = d;
  const B1 = W1 + hidden * d;
  const W2 = B1 + hidden;
  const P = W2 + hidden;
  const p = new Float64Array(P);
  const rand = prng(seed);
  for (let i = W1; i < B1; i++) p[i] = (rand() - 0.5) * 0.2;
  for (let i = W2; i < P; i++) p[i] = (rand() - 0.5) * 0.2;
  const score = (x: number[], h: Float64Array): number => {
    let s = 0;
    for (let j = 0; j < d; j++) s += p[j] * x[j];
    for (let k = 0; k < hidden; k++) {
      let a = p[B1 + k];
      for (let j = 0; j < d; j++) a += p[W1 + k * d + j] * x[j];
      h[k] = Math.tanh(a);
      s += p[W2 + k] * h[k];
    }
    return s;
  };
  const m = new Float64Array(P);
  const v = new Float64Array(P);
  for (let ep = 1; ep <= epochs; ep++) {
    const g = new Float64Array(P);
    for (let i = 0; i < P; i++) if (i < B1 || i >= W2) g[i] = l2 * p[i];
    for (const grp of gs) {
      const hs = grp.xs.map(() => new Float64Array(hidden));
      const s = grp.xs.map((x, i) => score(x, hs[i]));
      const top = Math.max(...s);
      const e = s.map((x) => Math.exp(x - top));
      const total = e.reduce((a, b) => a + b, 0);
      const relevant = grp.labels.filter((l) => l === 1).length;
      grp.xs.forEach((x, i) => {
        const dz = e[i] / total - grp.labels[i] / relevant;
        for (let j = 0; j < d; j++) g[j] += dz * x[j];
        for (let k = 0; k < hidden; k++) {
          g[W2 + k] += dz * hs[i][k];
          const da = dz * p[W2 + k] * (1 - hs[i][k] ** 2);
          g[B1 + k] += da;
          for (let j = 0; j < d; j++) g[W1 + k * d + j] += da * x[j];
        }
      });
    }
    for (let i = 0; i < P; i++) {
      const gi = g[i] / gs.length;
      m[i] = 0.9 * m[i] + 0.1 * gi;
      v[i] = 0.999 * v[i] + 0.001 * gi * gi;
      p[i] -= (0.01 * (m[i] / (1 - 0.9 ** ep))) / (Math.sqrt(v[i] / (1 - 0.999 ** ep)) + 1e-8);
    }
  }
  const h = new Float64Array(hidden);
  return (x) => score(z(x), h);
}

/** The shipped conditional logit's raw score. */
export function fitLogit(groups: readonly CandidateGroup[]): Scorer {
  const cl = fitConditionalLogit(groups.map((g) => ({ rows: g.rows, labels: g.labels })), 1);
  return (x) => x.reduce((s, v, j) => s + (cl.weights[j] * (v - cl.mean[j])) / cl.std[j], 0);
}

/** Ids by penalised(sigmoid(score)), then list order. */
export function rankRaw(f: Scorer, g: CandidateGroup): string[] {
  return g.rows
    .map((x, i) => ({ i, s: penalised(1 / (1 + Math.exp(-f(x))), g.agreements[i]) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((r) => g.ids[r.i]);
}
