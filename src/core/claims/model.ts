/** The check-worthiness model: a logistic regression over the claim features, and the claim type they point to. */
import type { ClaimType } from '../types';
import type { FeatureHit, FeatureId } from './featureIds';
import { readerExcerpt } from '../text/strings';

/**
 * Weights of a logistic model over the features above, fitted offline (L2-regularised logistic
 * regression, L2 = 3) on the ClaimBuster development sentences, checked by two-fold
 * cross-validation; only this table ships, never the data.
 */
export const WEIGHTS: Readonly<Record<FeatureId | 'bias', number>> = {
  bias: -2.38,
  '18+ words': 0.03,
  '35+ words': 0.10,
  'absolute word': -0.22,
  acronym: 0.87,
  'addressing someone': -0.31,
  'adjective-heavy': 0.14,
  adverb: 0.16,
  'broken-off sentence': -0.36,
  causal: 0.35,
  'collective we': 0.60,
  comparative: 0.24,
  'comparison word': 0.66,
  'completed action': 0.54,
  copula: 0.21,
  'counted noun': -0.08,
  date: -0.11,
  'debate talk': -0.62,
  'deictic opener': -0.40,
  'discourse opener': -0.12,
  'economy word': 0.58,
  'education or energy word': 0.01,
  existential: 0.11,
  'few nouns': -0.48,
  'figure about others': 0.26,
  filler: -0.12,
  'first person': -0.37,
  'health or welfare word': 0.41,
  hedge: -0.14,
  hypothetical: -0.87,
  intention: -0.72,
  'law or rule': 0.35,
  'long sentence': 0.12,
  'medium sentence': -0.11,
  modal: -0.39,
  'money or percent': 1.24,
  'money word': 0.49,
  negation: 0.05,
  'noun-dense': 0.28,
  number: 1.17,
  'number with a name': -0.26,
  'opinion or courtesy': -0.32,
  ordinal: -0.43,
  organisation: 0.27,
  'past event with named actor': 0.04,
  'past tense': 0.76,
  percentage: 0.80,
  'perfect tense': 0.15,
  person: -0.05,
  place: 0.43,
  'politics word': 0.27,
  possessive: -0.27,
  prediction: 0.36,
  'present tense': -0.13,
  promise: -0.82,
  'public body': 0.30,
  'quantity word': -0.14,
  question: -1.11,
  'reported claim': 0.62,
  rhetoric: -0.14,
  'second person': -0.26,
  'security word': 0.76,
  'several names': 0.48,
  'several numbers': 0.82,
  'short sentence': -0.01,
  'source cited': 0.41,
  'speaker intent': -0.05,
  'speaker past action': 0.49,
  'speaker self-reference': -0.40,
  stance: -0.57,
  'stated position': 1.57,
  'statistics word': 0.27,
  superlative: -0.05,
  'superlative with scope': 1.21,
  'third person': 0.33,
  'third-person opener': 0.81,
  'third-person past': -0.06,
  'time comparison': 0.07,
  'time span': 0.38,
  trend: 0.82,
  'value judgement': -0.36,
  'values rhetoric': -0.83,
  'very long sentence': 0,
  'voting record': 0.59,
  year: 1.41,
};

/** Full Fact type by the strongest evidence present: figures and rankings first, then causes, rules, forecasts, experience. */
const TYPE_OF: readonly [FeatureId, ClaimType][] = [
  ['number', 'quantity'], ['money or percent', 'quantity'], ['percentage', 'quantity'],
  // A ranking against a scope or a direction of change is a statement about quantities, even without a figure.
  ['superlative with scope', 'quantity'], ['trend', 'quantity'],
  ['causal', 'causation'], ['law or rule', 'law'], ['prediction', 'prediction'], ['speaker self-reference', 'personal'],
  ['superlative', 'quantity'], ['comparative', 'quantity'],
];

export function scoreFeatures(hits: FeatureHit[]): { score: number; type: ClaimType; reasons: string[] } {
  let z = WEIGHTS.bias;
  const reasons: string[] = [];
  const present = new Set<FeatureId>();
  const weighed: { w: number; reason: string }[] = [];
  for (const h of hits) {
    const w = WEIGHTS[h.feature];
    z += w;
    present.add(h.feature);
    if (w > 0.15) {
      const excerpt = readerExcerpt(h.evidence, 60);
      weighed.push({ w, reason: excerpt ? `${h.feature}: "${excerpt}"` : h.feature });
    }
  }
  // Strongest evidence first: the hover and the sidebar show reasons in this order.
  for (const { reason } of weighed.sort((a, b) => b.w - a.w)) reasons.push(reason);
  const score = 1 / (1 + Math.exp(-z));
  let type: ClaimType = 'other';
  for (const [f, ty] of TYPE_OF) {
    if (present.has(f)) {
      type = ty;
      break;
    }
  }
  // Four decimals: near 0 and 1 three decimals merged sentences the weights tell apart, and
  // a ranking cannot order what shares a score.
  return { score: Math.round(score * 10000) / 10000, type, reasons };
}
