/**
 * The claim-matching section of `npm run eval` (../shared/eval/README.md, matching/): MAP@1/3/5/10
 * and MRR@10 per split for
 *   bm25_reference  the plain BM25 yardstick (claim + title, k1 1.2, b 0.75, stop words out),
 *   first_stage     ClaimLens's BM25 alone (cleaned tweets, stems, title weighted 0.7),
 *   claimlens       the shipped matcher: first stage + the re-ranker trained on "train" only,
 *   cv5             5-fold cross-validation over all queries of the re-ranker (and, as a plain
 *                   learned baseline, of a pointwise logistic regression on the same features),
 * and how often a strong match ("checked before") is right. The headline figures are the
 * shipped matcher's on the queries outside the training split.
 */
import { DEFAULT_BM25 } from '../../src/core/matching/bm25Index';
import { FEATURE_NAMES } from '../../src/core/matching/features';
import { MatchIndex } from '../../src/core/matching/matchIndex';
import type { RerankerModel } from '../../src/core/matching/reranker';
import { RERANKER_MODEL } from '../../src/core/matching/rerankerModel.generated';
import type { MatchingData } from '../matching/data';
import { fitLogistic, type LogisticModel } from '../matching/logistic';
import { bestOf, candidateGroups, rankGroup, trainReranker, type CandidateGroup, type MatchingQuery } from '../matching/training';
import { PlainBm25 } from './bm25Reference';
import { rankingFigures, type RankingFigures } from './rankingMetrics';

const TRAIN = 'train';
type Run = { query: MatchingQuery; ranked: string[] };
type PerSplit = Record<string, RankingFigures>;

function perSplit(runs: readonly Run[]): PerSplit {
  const splits = [...new Set(runs.map((r) => r.query.split ?? 'all'))].sort();
  const out: PerSplit = {};
  const fig = (rs: readonly Run[]): RankingFigures => rankingFigures(rs.map((r) => ({ ranked: r.ranked, relevant: r.query.relevant })));
  for (const s of splits) out[s] = fig(runs.filter((r) => (r.query.split ?? 'all') === s));
  out.all = fig(runs);
  return out;
}

function rankByScore(lr: LogisticModel, g: CandidateGroup): string[] {
  const score = (x: number[]): number => x.reduce((z, v, j) => z + (lr.weights[j] * (v - lr.mean[j])) / lr.std[j], lr.bias);
  return g.ids.map((id, i) => ({ id, i, s: score(g.rows[i]) })).sort((a, b) => b.s - a.s || a.i - b.i).map((r) => r.id);
}

/** 5 folds by query position; each fold ranked by a model trained on the other four. */
function crossValidate(present: readonly CandidateGroup[], absent: readonly CandidateGroup[], pointwise: boolean): Run[] {
  const runs: Run[] = [];
  for (let k = 0; k < 5; k++) {
    const inFold = (_: unknown, i: number): boolean => i % 5 === k;
    const train = present.filter((g, i) => !inFold(g, i));
    // The plain baseline: a pointwise logistic regression on the same features, ranked by its score alone.
    const rank = pointwise
      ? ((lr) => (g: CandidateGroup) => rankByScore(lr, g))(fitLogistic(train.flatMap((g) => g.rows), train.flatMap((g) => g.labels)))
      : ((model) => (g: CandidateGroup) => rankGroup(model, g))(trainReranker(train, absent.filter((g, i) => !inFold(g, i)), DEFAULT_BM25));
    present.forEach((g, i) => {
      if (inFold(g, i)) runs[i] = { query: g.query, ranked: rank(g) };
    });
  }
  return runs;
}

/** Strong matches on the given queries: recall, precision, and false alarms once the relevant fact-checks are gone. */
function strongFigures(model: RerankerModel, present: readonly CandidateGroup[], absent: readonly CandidateGroup[]): Record<string, number> {
  const isStrong = (b: ReturnType<typeof bestOf>): boolean => !!b && b.mayBeStrong && b.sim >= model.strongSimilarity;
  const p = present.map((g) => bestOf(model, g)).filter(isStrong);
  const a = absent.map((g) => bestOf(model, g)).filter(isStrong);
  const right = p.filter((b) => b!.right).length;
  return { threshold: model.strongSimilarity, queries: present.length, recall: right / Math.max(1, present.length), precision: p.length ? right / p.length : 1, false_alarm_rate_never_checked: a.length / Math.max(1, absent.length) };
}

export function evaluateMatching(data: MatchingData): Record<string, unknown> {
  const t0 = Date.now();
  const reference = new PlainBm25(data.archive.map((f) => f.id), data.archive.map((f) => `${f.claim} ${f.title ?? ''}`));
  const bm25Runs = data.queries.map((query) => ({ query, ranked: reference.search(query.text, 10) }));
  const index = new MatchIndex();
  index.setSource(data.archiveFile, data.archive);
  const shipped = data.queries.map((query) => ({ query, ranked: index.match(query.text, { top: 10 }).map((m) => m.fact.id) }));
  const present = candidateGroups(index, data.queries);
  const absent = candidateGroups(index, data.queries, true, data.archive);
  const firstStage = present.map((g) => ({ query: g.query, ranked: g.ids.slice(0, 10) }));
  const heldOut = (i: number): boolean => data.queries[i].split !== TRAIN;
  const headline = perSplit(shipped.filter((_, i) => heldOut(i))).all;
  return {
    ...headline,
    headline: 'shipped matcher (re-ranker trained on the "train" split only) on the other queries',
    claimlens: perSplit(shipped),
    bm25_reference: perSplit(bm25Runs),
    first_stage: perSplit(firstStage),
    cv5: { claimlens: perSplit(crossValidate(present, absent, false)).all, logistic_baseline: perSplit(crossValidate(present, absent, true)).all },
    strong: strongFigures(RERANKER_MODEL, present.filter((_, i) => heldOut(i)), absent.filter((_, i) => heldOut(i))),
    model: RERANKER_MODEL.id,
    features: FEATURE_NAMES.length,
    archive: data.archive.length,
    seconds: (Date.now() - t0) / 1000,
  };
}
