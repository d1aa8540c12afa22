/**
 * The documented mapping from review status to a ClaimReview rating on a 1–5 scale
 * (worstRating 1, bestRating 5):
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

export type RatedStatus = 'sourced' | 'unverified' | 'disputed';

export interface Rating {
  /** Absent for a verdict that is not final: a textual rating only. */
  ratingValue?: number;
  alternateName: string;
  /** A final verdict is published as ClaimReview; a non-final one only when asked. */
  final: boolean;
}

export const WORST_RATING = 1;
export const BEST_RATING = 5;

export const RATINGS: Readonly<Record<RatedStatus, Rating>> = {
  disputed: { ratingValue: 1, alternateName: 'Disputed', final: true },
  unverified: { alternateName: 'Unverified', final: false },
  sourced: { ratingValue: 5, alternateName: 'Sourced', final: true },
};

export function isRated(status: ReviewStatus): status is RatedStatus {
  return isReviewed(status);
}
