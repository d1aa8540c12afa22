/**
 * The one count of review progress, as the status bar shows it and the README defines it:
 * claims and quotes in the text, each apart; dismissed items are not part of the totals; orphans
 * (reviews whose text is gone) are counted apart; "reviewed" means a verdict (sourced, disputed or
 * unverified); disputed counts claims and quotes. The Workspace view counts a sidecar's
 * annotations and an open article's items with it too.
 */
import { isReviewed } from './statuses';

export interface ReviewCounts {
  /** Claims in the text (not dismissed, not orphaned), and how many of them are reviewed. */
  total: number;
  reviewed: number;
  /** The same for quotes. */
  quotes: number;
  quotesReviewed: number;
  /** Claims and quotes marked disputed. */
  disputed: number;
  /** Reviews whose text is gone. */
  orphaned: number;
}

/** What is counted: a review item, or an annotation read from a sidecar (any kind but `quote` is a claim). */
export interface Countable {
  readonly kind: string;
  readonly status: string;
  readonly orphaned?: boolean;
}

export function emptyReviewCounts(): ReviewCounts {
  return { total: 0, reviewed: 0, quotes: 0, quotesReviewed: 0, disputed: 0, orphaned: 0 };
}

export function countReviews(entries: Iterable<Countable>): ReviewCounts {
  const counts = emptyReviewCounts();
  for (const { kind, status, orphaned } of entries) {
    if (orphaned) counts.orphaned++;
    else if (status !== 'dismissed') add(counts, kind === 'quote', isReviewed(status), status === 'disputed');
  }
  return counts;
}

function add(counts: ReviewCounts, quote: boolean, reviewed: boolean, disputed: boolean): void {
  if (quote) {
    counts.quotes++;
    if (reviewed) counts.quotesReviewed++;
  } else {
    counts.total++;
    if (reviewed) counts.reviewed++;
  }
  if (disputed) counts.disputed++;
}
