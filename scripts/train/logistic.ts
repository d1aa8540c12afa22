/**
 * Weighted L2-regularised logistic regression on sparse rows, fitted with L-BFGS. Deterministic:
 * no random numbers, a fixed order of rows and columns, so the same data give the same weights
 * bit for bit on any machine running the same JavaScript engine semantics (IEEE doubles).
 */

/** Rows in compressed sparse row form; row r's columns are cols[rowPtr[r]..rowPtr[r+1]). */
export interface SparseRows {
  rowPtr: Int32Array;
  cols: Int32Array;
  vals: Float64Array;
  nCols: number;
}

export interface LogisticProblem {
  x: SparseRows;
  y: Uint8Array;
  /** Weight of each row in the loss. */
  rowWeight: Float64Array;
  /** L2 penalty of each column (0: unpenalised, e.g. intercepts). */
  penalty: Float64Array;
}

export interface FitOptions {
  maxIter: number;
  /** Stop when the largest gradient component falls below this. */
  gradTol: number;
  memory?: number;
}

function margins(p: LogisticProblem, w: Float64Array, out: Float64Array): void {
  const { rowPtr, cols, vals } = p.x;
  for (let r = 0; r < out.length; r++) {
    let z = 0;
    for (let k = rowPtr[r]; k < rowPtr[r + 1]; k++) z += vals[k] * w[cols[k]];
    out[r] = z;
  }
}

/** Loss and gradient at w (gradient written into g). */
function lossAndGrad(p: LogisticProblem, w: Float64Array, g: Float64Array, z: Float64Array): number {
  const { rowPtr, cols, vals } = p.x;
  margins(p, w, z);
  g.fill(0);
  let loss = 0;
  for (let r = 0; r < z.length; r++) {
    const c = p.rowWeight[r];
    if (c === 0) continue;
    const m = p.y[r] ? z[r] : -z[r];
    // log(1 + e^-m), stable for both signs.
    loss += c * (m > 0 ? Math.log1p(Math.exp(-m)) : -m + Math.log1p(Math.exp(m)));
    const s = 1 / (1 + Math.exp(-z[r]));
    const d = c * (s - p.y[r]);
    for (let k = rowPtr[r]; k < rowPtr[r + 1]; k++) g[cols[k]] += d * vals[k];
  }
  for (let j = 0; j < w.length; j++) {
    if (p.penalty[j] === 0) continue;
    loss += 0.5 * p.penalty[j] * w[j] * w[j];
    g[j] += p.penalty[j] * w[j];
  }
  return loss;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

function maxAbs(a: Float64Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]));
  return m;
}

/** Two-loop recursion: the L-BFGS search direction −H·g. */
function direction(g: Float64Array, s: Float64Array[], yv: Float64Array[], rho: number[]): Float64Array {
  const q = Float64Array.from(g);
  const alpha: number[] = new Array<number>(s.length);
  for (let i = s.length - 1; i >= 0; i--) {
    alpha[i] = rho[i] * dot(s[i], q);
    for (let j = 0; j < q.length; j++) q[j] -= alpha[i] * yv[i][j];
  }
  if (s.length) {
    const last = s.length - 1;
    const gamma = dot(s[last], yv[last]) / dot(yv[last], yv[last]);
    for (let j = 0; j < q.length; j++) q[j] *= gamma;
  }
  for (let i = 0; i < s.length; i++) {
    const beta = rho[i] * dot(yv[i], q);
    for (let j = 0; j < q.length; j++) q[j] += s[i][j] * (alpha[i] - beta);
  }
  for (let j = 0; j < q.length; j++) q[j] = -q[j];
  return q;
}

export function fitLogistic(p: LogisticProblem, opts: FitOptions): Float64Array {
  const n = p.x.nCols;
  const memory = opts.memory ?? 10;
  let w = new Float64Array(n);
  let g = new Float64Array(n);
  const z = new Float64Array(p.y.length);
  let f = lossAndGrad(p, w, g, z);
  const s: Float64Array[] = [];
  const yv: Float64Array[] = [];
  const rho: number[] = [];
  for (let iter = 0; iter < opts.maxIter && maxAbs(g) > opts.gradTol; iter++) {
    const d = direction(g, s, yv, rho);
    let slope = dot(d, g);
    if (slope >= 0) {
      // Not a descent direction (numerical trouble): restart from steepest descent.
      s.length = yv.length = rho.length = 0;
      for (let j = 0; j < n; j++) d[j] = -g[j];
      slope = dot(d, g);
    }
    let step = iter === 0 ? 1 / Math.max(1, Math.sqrt(dot(g, g))) : 1;
    const wNew = new Float64Array(n);
    const gNew = new Float64Array(n);
    let fNew = Infinity;
    for (let tries = 0; tries < 40; tries++) {
      for (let j = 0; j < n; j++) wNew[j] = w[j] + step * d[j];
      fNew = lossAndGrad(p, wNew, gNew, z);
      if (fNew <= f + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(fNew < f)) break;
    const sk = new Float64Array(n);
    const yk = new Float64Array(n);
    for (let j = 0; j < n; j++) {
      sk[j] = wNew[j] - w[j];
      yk[j] = gNew[j] - g[j];
    }
    const sy = dot(sk, yk);
    if (sy > 1e-12) {
      s.push(sk);
      yv.push(yk);
      rho.push(1 / sy);
      if (s.length > memory) {
        s.shift();
        yv.shift();
        rho.shift();
      }
    }
    const converged = Math.abs(f - fNew) <= 1e-10 * Math.max(1, Math.abs(f));
    w = wNew;
    g = gNew;
    f = fNew;
    if (converged) break;
  }
  return w;
}
