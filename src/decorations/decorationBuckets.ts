/**
 * Which ranges each decoration style paints: one pass over the review items (a 1 MB article has
 * thousands), bucketed by kind × painted status. The statuses are the scale's (unreviewed and its
 * verdicts); a status the scale does not define goes to the UNKNOWN_STYLE bucket. No vscode (ranges
 * are made by the caller's `toRange`), so the benchmark times the same pass the DecorationController runs.
 */
import { VISIBLE_STATUSES } from '../core/review/statuses';
import type { AnnotationKind, ReviewItem } from '../core/review/types';

/** The bucket of verdicts the scale does not define (painted as a warning). */
export const UNKNOWN_STYLE = '?unknown';

export interface DecorationBucket<R> {
  kind: AnnotationKind;
  /** A painted status of the scale, or UNKNOWN_STYLE. */
  status: string;
  ranges: R[];
}

/**
 * Every style gets a bucket, empty ones too, so a style whose last item went away is cleared.
 * `stepAside` leaves items out (those the Problems panel already underlines, when diagnostics are on).
 * `statuses`: the painted statuses (default: unreviewed and the default scale's verdicts).
 */
export function decorationBuckets<R>(
  items: readonly ReviewItem[], length: number, toRange: (start: number, end: number) => R, stepAside?: (item: ReviewItem) => boolean,
  statuses: readonly string[] = VISIBLE_STATUSES,
): DecorationBucket<R>[] {
  const buckets: DecorationBucket<R>[] = [];
  // Looked up by kind, then status: no key string built per item.
  const slots = { claim: new Map<string, R[]>(), quote: new Map<string, R[]>() } as Record<AnnotationKind, Map<string, R[]>>;
  for (const kind of ['claim', 'quote'] as const) {
    for (const status of [...statuses, UNKNOWN_STYLE]) {
      const ranges: R[] = [];
      buckets.push({ kind, status, ranges });
      slots[kind].set(status, ranges);
    }
  }
  for (const item of items) {
    const range = item.range;
    if (item.status === 'dismissed' || item.orphaned || !range || range.end > length || stepAside?.(item)) continue;
    const slot = slots[item.kind];
    (slot.get(item.status) ?? slot.get(UNKNOWN_STYLE)!).push(toRange(range.start, range.end));
  }
  return buckets;
}
