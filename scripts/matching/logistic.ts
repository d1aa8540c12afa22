/**
 * L2-regularised logistic regression, conditional logit and LambdaRank fitted by Newton's method
 * (IRLS): deterministic (no random start, no shuffling), so the committed model is reproduced byte for byte.
 */
export interface LogisticModel {
  /** Per feature: mean and standard deviation used to standardise it. */
  mean: number[];
  std: number[];
  weights: number[];
  bias: number;
}

/** Per column: mean and standard deviation (1 for a constant column). */
export function standardiser(rows: readonly number[][]): { mean: number[]; std: number[] } {
  const d = rows[0]?.length ?? 0;
  const mean = new Array<number>(d).fill(0);
  const std = new Array<number>(d).fill(0);
  for (const r of rows) for (let j = 0; j < d; j++) mean[j] += r[j] / rows.length;
  for (const r of rows) for (let j = 0; j < d; j++) std[j] += (r[j] - mean[j]) ** 2 / rows.length;
  return { mean, std: std.map((v) => (v > 1e-12 ? Math.sqrt(v) : 1)) };
}

/** Solves A x = b (A symmetric positive definite) by Gaussian elimination with pivoting. */
export function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    [m[c], m[p]] = [m[p], m[c]];
    for (let r = c + 1; r < n; r++) {
      const f = m[r][c] / m[c][c];
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r][n];
    for (let k = r + 1; k < n; k++) s -= m[r][k] * x[k];
    x[r] = s / m[r][r];
  }
  return x;
}

export function fitLogistic(rows: readonly number[][], labels: readonly number[], l2 = 1, iterations = 30): LogisticModel {
  const { mean, std } = standardiser(rows);
  const xs = rows.map((r) => [1, ...r.map((v, j) => (v - mean[j]) / std[j])]);
  const d = xs[0].length;
  let w = new Array<number>(d).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = w.map((wj, j) => (j === 0 ? 0 : l2 * wj));
    const hess = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j && i > 0 ? l2 : 0)));
    xs.forEach((x, i) => {
      const p = 1 / (1 + Math.exp(-x.reduce((s, v, j) => s + v * w[j], 0)));
      const s = p * (1 - p);
      for (let j = 0; j < d; j++) {
        grad[j] += (p - labels[i]) * x[j];
        for (let k = 0; k < d; k++) hess[j][k] += s * x[j] * x[k];
      }
    });
    const step = solve(hess, grad);
    w = w.map((wj, j) => wj - step[j]);
    if (Math.max(...step.map(Math.abs)) < 1e-10) break;
  }
  return { mean, std, bias: w[0], weights: w.slice(1) };
}

/**
 * Conditional logit (softmax over each query's candidates): maximises the probability of the
 * relevant candidates among their query's list, which is what ranking needs; standardised
 * features, L2, damped Newton steps (halved until the loss falls). Groups without a relevant
 * candidate teach nothing and are skipped.
 */
