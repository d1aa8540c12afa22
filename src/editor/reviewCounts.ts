/** Progress counts for the status bar (pure: unit-tested without VS Code). */
import type { ReviewItem } from '../core/review/types';

export interface ReviewCounts {
  reviewed: number;
  total: number;
  disputed: number;
  quotesReviewed: number;
  quotes: number;
  orphans: number;
}

const REVIEWED = new Set(['sourced', 'disputed', 'unverified']);

/** Counts what is in the text: dismissed items and orphans are not part of the totals. */
export function countItems(items: readonly ReviewItem[]): ReviewCounts {
  const live = items.filter((i) => i.status !== 'dismissed' && !i.orphaned);
  const claims = live.filter((i) => i.kind === 'claim');
  const quotes = live.filter((i) => i.kind === 'quote');
  return {
    reviewed: claims.filter((i) => REVIEWED.has(i.status)).length,
    total: claims.length,
    disputed: live.filter((i) => i.status === 'disputed').length,
    quotesReviewed: quotes.filter((i) => REVIEWED.has(i.status)).length,
    quotes: quotes.length,
    orphans: items.filter((i) => i.orphaned).length,
  };
}
