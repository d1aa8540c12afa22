/**
 * Training of the claim model: one weighted logistic regression over the interpretable features and
 * the hashed n-grams of both datasets, each dataset with its own intercept (their positive rates
 * differ tenfold; only the ClaimBuster intercept ships, and the threshold is set on it), then the
 * hashed weights are pruned to the strongest and quantised to signed bytes.
 */
import { encodeHashed, type ClaimModelFile, type ModelProvenance } from '../../src/core/claims/claimModel';
import type { HashingConfig, ScoringVector } from '../../src/core/claims/sentenceVector';
import { fitLogistic, type SparseRows } from './logistic';
import { isContextFeature } from '../../src/core/claims/context';

export interface TrainConfig {
  bits: number;
  charMin: number;
  charMax: number;
  classNgrams: number;
  /** Character n-grams of the words as written, 2 to rawChars long (sentenceVector.ts); 0 or absent: none. */
  rawChars?: number;
  /**
   * Each hashed block's length after normalising (words, characters, word classes, words as written; 1 if
   * absent): with one L2 penalty for all, a longer block's weights have more room (a lighter penalty).
   */
  scaleWords?: number;
  scaleChars?: number;
  scaleClasses?: number;
  scaleRaw?: number;
  /** L2 penalty of hashed weights and of named ones (per unit of total row weight). */
  l2: number;
  l2Named: number;
  /** A bucket must occur in at least this many training rows to get a weight. */
  minRows: number;
  /** Only the largest hashed weights ship. */
  maxHashed: number;
  /** Weight of a CLEF-2019 row relative to a ClaimBuster row, and of positives within each. */
  weightCt: number;
  positiveWeightCt: number;
  positiveWeightCb: number;
  maxIter: number;
  /** The shipped decision threshold. */
  threshold: number;
  /**
   * Added to the shipped intercept so that `threshold` is where ClaimBuster's F1 peaks in
   * cross-validation (the regression alone puts the peak near 0.36): ln((1 − 0.36) / 0.36).
   */
  logitShift: number;
  /**
   * Besides the shared weights, each dataset gets its own copy of every feature (Daumé's "easy domain
   * adaptation"): each copy absorbs what only one dataset's annotators reward. The shipped weights
   * are the shared ones plus ClaimBuster's copy.
   */
  datasetCopies: boolean;
  /**
   * Penalise each hashed weight by l2 / idf² (idf = ln((1 + rows) / (1 + rows with the bucket)) + 1), as
   * a TF-IDF weighting of the same binary features would: rare terms are penalised less.
   */
  idfPenalty?: boolean;
  /** L2 penalty of the context features (context.ts): only CLEF-2019 rows have context to learn them from. */
  l2Context: number;
  /**
   * NB-SVM's log-count ratio as a penalty (Wang & Manning 2012): a hashed column scaled by
   * s = (1 − nbScale) + nbScale · |r| / mean |r| (r: log ratio of its weighted rows among positives
   * and negatives) is penalised l2 / s², so a term that tells the classes apart has more room.
   */
  nbScale?: number;
}

export const DEFAULT_TRAIN_CONFIG: TrainConfig = {
  bits: 18,
  charMin: 3,
  charMax: 5,
  classNgrams: 3,
  rawChars: 5,
  l2: 1e-4,
  l2Named: 1e-4,
  l2Context: 3e-4,
  minRows: 2,
  maxHashed: 30000,
  weightCt: 0.2,
  positiveWeightCt: 1,
  positiveWeightCb: 1,
  maxIter: 100,
  threshold: 0.5,
  logitShift: 0.58,
  datasetCopies: false,
};

/** The hashing settings of a training configuration (rawChars only when set, so older files stay as they were). */
export function hashingOf(cfg: TrainConfig): HashingConfig {
  const scales = [cfg.scaleWords ?? 1, cfg.scaleChars ?? 1, cfg.scaleClasses ?? 1, cfg.scaleRaw ?? 1];
  return {
    bits: cfg.bits,
    charMin: cfg.charMin,
    charMax: cfg.charMax,
    classNgrams: cfg.classNgrams,
    ...(cfg.rawChars ? { rawChars: cfg.rawChars } : {}),
    ...(scales.some((x) => x !== 1) ? { blockScales: scales } : {}),
  };
}