export function fitConditionalLogit(groups: readonly { rows: number[][]; labels: number[] }[], l2 = 1, iterations = 50): LogisticModel {
  const useful = groups.filter((g) => g.labels.some((y) => y > 0));
  const { mean, std } = standardiser(useful.flatMap((g) => g.rows));
  const xs = useful.map((g) => g.rows.map((r) => r.map((v, j) => (v - mean[j]) / std[j])));
  const targets = useful.map((g) => {
    const sum = g.labels.reduce((a, b) => a + b, 0);
    return g.labels.map((y) => y / sum);
  });
  const d = mean.length;
  const probabilities = (x: number[][], w: number[]): number[] => {
    const s = x.map((r) => r.reduce((a, v, j) => a + v * w[j], 0));
    const mx = Math.max(...s);
    const e = s.map((v) => Math.exp(v - mx));
    const z = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / z);
  };
  const loss = (w: number[]): number =>
    xs.reduce((acc, x, gi) => acc - probabilities(x, w).reduce((a, p, i) => a + (targets[gi][i] > 0 ? targets[gi][i] * Math.log(Math.max(p, 1e-300)) : 0), 0), 0) +
    (l2 / 2) * w.reduce((a, v) => a + v * v, 0);
  let w = new Array<number>(d).fill(0);
  let current = loss(w);
  for (let it = 0; it < iterations; it++) {
    const grad = w.map((wj) => l2 * wj);
    const hess = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j ? l2 : 0)));
    xs.forEach((x, gi) => {
      const p = probabilities(x, w);
      const xbar = new Array<number>(d).fill(0);
      x.forEach((r, i) => r.forEach((v, j) => (xbar[j] += p[i] * v)));
      x.forEach((r, i) => {
        for (let j = 0; j < d; j++) {
          grad[j] += (p[i] - targets[gi][i]) * r[j];
          for (let k = 0; k < d; k++) hess[j][k] += p[i] * (r[j] - xbar[j]) * (r[k] - xbar[k]);
        }
      });
    });
    const step = solve(hess, grad);
    let scale = 1;
    let next = w.map((wj, j) => wj - step[j]);
    let nextLoss = loss(next);
    while (nextLoss > current && scale > 1e-6) {
      scale /= 2;
      next = w.map((wj, j) => wj - scale * step[j]);
      nextLoss = loss(next);
    }
    if (nextLoss > current) break;
    const done = current - nextLoss < 1e-9;
    w = next;
    current = nextLoss;
    if (done) break;
  }
  return { mean, std, bias: 0, weights: w };
}

/** Each candidate's 1-based rank by score (ties: list order first). */
function ranksOf(scores: readonly number[]): number[] {
  return scores.map((v, i) => 1 + scores.filter((o, k) => o > v || (o === v && k < i)).length);
}

/**
 * LambdaRank for the reciprocal rank: from the conditional logit's weights, Newton steps on a
 * pairwise logistic loss (each relevant candidate against each other one) where a pair weighs
 * how much swapping the two would change 1 / rank under the current weights. The softmax
 * weighs every candidate of a list by its probability; this puts the weight on the pairs that
 * decide what comes first. Deterministic: same groups, same weights.
 */
export function fitLambdaRank(groups: readonly { rows: number[][]; labels: number[] }[], l2 = 1, iterations = 30): LogisticModel {
  const start = fitConditionalLogit(groups, l2);
  const { mean, std } = start;
  const useful = groups.filter((g) => g.labels.some((y) => y > 0));
  const xs = useful.map((g) => g.rows.map((r) => r.map((v, j) => (v - mean[j]) / std[j])));
  const d = mean.length;
  let w = start.weights;
  for (let it = 0; it < iterations; it++) {
    const grad = w.map((wj) => l2 * wj);
    const hess = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j ? l2 : 0)));
    useful.forEach((g, gi) => {
      const x = xs[gi];
      const s = x.map((r) => r.reduce((a, v, j) => a + v * w[j], 0));
      const rank = ranksOf(s);
      g.labels.forEach((yi, i) => {
        if (yi <= 0) return;
        g.labels.forEach((yk, k) => {
          const weight = yk > 0 ? 0 : Math.abs(1 / rank[i] - 1 / rank[k]);
          if (weight === 0) return;
          const diff = x[i].map((v, j) => v - x[k][j]);
          const p = 1 / (1 + Math.exp(-(s[i] - s[k])));
          for (let j = 0; j < d; j++) {
            grad[j] -= weight * (1 - p) * diff[j];
            for (let m = 0; m < d; m++) hess[j][m] += weight * p * (1 - p) * diff[j] * diff[m];
          }
        });
      });
    });
    const step = solve(hess, grad);
    w = w.map((wj, j) => wj - step[j]);
    if (Math.max(...step.map(Math.abs)) < 1e-10) break;
  }
  return { mean, std, bias: 0, weights: w };
}
