/**
 * The pure part of the ArticleService's refresh: anchors for annotations that moved live with
 * the edits, their stored targets brought up to date, and the review items (without detections
 * in `claimlens-disable` regions). No vscode, so the benchmark times exactly what the
 * extension runs after every analysis update.
 */
import type { Analysis } from '../core/types';
import { anchorAnnotations, buildReviewItems, retargetAnnotations } from '../core/review';
import type { AnchorResult, Annotation, ReviewItem } from '../core/review/types';
import { disabledRegions, withoutDisabled } from './disableRegions';

export interface RefreshArgs {
  text: string;
  analysis: Analysis;
  /** Annotations with positions in `text` (moved along with the edits). */
  annotations: Annotation[];
  /** The anchors of the previous refresh: known orphans are not searched for again. */
  previousAnchors: readonly AnchorResult[];
  /** Search for orphans again (after an undo/redo). */
  retryOrphans: boolean;
  threshold: number;
}

export interface RefreshResult {
  anchors: AnchorResult[];
  /** `args.annotations` itself unless some target changed. */
  annotations: Annotation[];
  /** Some stored target changed: the sidecar's positions are out of date. */
  retargeted: boolean;
  items: ReviewItem[];
}

export function refreshItems(args: RefreshArgs): RefreshResult {
  const { text, analysis, threshold } = args;
  const anchors = liveAnchors(text, args.annotations, args.previousAnchors, args.retryOrphans);
  // Annotations found again by search take their new position, so the next refresh is cheap.
  const retargeted = retargetAnnotations(text, args.annotations, anchors);
  const changed = retargeted.changed.length > 0;
  const annotations = changed ? retargeted.annotations : args.annotations;
  const items = withoutDisabled(buildReviewItems({ text, analysis, annotations, anchors, threshold }), disabledRegions(text));
  return { anchors, annotations, retargeted: changed, items };
}

/**
 * Anchors for annotations that were moved live with the edits: one whose tracked position
 * still holds its exact text is there (no search). Only the ones an edit just broke are
 * anchored in full; known orphans keep their result unless a retry is asked for.
 * Full anchoring (open, external change, sidecar reload) is the ArticleService's reanchor().
 */
export function liveAnchors(text: string, annotations: readonly Annotation[], previous: readonly AnchorResult[], retryOrphans: boolean): AnchorResult[] {
  const before = new Map(previous.map((a) => [a.annotationId, a]));
  const result = new Map<string, AnchorResult>();
  const search: Annotation[] = [];
  for (const a of annotations) {
    const { start, end } = a.target.position;
    if (start < end && end <= text.length && text.slice(start, end) === a.target.quote.exact) {
      result.set(a.id, { annotationId: a.id, range: { start, end }, confidence: 1, method: 'position' });
      continue;
    }
    const old = before.get(a.id);
    if (old && old.range === null && !retryOrphans) result.set(a.id, old);
    else search.push(a);
  }
  if (search.length > 0) for (const r of anchorAnnotations(text, search)) result.set(r.annotationId, r);
  return annotations.map((a) => result.get(a.id)!);
}
