/**
 * Training the matcher's re-ranker from queries with known relevant fact-checks: candidate
 * features exactly as MatchIndex computes them, weights fitted over each query's candidates
 * (LambdaRank from the conditional logit's, logistic.ts), a Platt calibration of its score, and the strong-match threshold. Shared by
 * scripts/matching/trainReranker.ts (the shipped model) and the eval's cross-validation.
 */
import type { Bm25Params } from '../../src/core/matching/bm25Index';
import { FEATURE_NAMES } from '../../src/core/matching/features';
import type { MatchIndex } from '../../src/core/matching/matchIndex';
import { terms } from '../../src/core/matching/tokens';
import type { FactCheck } from '../../src/core/matching/types';
import type { Agreement } from '../../src/core/matching/agreement';
import { rankCandidates, rerankScore, type RerankerModel } from '../../src/core/matching/reranker';
import { fitLambdaRank, fitLogistic, type LogisticModel } from './logistic';

export interface MatchingQuery {
  id: string;
  text: string;
  relevant: string[];
  split?: string;
}

export interface CandidateGroup {
  query: MatchingQuery;
  ids: string[];
  rows: number[][];
  agreements: Agreement[];
  labels: number[];
}

/** The claim's terms as one string: two fact-checks with the same key are copies. */
const copyKey = (f: FactCheck): string => terms(f.claim).join(' ');

/**
 * Each query's candidates; `withoutRelevant` drops its relevant fact-checks and their copies
 * (the archive holds some claims twice, differing in quotation marks only), to stand for a
 * claim never checked before.
 */
export function candidateGroups(index: MatchIndex, queries: readonly MatchingQuery[], withoutRelevant = false, archive: readonly FactCheck[] = []): CandidateGroup[] {
  const byId = new Map(archive.map((f) => [f.id, f]));
  return queries.map((query) => {
    const relevant = new Set(query.relevant);
    const copies = new Set(query.relevant.flatMap((id) => (byId.has(id) ? [copyKey(byId.get(id)!)] : [])));
    const exclude = withoutRelevant ? (f: FactCheck) => relevant.has(f.id) || copies.has(copyKey(f)) : undefined;
    const cands = index.candidates(query.text, exclude);
    return { query, ids: cands.map((c) => c.fact.id), rows: cands.map((c) => c.features), agreements: cands.map((c) => c.agreement), labels: cands.map((c) => (relevant.has(c.fact.id) ? 1 : 0)) };
  });
}

/** Ids ranked as MatchIndex.match ranks them, best first. */
export function rankGroup(model: RerankerModel, group: CandidateGroup): string[] {
  return rankCandidates(model, group.rows, group.agreements).map((r) => group.ids[r.index]);
}

/** What a strong match must achieve on the training queries. */
export const STRONG_PRECISION = 0.95;
export const STRONG_FALSE_ALARMS = 0.05;

/** The best candidate of a list: its similarity, whether it may be strong, and whether it is relevant. */
export function bestOf(model: RerankerModel, g: CandidateGroup): { sim: number; mayBeStrong: boolean; right: boolean } | undefined {
  const best = rankCandidates(model, g.rows, g.agreements)[0];
  if (!best) return undefined;
  return { sim: best.similarity, mayBeStrong: !g.agreements[best.index].numbersConflict, right: g.labels[best.index] === 1 };
}

/**
 * The lowest similarity at which "the best match is strong" is right STRONG_PRECISION of the
 * time on the queries as they are, and raises a false alarm on at most STRONG_FALSE_ALARMS of
 * them once their relevant fact-checks (and copies) are removed: a claim never checked before.
 */
export function strongThreshold(model: RerankerModel, present: readonly CandidateGroup[], absent: readonly CandidateGroup[]): number {
  const p = present.map((g) => bestOf(model, g)).filter((b) => b !== undefined && b.mayBeStrong);
  const a = absent.map((g) => bestOf(model, g)).flatMap((b) => (b?.mayBeStrong ? [b.sim] : []));
  const candidates = [...new Set([...p.map((b) => b!.sim), ...a])].sort((x, y) => x - y);
  for (const t of candidates) {
    const strong = p.filter((b) => b!.sim >= t);
    const precision = strong.length === 0 ? 1 : strong.filter((b) => b!.right).length / strong.length;
    const alarms = a.filter((s) => s >= t).length / Math.max(1, absent.length);
    if (precision >= STRONG_PRECISION && alarms <= STRONG_FALSE_ALARMS) return t;
  }
  return 1;
}

/** Per candidate: its score and its margin over the best other candidate of its list. */
function calibrationRows(model: RerankerModel, g: CandidateGroup): number[][] {
  const scores = g.rows.map((x) => rerankScore(model, x));
  return scores.map((s, i) => {
    const other = Math.max(...scores.filter((_, j) => j !== i));
    return [s, Number.isFinite(other) ? s - other : 5];
  });
}

/** Fits the ranking weights from each query's candidate rows and labels (experiments swap in other losses). */
export type RankFit = (groups: readonly { rows: number[][]; labels: number[] }[], l2: number) => LogisticModel;

export function trainReranker(present: readonly CandidateGroup[], absent: readonly CandidateGroup[], bm25: Bm25Params, l2 = 1, fit: RankFit = fitLambdaRank): RerankerModel {
  const cl = fit(present.map((g) => ({ rows: g.rows, labels: g.labels })), l2);
  const draft: RerankerModel = { id: '', bm25, features: [...FEATURE_NAMES], mean: cl.mean, std: cl.std, weights: cl.weights, calibration: { a: 1, m: 0, b: 0 }, strongSimilarity: 1 };
  // Platt scaling over every candidate of the real and the never-checked lists.
  const groups = [...present, ...absent];
  const platt = fitLogistic(groups.flatMap((g) => calibrationRows(draft, g)), groups.flatMap((g) => g.labels), 1e-6);
  const [a, m] = platt.weights.map((w, j) => w / platt.std[j]);
  const calibrated: RerankerModel = { ...draft, calibration: { a, m, b: platt.bias - a * platt.mean[0] - m * platt.mean[1] } };
  return { ...calibrated, strongSimilarity: strongThreshold(calibrated, present, absent) };
}
