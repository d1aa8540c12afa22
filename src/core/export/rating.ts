/**
 * The default verdict scale's ClaimReview ratings (src/core/review/verdictScale.ts; a workspace's
 * `.claimlens/verdicts.json` replaces it), on a 1–5 scale (worstRating 1, bestRating 5):
 *
 *   disputed   → 1 "Disputed"    (sources contradict the claim)          final
 *   sourced    → 5 "Sourced"     (a source supports the claim)           final
 *   unverified → "Unverified", no number: not final (checked, but no source confirms or refutes
 *                it). A 3 of 5 would read as "half true", so it has only a textual rating, and
 *                it is exported as ClaimReview only when asked (includeUnverified).
 *
 * `unreviewed` and `dismissed` (not a claim) have no rating and are never exported as ClaimReview.
 */
import { isReviewed } from '../review/statuses';
import type { ReviewStatus } from '../review/types';
import { DEFAULT_VERDICT_SCALE } from '../review/verdictScale';

export type RatedStatus = 'sourced' | 'unverified' | 'disputed';

export interface Rating {
  /** Absent for a verdict that is not final: a textual rating only. */
  ratingValue?: number;
  alternateName: string;
  /** A final verdict is published as ClaimReview; a non-final one only when asked. */
  final: boolean;
}

export const WORST_RATING = DEFAULT_VERDICT_SCALE.worstRating;
export const BEST_RATING = DEFAULT_VERDICT_SCALE.bestRating;

/** The default scale's ratings by status (the same the ClaimReview export gives without a verdicts file). */
export const RATINGS: Readonly<Record<RatedStatus, Rating>> = Object.fromEntries(
  DEFAULT_VERDICT_SCALE.verdicts.map((v) => [v.id, { ...v.claimReview, final: v.final }]),
) as Record<RatedStatus, Rating>;

export function isRated(status: ReviewStatus): status is RatedStatus {
  return isReviewed(status);
}
