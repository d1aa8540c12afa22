/**
 * Cross-validation of claim scorers on the dev file, the folds fixed and shared by every scorer:
 * leave one CLEF-2019 debate out (train on the rest, rank the held-out debate; MAP over debates) and
 * 5 folds of ClaimBuster (F1 at the shipped threshold, AP). Rows of the other dataset may join each
 * training fold, minus any sentence whose text also occurs in the held-out part (three 2016
 * debates are in both datasets), so no held-out sentence is ever trained on.
 */
import { fnv1a32 } from '../../src/core/claims/hashing';
import type { LabelledRow } from '../train/dataset';
import { averagePrecision, prf } from './metrics';

/** Scores of the rows it is asked about, from a model fitted on `train` (row indices). */
export type Scorer = (rows: number[]) => number[];
export type Trainer = (train: number[]) => Scorer;

export interface CvOptions {
  threshold: number;
  /** Whether the other dataset's rows join the training folds. */
  pool: boolean;
  ctDataset: string;
  cbDataset: string;
  folds: number;
  /**
   * 0: leave one debate out (the headline). N > 0: a quicker look for tuning, the debates (sorted by
   * id) dealt into N folds in turn, each trained on the others.
   */
  debateFolds?: number;
}

export interface CvFigures {
  ct19_lodo_map: number;
  ct19_debates: number;
  cb_p: number;
  cb_r: number;
  cb_f1: number;
  cb_ap: number;
}

const normalised = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Training rows: `own` plus, when pooling, `other` rows whose text is not among the held-out texts. */
function trainingRows(rows: LabelledRow[], own: number[], other: number[], heldOut: number[], pool: boolean): number[] {
  if (!pool) return own;
  const held = new Set(heldOut.map((i) => normalised(rows[i].text)));
  const train = own.concat(other.filter((i) => !held.has(normalised(rows[i].text))));
  return train.sort((a, b) => a - b);
}

export function cbFold(row: LabelledRow, folds: number): number {
  return fnv1a32(row.id) % folds;
}

export function debatesOf(rows: LabelledRow[], ctDataset: string): string[] {
  return [...new Set(rows.filter((r) => r.dataset === ctDataset).map((r) => r.doc ?? ''))].sort();
}

/** The held-out groups of debates: one each (leave one out), or dealt into `folds` groups in turn. */
export function debateGroups(debates: string[], folds = 0): string[][] {
  if (folds <= 0 || folds >= debates.length) return debates.map((d) => [d]);
  return Array.from({ length: folds }, (_, f) => debates.filter((_, k) => k % folds === f));
}

/** Mean AP over the debates that have a check-worthy sentence. */
export function meanAp(rows: LabelledRow[], idx: number[], scores: Map<number, number>): number {
  const byDoc = new Map<string, { score: number; label: boolean }[]>();
  for (const i of idx) {
    const k = rows[i].doc ?? '';
    if (!byDoc.has(k)) byDoc.set(k, []);
    byDoc.get(k)!.push({ score: scores.get(i)!, label: rows[i].label });
  }
  const aps = [...byDoc.values()].filter((d) => d.some((x) => x.label)).map(averagePrecision);
  return aps.length ? aps.reduce((a, b) => a + b, 0) / aps.length : 0;
}

export interface CvRun {
  figures: CvFigures;
  /** Out-of-fold score of every row of both datasets. */
  scores: Map<number, number>;
}

export function crossValidate(rows: LabelledRow[], trainer: Trainer, opts: CvOptions, log: (s: string) => void = () => {}): CvRun {
  const ct = rows.map((_, i) => i).filter((i) => rows[i].dataset === opts.ctDataset);
  const cb = rows.map((_, i) => i).filter((i) => rows[i].dataset === opts.cbDataset);
  const scores = new Map<number, number>();
  const debates = debatesOf(rows, opts.ctDataset);
  for (const group of debateGroups(debates, opts.debateFolds)) {
    const held = new Set(group);
    const heldOut = ct.filter((i) => held.has(rows[i].doc ?? ''));
    const own = ct.filter((i) => !held.has(rows[i].doc ?? ''));
    const scorer = trainer(trainingRows(rows, own, cb, heldOut, opts.pool));
    scorer(heldOut).forEach((s, k) => scores.set(heldOut[k], s));
    log(`  debate${group.length > 1 ? 's' : ''} ${group.join(', ')}: MAP ${meanAp(rows, heldOut, scores).toFixed(3)}`);
  }
  for (let f = 0; f < opts.folds; f++) {
    const heldOut = cb.filter((i) => cbFold(rows[i], opts.folds) === f);
    const own = cb.filter((i) => cbFold(rows[i], opts.folds) !== f);
    const scorer = trainer(trainingRows(rows, own, ct, heldOut, opts.pool));
    scorer(heldOut).forEach((s, k) => scores.set(heldOut[k], s));
    log(`  ClaimBuster fold ${f + 1}/${opts.folds}`);
  }
  return { figures: figuresOf(rows, scores, opts), scores };
}

/** The headline figures of out-of-fold scores of every row of both datasets. */
export function figuresOf(rows: LabelledRow[], scores: Map<number, number>, opts: CvOptions): CvFigures {
  const ct = rows.map((_, i) => i).filter((i) => rows[i].dataset === opts.ctDataset);
  const cb = rows.map((_, i) => i).filter((i) => rows[i].dataset === opts.cbDataset);
  const cbItems = cb.map((i) => ({ score: scores.get(i)!, label: rows[i].label }));
  const predicted = cbItems.filter((x) => x.score >= opts.threshold);
  const { p, r, f1 } = prf(predicted.filter((x) => x.label).length, predicted.length, cbItems.filter((x) => x.label).length);
  return { ct19_lodo_map: meanAp(rows, ct, scores), ct19_debates: debatesOf(rows, opts.ctDataset).length, cb_p: p, cb_r: r, cb_f1: f1, cb_ap: averagePrecision(cbItems) };
}

/** Out-of-fold scores of two scorers averaged as logits (each one's own folds, so still out of fold). */
export function blendScores(a: Map<number, number>, b: Map<number, number>, shareOfB = 0.5): Map<number, number> {
  const logit = (p: number) => {
    const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
    return Math.log(q / (1 - q));
  };
  const out = new Map<number, number>();
  for (const [i, s] of a) {
    const t = b.get(i);
    if (t !== undefined) out.set(i, 1 / (1 + Math.exp(-((1 - shareOfB) * logit(s) + shareOfB * logit(t)))));
  }
  return out;
}
