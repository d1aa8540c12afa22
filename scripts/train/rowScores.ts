/** A labelled row's score as `npm run eval` computes it: the best of the engine's sentences in it. */
import type { ClaimModel } from '../../src/core/claims/claimModel';
import { logitOf, probability } from '../../src/core/claims/learnedScorer';
import type { RowVectors } from './dataset';

export function rowScore(model: ClaimModel, v: RowVectors): number {
  let best = 0;
  for (const s of v.sentences) if (s) best = Math.max(best, probability(logitOf(model, s)));
  return best;
}