/** Settings that are off unless given (not in DEFAULT_TRAIN_CONFIG, so the model file does not list them). */
export const OPTIONAL_TRAIN_SETTINGS: readonly string[] = ['idfPenalty', 'nbScale', 'scaleWords', 'scaleChars', 'scaleClasses', 'scaleRaw'];

export const CT_DATASET = 'ct19-task1';

export interface TrainRow {
  vector: ScoringVector;
  label: boolean;
  dataset: string;
}

const FIXED = 2; // column 0: intercept; column 1: offset of CLEF-2019 rows

/** Columns: the two intercepts, named features (sorted), then buckets seen in ≥ minRows rows (ascending). */
function columnsOf(rows: TrainRow[], cfg: TrainConfig): { names: string[]; buckets: number[]; df: number[] } {
  const names = new Set<string>();
  const count = new Map<number, number>();
  const mask = (1 << cfg.bits) - 1;
  for (const r of rows) {
    for (const h of r.vector.named) names.add(h.feature);
    const seen = new Set<number>();
    for (let i = 0; i < r.vector.buckets.length; i++) seen.add(r.vector.buckets[i] & mask);
    for (const b of seen) count.set(b, (count.get(b) ?? 0) + 1);
  }
  const buckets = [...count].filter(([, n]) => n >= cfg.minRows).map(([b]) => b).sort((a, b) => a - b);
  return { names: [...names].sort(), buckets, df: buckets.map((b) => count.get(b)!) };
}

function matrixOf(rows: TrainRow[], names: string[], buckets: number[], cfg: TrainConfig): SparseRows {
  const nameCol = new Map(names.map((n, i) => [n, FIXED + i]));
  const bucketCol = new Map(buckets.map((b, i) => [b, FIXED + names.length + i]));
  const mask = (1 << cfg.bits) - 1;
  const width = names.length + buckets.length;
  const rowPtr = new Int32Array(rows.length + 1);
  const cols: number[] = [];
  const vals: number[] = [];
  rows.forEach((r, i) => {
    const entries = new Map<number, number>([[0, 1]]);
    if (r.dataset === CT_DATASET) entries.set(1, 1);
    for (const h of r.vector.named) entries.set(nameCol.get(h.feature)!, 1);
    for (let k = 0; k < r.vector.buckets.length; k++) {
      const c = bucketCol.get(r.vector.buckets[k] & mask);
      if (c !== undefined) entries.set(c, (entries.get(c) ?? 0) + r.vector.values[k]);
    }
    const copy = r.dataset === CT_DATASET ? 2 * width : width;
    for (const [c, v] of [...entries].sort((a, b) => a[0] - b[0])) {
      cols.push(c);
      vals.push(v);
    }
    if (cfg.datasetCopies) {
      for (const [c, v] of [...entries].sort((a, b) => a[0] - b[0])) {
        if (c < FIXED) continue;
        cols.push(c + copy);
        vals.push(v);
      }
    }
    rowPtr[i + 1] = cols.length;
  });
  return { rowPtr, cols: Int32Array.from(cols), vals: Float64Array.from(vals), nCols: FIXED + width * (cfg.datasetCopies ? 3 : 1) };
}

function rowWeights(rows: TrainRow[], cfg: TrainConfig): Float64Array {
  const w = rows.map((r) => {
    const ct = r.dataset === CT_DATASET;
    return (ct ? cfg.weightCt : 1) * (r.label ? (ct ? cfg.positiveWeightCt : cfg.positiveWeightCb) : 1);
  });
  // Normalised to a mean of 1, so the penalties mean the same whatever the mix of rows.
  const mean = w.reduce((a, b) => a + b, 0) / Math.max(1, w.length);
  return Float64Array.from(w, (x) => x / mean);
}

const round4 = (x: number) => Math.round(x * 10000) / 10000;

