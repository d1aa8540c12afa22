/**
 * Which ranges each decoration style paints: one pass over the review items (a 1 MB article has
 * thousands), bucketed by kind × visible status. No vscode (ranges are made by the caller's
 * `toRange`), so the benchmark times the same pass the DecorationController runs.
 */
import { VISIBLE_STATUSES, type VisibleStatus } from '../core/review/statuses';
import type { AnnotationKind, ReviewItem } from '../core/review/types';

export interface DecorationBucket<R> {
  kind: AnnotationKind;
  status: VisibleStatus;
  ranges: R[];
}

/**
 * Every style gets a bucket, empty ones too, so a style whose last item went away is cleared.
 * `stepAside` leaves items out (those the Problems panel already underlines, when diagnostics are on).
 */
export function decorationBuckets<R>(
  items: readonly ReviewItem[], length: number, toRange: (start: number, end: number) => R, stepAside?: (item: ReviewItem) => boolean,
): DecorationBucket<R>[] {
  const buckets: DecorationBucket<R>[] = [];
  // Looked up by kind, then status: no key string built per item.
  const slots = { claim: {}, quote: {} } as Record<AnnotationKind, Record<VisibleStatus, R[]>>;
  for (const kind of ['claim', 'quote'] as const) {
    for (const status of VISIBLE_STATUSES) {
      const ranges: R[] = [];
      buckets.push({ kind, status, ranges });
      slots[kind][status] = ranges;
    }
  }
  for (const item of items) {
    const range = item.range;
    if (item.status === 'dismissed' || item.orphaned || !range || range.end > length || stepAside?.(item)) continue;
    slots[item.kind][item.status].push(toRange(range.start, range.end));
  }
  return buckets;
}
