/**
 * Experiments on the matcher's re-ranker (not shipped; README "Accuracy" names the results):
 * the shipped first stage's candidate groups with extra feature columns, the re-ranker trained
 * as trainReranker trains it, and dev MAP@5 (trained on "train") beside 5-fold MAP@5 over all
 * queries. A learned extra feature is cross-fitted: a training row's value comes from a model
 * fitted without its own query (inner 5 folds), a test row's from the model of all training queries.
 * MATCHING_DUMP=file writes each query's first right rank (dev and 5-fold, 0: none), for diffs.
 */
import { writeFileSync } from 'node:fs';
import { DEFAULT_BM25 } from '../../../src/core/matching/bm25Index';
import { MatchIndex } from '../../../src/core/matching/matchIndex';
import { cleanClaimText } from '../../../src/core/matching/normalize';
import { terms } from '../../../src/core/matching/tokens';
import type { FactCheck } from '../../../src/core/matching/types';
import { rankingFigures } from '../../eval/rankingMetrics';
import { loadMatchingData } from '../data';
import { candidateGroups, rankGroup, trainReranker, type CandidateGroup, type MatchingQuery } from '../training';

export const data = loadMatchingData();
export const byId = new Map<string, FactCheck>(data.archive.map((f) => [f.id, f]));
const index = new MatchIndex();
index.setSource(data.archiveFile, data.archive);
export const present = candidateGroups(index, data.queries);
export const absent = candidateGroups(index, data.queries, true, data.archive);
export const qTerms = new Map<string, string[]>(data.queries.map((q) => [q.id, terms(cleanClaimText(q.text))]));
const fTermCache = new Map<string, [string[], string[]]>();
export function fTerms(id: string): [string[], string[]] {
  let t = fTermCache.get(id);
  if (!t) {
    const f = byId.get(id)!;
    t = [terms(f.claim), terms(f.title ?? '')];
    fTermCache.set(id, t);
  }
  return t;
}
/** Given training queries, returns a scorer of (query, fact id) → extra features. */
export type Learner = (train: readonly MatchingQuery[]) => (q: MatchingQuery, factId: string) => number[];

function extend(g: CandidateGroup, f: (q: MatchingQuery, id: string) => number[]): CandidateGroup {
  return { ...g, rows: g.rows.map((r, i) => [...r, ...f(g.query, g.ids[i])]) };
}
/** Training groups with out-of-fold extra features (inner 5 folds), test groups with a model on all training queries. */
function prepare(learner: Learner | undefined, train: number[], test: number[], groups: readonly CandidateGroup[]): { tr: CandidateGroup[]; te: CandidateGroup[] } {
  if (!learner) return { tr: train.map((i) => groups[i]), te: test.map((i) => groups[i]) };
  const full = learner(train.map((i) => data.queries[i]));
  const te = test.map((i) => extend(groups[i], full));
  const tr: CandidateGroup[] = [];
  for (let k = 0; k < 5; k++) {
    const inner = train.filter((_, j) => j % 5 !== k);
    const f = learner(inner.map((i) => data.queries[i]));
    train.forEach((i, j) => {
      if (j % 5 === k) tr[j] = extend(groups[i], f);
    });
  }
  return { tr, te };
}
/** The re-ranker's trainer: trainReranker unless an experiment swaps in another fit (pairwise.ts). */
let trainer: typeof trainReranker = trainReranker;
export function setTrainer(t: typeof trainReranker): void {
  trainer = t;
}
const map5 = (gs: readonly CandidateGroup[], ranked: string[][]): number => rankingFigures(gs.map((g, i) => ({ ranked: ranked[i], relevant: g.query.relevant })))['map@5'];
/** A query's fold: by position (i mod 5), or MATCHING_FOLD_SEED=n deals the queries by a seeded hash, for another split of the same 5-fold figure. */
const foldSeed = Number(process.env.MATCHING_FOLD_SEED ?? 0);
function foldOf(i: number): number {
  if (foldSeed === 0) return i % 5;
  let h = Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(foldSeed, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return ((h ^ (h >>> 13)) >>> 0) % 5;
}
export type ListFeatures = (g: CandidateGroup) => number[][];
/** Several list features side by side, in order. */
export const bothFeatures =
  (...fs: ListFeatures[]): ListFeatures =>
  (g) => {
    const parts = fs.map((f) => f(g));
    return g.ids.map((_, i) => parts.flatMap((p) => p[i]));
  };
/** A text's consecutive word pairs. */
export const wordPairs = (ts: string[]): Set<string> => new Set(ts.slice(1).map((t, i) => `${ts[i]} ${t}`));
export function evaluate(name: string, learner?: Learner, drop: number[] = [], list?: ListFeatures): void {
  const t0 = Date.now();
  const all = data.queries.map((_, i) => i);
  const strip = (g0: CandidateGroup): CandidateGroup => {
    const g = list ? ((extra) => ({ ...g0, rows: g0.rows.map((r, i) => [...r, ...extra[i]]) }))(list(g0)) : g0;
    return drop.length ? { ...g, rows: g.rows.map((r) => r.filter((_, j) => !drop.includes(j))) } : g;
  };
  const run = (train: number[], test: number[]): { te: CandidateGroup[]; ranked: string[][]; mrr: number; m1: number } => {
    const p = prepare(learner, train, test, present.map(strip));
    const a = prepare(learner, train, [], absent.map(strip));
    const model = trainer(p.tr, a.tr, DEFAULT_BM25);
    const ranked = p.te.map((g) => rankGroup(model, g));
    const fig = rankingFigures(p.te.map((g, i) => ({ ranked: ranked[i], relevant: g.query.relevant })));
    return { te: p.te, ranked, mrr: fig['mrr@10'], m1: fig['map@1'] };
  };
  const dev = run(all.filter((i) => data.queries[i].split === 'train'), all.filter((i) => data.queries[i].split !== 'train'));
  const cvRanked: string[][] = [];
  const cvGroups: CandidateGroup[] = [];
  for (let k = 0; k < 5; k++) {
    const r = run(all.filter((i) => foldOf(i) !== k), all.filter((i) => foldOf(i) === k));
    all.filter((i) => foldOf(i) === k).forEach((i, j) => {
      cvRanked[i] = r.ranked[j];
      cvGroups[i] = r.te[j];
    });
  }
  if (process.env.MATCHING_DUMP) {
    const firstRight = (ranked: string[], g: CandidateGroup): number => ranked.findIndex((id) => g.query.relevant.includes(id)) + 1;
    const rows = cvGroups.map((g, i) => ({ id: g.query.id, split: g.query.split, cv: firstRight(cvRanked[i], g), dev: 0 }));
    dev.te.forEach((g, j) => (rows.find((r) => r.id === g.query.id)!.dev = firstRight(dev.ranked[j], g)));
    writeFileSync(process.env.MATCHING_DUMP, JSON.stringify(rows));
  }
  console.log(`${name.padEnd(40)} dev MAP@5 ${map5(dev.te, dev.ranked).toFixed(4)} MAP@1 ${dev.m1.toFixed(4)} MRR@10 ${dev.mrr.toFixed(4)} | 5-fold ${map5(cvGroups, cvRanked).toFixed(4)}  (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
}
