/**
 * The triage order: which claim a fact-checker should look at first. One definition, used by the
 * Review view's "by priority" grouping and by Next / Previous Unreviewed Claim when
 * `claimlens.navigation.order` is `priority`. Pure (no vscode).
 *
 *   1. unreviewed claims: added by hand first (a person chose them), then by check-worthiness
 *      score, highest first; equal scores in document order;
 *   2. reviewed claims by status, the one that needs most work first: disputed, unverified, sourced.
 */
import type { ReviewItem } from './types';

/** Reviewed statuses in triage order (most urgent first). */
export const PRIORITY_STATUS_ORDER = ['disputed', 'unverified', 'sourced'] as const;

function start(item: ReviewItem): number {
  return item.range?.start ?? Number.MAX_SAFE_INTEGER;
}

/** A claim's check-worthiness for ordering: hand-added claims (no score) above every detected one. */
function priorityScore(item: ReviewItem): number {
  return item.claim ? item.claim.score : Number.POSITIVE_INFINITY;
}

/** Comparator of unreviewed claims: highest priority first, ties in document order. */
export function byPriority(a: ReviewItem, b: ReviewItem): number {
  const sa = priorityScore(a);
  const sb = priorityScore(b);
  if (sa !== sb) return sb > sa ? 1 : -1;
  return start(a) - start(b) || a.key.localeCompare(b.key);
}

/** The unreviewed claims still in the text (not orphaned), in triage order. */
export function unreviewedClaimQueue(items: readonly ReviewItem[]): ReviewItem[] {
  return items.filter((i) => i.kind === 'claim' && i.status === 'unreviewed' && i.range && !i.orphaned).sort(byPriority);
}

/**
 * Next (direction 1) or previous (-1) claim of a queue after the one with `currentKey`; from
 * outside the queue (the cursor is not on a claim of it) next is the first and previous the last.
 * Wraps around; `wrapped` says so.
 */
export function stepInQueue<T extends { key: string }>(queue: readonly T[], currentKey: string | undefined, direction: 1 | -1): { target: T; wrapped: boolean } | undefined {
  if (queue.length === 0) return undefined;
  const at = currentKey === undefined ? -1 : queue.findIndex((i) => i.key === currentKey);
  if (at < 0) return { target: direction === 1 ? queue[0] : queue[queue.length - 1], wrapped: false };
  const next = at + direction;
  if (next >= 0 && next < queue.length) return { target: queue[next], wrapped: false };
  return { target: direction === 1 ? queue[0] : queue[queue.length - 1], wrapped: true };
}