/** Keeps the maxHashed largest hashed weights, as signed bytes times one scale. */
function quantise(w: Float64Array, from: number, buckets: number[], maxHashed: number): ClaimModelFile['hashed'] {
  const order = buckets.map((_, i) => i).sort((a, b) => Math.abs(w[from + b]) - Math.abs(w[from + a]) || a - b);
  const kept = order.slice(0, maxHashed);
  const largest = kept.length ? Math.abs(w[from + kept[0]]) : 0;
  const scale = largest > 0 ? largest / 127 : 1;
  const pairs = kept.map((i) => [buckets[i], Math.round(w[from + i] / scale)] as const).filter(([, q]) => q !== 0).sort((a, b) => a[0] - b[0]);
  return encodeHashed(pairs.map(([b]) => b), pairs.map(([, q]) => q), scale);
}

export interface FittedWeights {
  names: string[];
  buckets: number[];
  /** Intercept, CLEF-2019 offset, named weights, bucket weights: the shipped (ClaimBuster) view. */
  w: Float64Array;
}

/** Each bucket column's NB-SVM scale (see TrainConfig.nbScale): 1 for every column when nbScale is 0. */
function nbScales(x: SparseRows, rows: TrainRow[], rowWeight: Float64Array, from: number, count: number, beta: number): Float64Array {
  const out = new Float64Array(count).fill(1);
  if (!beta) return out;
  const pos = new Float64Array(count);
  const neg = new Float64Array(count);
  let totalPos = 0;
  let totalNeg = 0;
  rows.forEach((r, i) => {
    const w = rowWeight[i];
    if (r.label) totalPos += w;
    else totalNeg += w;
    for (let k = x.rowPtr[i]; k < x.rowPtr[i + 1]; k++) {
      const c = x.cols[k] - from;
      if (c < 0 || c >= count) continue;
      if (r.label) pos[c] += w;
      else neg[c] += w;
    }
  });
  const ratio = new Float64Array(count);
  let sum = 0;
  for (let j = 0; j < count; j++) {
    ratio[j] = Math.abs(Math.log(((pos[j] + 1) / (totalPos + 1)) / ((neg[j] + 1) / (totalNeg + 1))));
    sum += ratio[j];
  }
  const mean = sum / Math.max(1, count) || 1;
  for (let j = 0; j < count; j++) out[j] = Math.max(0.05, 1 - beta + (beta * ratio[j]) / mean);
  return out;
}

export function fitWeights(rows: TrainRow[], cfg: TrainConfig): FittedWeights {
  const { names, buckets, df } = columnsOf(rows, cfg);
  const x = matrixOf(rows, names, buckets, cfg);
  const weights = rowWeights(rows, cfg);
  const nb = nbScales(x, rows, weights, FIXED + names.length, buckets.length, cfg.nbScale ?? 0);
  const width = names.length + buckets.length;
  const penalty = new Float64Array(x.nCols);
  for (let j = FIXED; j < x.nCols; j++) {
    const k = (j - FIXED) % width;
    if (k < names.length) penalty[j] = (isContextFeature(names[k]) ? cfg.l2Context : cfg.l2Named) * rows.length;
    else {
      const idf = cfg.idfPenalty ? Math.log((1 + rows.length) / (1 + df[k - names.length])) + 1 : 1;
      const scale = nb[k - names.length];
      penalty[j] = (cfg.l2 / (idf * idf * scale * scale)) * rows.length;
    }
  }
  const y = Uint8Array.from(rows, (r) => (r.label ? 1 : 0));
  const all = fitLogistic({ x, y, rowWeight: weights, penalty }, { maxIter: cfg.maxIter, gradTol: 1e-6 });
  const w = all.slice(0, FIXED + width);
  if (cfg.datasetCopies) for (let j = FIXED; j < w.length; j++) w[j] += all[j + width];
  return { names, buckets, w };
}

export function trainModel(rows: TrainRow[], cfg: TrainConfig, provenance: ModelProvenance): ClaimModelFile {
  const { names, buckets, w } = fitWeights(rows, cfg);
  const named: Record<string, number> = {};
  names.forEach((n, i) => {
    const v = round4(w[FIXED + i]);
    if (v !== 0) named[n] = v;
  });
  return {
    format: 'claimlens-claim-model',
    version: 2,
    provenance,
    training: { ...cfg },
    hashing: hashingOf(cfg),
    threshold: cfg.threshold,
    bias: round4(w[0] + cfg.logitShift),
    named,
    hashed: quantise(w, FIXED + names.length, buckets, cfg.maxHashed),
  };
}
