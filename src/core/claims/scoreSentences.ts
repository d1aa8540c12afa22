/**
 * Check-worthiness of each sentence of a paragraph with the shipped learned model; for the sentences
 * at or above the threshold, also their type and the reasons behind the score.
 */
import type { Tokenized } from '../text/tokens';
import type { ClaimType } from '../types';
import { claimTypeOf } from './claimType';
import { explain, logitOf, probability, reasonsOf } from './learnedScorer';
import { paragraphVectors } from './paragraphSentences';
import { CLAIM_THRESHOLD, shippedModel } from './shippedModel';

export interface ScoredSentence {
  score: number;
  /** Present when the sentence is a claim (score ≥ CLAIM_THRESHOLD). */
  claim?: { type: ClaimType; reasons: string[] };
}

export function scoreParagraphSentences(text: string, tz: Tokenized): ScoredSentence[] {
  const model = shippedModel();
  return paragraphVectors(text, tz, model.hashing).map((v, si) => {
    if (!v) return { score: 0 };
    const score = probability(logitOf(model, v));
    if (score < CLAIM_THRESHOLD) return { score };
    const [a, b] = tz.sentenceTokens[si];
    const type = claimTypeOf(tz.tokens, a, b, new Set(v.named.map((h) => h.feature)));
    return { score, claim: { type, reasons: reasonsOf(explain(model, v)) } };
  });
}
