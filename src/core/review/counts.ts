/**
 * The one count of review progress, as the status bar shows it and the README defines it:
 * claims and quotes in the text, each apart; dismissed items are not part of the totals; orphans
 * (reviews whose text is gone) are counted apart; "reviewed" means a verdict (sourced, disputed or
 * unverified); disputed counts claims and quotes. The Workspace view counts a sidecar's
 * annotations and an open article's items with it too.
 *
 * What a claim is, everywhere (tree, status bar, Workspace view, `claimlens check`, `claimlens
 * analyze`): a sentence scoring at least the threshold (the claim model's 0.5 unless changed), or
 * one a reviewer added or reviewed; dismissed ones and orphans are not counted. Each place shows
 * the threshold with `claimDefinition`.
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

/** A threshold as the user typed it: 0.5, 0.45, 1. */
export function formatThreshold(threshold: number): string {
  return String(Math.round(threshold * 1000) / 1000);
}

/** "claims: score ≥ 0.5": the short form, beside a count. */
export function claimThresholdLabel(threshold: number): string {
  return `claims: score ≥ ${formatThreshold(threshold)}`;
}

/**
 * The one definition of a claim, with the threshold and where it is set (`claimlens.scoreThreshold`
 * in the editor, `--threshold` in the CLI).
 */
export function claimDefinition(threshold: number, setBy: string): string {
  return `A claim is a sentence scoring at least ${formatThreshold(threshold)} (${setBy}), or one added or reviewed by hand; dismissed claims are not counted. Quotes are counted apart.`;
}

/** "3/16 claims reviewed · 2/14 quotes · 1 disputed · 1 orphaned": claims and quotes apart. */
export function describeReviewCounts(c: ReviewCounts): string {
  const parts = [`${c.reviewed}/${c.total} claims reviewed`, `${c.quotesReviewed}/${c.quotes} quotes`];
  if (c.disputed) parts.push(`${c.disputed} disputed`);
  if (c.orphaned) parts.push(`${c.orphaned} orphaned`);
  return parts.join(' · ');
}
