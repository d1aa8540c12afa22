/**
 * The learned re-ranker: a linear score of the pair features of features.ts (weights fitted by
 * LambdaRank from a conditional logit's: scripts/matching/logistic.ts), then a Platt calibration of its score into the similarity
 * ClaimLens shows: the probability that the earlier fact-check checked the same claim.
 * Trained by scripts/matching/trainReranker.ts (rerankerModel.generated.ts).
 */
import { penalised, type Agreement } from './agreement';
import type { Bm25Params } from './bm25Index';
import type { FeatureVector } from './features';

export interface RerankerModel {
  /** Names the model, so a cached index built for another one is rebuilt. */
  id: string;
  bm25: Bm25Params;
  features: readonly string[];
  mean: readonly number[];
  std: readonly number[];
  weights: readonly number[];
  /** similarity = 1 / (1 + exp(-(a · score + m · margin + b))); margin: score − best other score of the list. */
  calibration: { a: number; m: number; b: number };
  /** Similarity from which a match counts as strong ("checked before"). */
  strongSimilarity: number;
}

/** The re-ranker's score (higher is better; comparable across claims only once calibrated). */
export function rerankScore(model: RerankerModel, x: FeatureVector): number {
  let z = 0;
  for (let j = 0; j < model.weights.length; j++) z += (model.weights[j] * (x[j] - model.mean[j])) / model.std[j];
  return z;
}

/** Calibrated similarity of each candidate of one claim's list, from their scores. */
export function similarities(model: RerankerModel, scores: readonly number[]): number[] {
  let best = -Infinity;
  let second = -Infinity;
  for (const s of scores) {
    if (s > best) [best, second] = [s, best];
    else if (s > second) second = s;
  }
  const { a, m, b } = model.calibration;
  return scores.map((s) => {
    const other = s === best ? second : best;
    const margin = Number.isFinite(other) ? s - other : MARGIN_ALONE;
    return 1 / (1 + Math.exp(-(a * s + m * margin + b)));
  });
}

/** The margin of a candidate with no rival (a one-document archive): as clear as it gets in training. */
const MARGIN_ALONE = 5;

export interface RankedCandidate {
  /** Position in the list given. */
  index: number;
  score: number;
  /** Calibrated, then lowered for each disagreement (agreement.ts). */
  similarity: number;
  strong: boolean;
}

/** One claim's candidates ranked as ClaimLens shows them: by final similarity, then score, then list order. */
export function rankCandidates(model: RerankerModel, features: readonly FeatureVector[], agreements: readonly Agreement[]): RankedCandidate[] {
  const scores = features.map((x) => rerankScore(model, x));
  const sims = similarities(model, scores);
  return scores
    .map((score, index) => {
      const similarity = penalised(sims[index], agreements[index]);
      return { index, score, similarity, strong: similarity >= model.strongSimilarity && !agreements[index].numbersConflict };
    })
    .sort((a, b) => b.similarity - a.similarity || b.score - a.score || a.index - b.index);
}
