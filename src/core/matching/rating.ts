/**
 * What an archive's rating means, as one of five verdicts. Fact-checkers word ratings their
 * own way (Snopes "Mostly False", PolitiFact "Pants on Fire", Full Fact "Incorrect"), and
 * ClaimReview also gives numbers (ratingValue between worstRating and bestRating).
 *
 * "Rated false" (what `claimlens check --fail-on matched-false` fails on) means verdict
 * `false`:
 *   - a textual rating whose words say false: false, mostly false, pants on fire, fake,
 *     fabricated, hoax, incorrect, inaccurate, miscaptioned, misattributed, scam, wrong,
 *     untrue, debunked, baseless, not true, no evidence, four Pinocchios, ClaimLens's own
 *     "Disputed";
 *   - otherwise a number in the lower fifth of its scale: (ratingValue − worst) / (best − worst)
 *     ≤ 0.2 (1 of 1–5; 1–2 of 1–10; when the scale is missing, 1–5 is assumed for 1–5 values).
 * `mixed` (half true, mixture, partly false, misleading, distorted, cherry picks, exaggerated,
 * lacks context, 0.2–0.8 of the scale), `unproven` (unverified, unproven, research in
 * progress, outdated, labeled satire), `true` (true, mostly true, correct, accurate, sourced,
 * ≥ 0.8) and `unknown` (other words, e.g. Snopes "Legend", and no rating) never fail it.
 */
import type { ReviewStatus } from '../review/types';
import type { Verdict } from './types';

const FALSE_WORDS =
  /\b(?:false|mostly false|pants on fire|fake|fabricated|hoax|incorrect|inaccurate|miscaptioned|misattributed|scam|wrong|untrue|debunked|baseless|not true|no evidence|four pinocchios|disputed)\b/u;
const MIXED_WORDS = /\b(?:half[ -]true|mixture|mixed|partly|partially|half[ -]false|cherry[ -]?picks?|exaggerat\w*|misleading|distorted|lacks context|needs context|out of context|unsupported|two pinocchios|three pinocchios|spin)\b/u;
const UNPROVEN_WORDS = /\b(?:unverified|unproven|unverifiable|research in progress|outdated|undetermined|unclear|not rated|no rating|labeled satire)\b/u;
const TRUE_WORDS = /\b(?:true|mostly true|correct|accurate|sourced|verified|legit|geppetto checkmark)\b/u;

/** The verdict of a textual rating, or undefined when its words say none of these. */
export function verdictOfText(rating: string): Verdict | undefined {
  const r = rating.toLowerCase().replace(/[_-]+/gu, ' ').replace(/\s+/gu, ' ').trim();
  if (!r) return undefined;
  // Mixed and unproven first: "half true" and "partly false" contain "true" and "false".
  if (MIXED_WORDS.test(r)) return 'mixed';
  if (UNPROVEN_WORDS.test(r)) return 'unproven';
  if (/\bnot (?:false|a hoax|fake)\b/u.test(r)) return 'true';
  if (FALSE_WORDS.test(r)) return 'false';
  if (TRUE_WORDS.test(r)) return 'true';
  return undefined;
}

/** The verdict of a numeric rating; the scale defaults to 1–5 for values in 1–5. */
export function verdictOfNumber(value: number, worst?: number, best?: number): Verdict | undefined {
  if (!Number.isFinite(value)) return undefined;
  const lo = worst ?? (value >= 1 && value <= 5 ? 1 : undefined);
  const hi = best ?? (value >= 1 && value <= 5 ? 5 : undefined);
  if (lo === undefined || hi === undefined || !Number.isFinite(lo) || !Number.isFinite(hi) || hi === lo) return undefined;
  const x = (value - lo) / (hi - lo);
  if (x < -0.001 || x > 1.001) return undefined;
  if (x <= 0.2) return 'false';
  if (x >= 0.8) return 'true';
  return 'mixed';
}

export interface RatingInput {
  text?: string;
  value?: number;
  worst?: number;
  best?: number;
}

/** Words win over numbers: "Mostly False" at 2 of 1–5 is false, not mixed. */
export function verdictOf(rating: RatingInput): Verdict {
  const fromText = rating.text ? verdictOfText(rating.text) : undefined;
  if (fromText) return fromText;
  const fromNumber = rating.value === undefined ? undefined : verdictOfNumber(rating.value, rating.worst, rating.best);
  return fromNumber ?? 'unknown';
}

/** A ClaimLens review status as a verdict (disputed: sources contradict the claim). */
export function verdictOfStatus(status: ReviewStatus): Verdict {
  switch (status) {
    case 'disputed':
      return 'false';
    case 'sourced':
      return 'true';
    case 'unverified':
      return 'unproven';
    default:
      return 'unknown';
  }
}

export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  false: 'rated false',
  mixed: 'rated mixed',
  true: 'rated true',
  unproven: 'unproven',
  unknown: 'no rating',
};
