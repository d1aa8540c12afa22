/**
 * The documented mapping from review status to a ClaimReview rating on a 1–5 scale
 * (worstRating 1, bestRating 5):
 *
 *   disputed   → 1 "Disputed"    (sources contradict the claim)
 *   unverified → 3 "Unverified"  (checked, but no source confirms or refutes it)
 *   sourced    → 5 "Sourced"     (a source supports the claim)
 *
 * `unreviewed` and `dismissed` (not a claim) have no rating and are never exported as ClaimReview.
 */
import { isReviewed } from '../review/statuses';
import type { ReviewStatus } from '../review/types';

export type RatedStatus = 'sourced' | 'unverified' | 'disputed';

export interface Rating {
  ratingValue: number;
  alternateName: string;
}

export const WORST_RATING = 1;
export const BEST_RATING = 5;

export const RATINGS: Readonly<Record<RatedStatus, Rating>> = {
  disputed: { ratingValue: 1, alternateName: 'Disputed' },
  unverified: { ratingValue: 3, alternateName: 'Unverified' },
  sourced: { ratingValue: 5, alternateName: 'Sourced' },
};

export function isRated(status: ReviewStatus): status is RatedStatus {
  return isReviewed(status);
}
