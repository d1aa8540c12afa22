/**
 * After anchoring, bring each found annotation's stored target up to date with the current
 * text (so the next save records where it is now). Orphans keep their stored quote: it is all
 * we have to re-attach them later.
 */
import { sameTarget, targetFor } from './selectors';
import type { AnchorResult, Annotation } from './types';

export function retargetAnnotations(text: string, annotations: readonly Annotation[], anchors: readonly AnchorResult[]): { annotations: Annotation[]; changed: string[] } {
  const byId = new Map(anchors.map((a) => [a.annotationId, a]));
  const changed: string[] = [];
  const out = annotations.map((annotation) => {
    const range = byId.get(annotation.id)?.range;
    if (!range || range.start >= range.end) return annotation;
    const target = targetFor(text, range.start, range.end);
    if (sameTarget(target, annotation.target)) return annotation;
    changed.push(annotation.id);
    const next: Annotation = { ...annotation, target };
    if (target.quote.exact !== annotation.target.quote.exact && annotation.status !== 'unreviewed') next.changedSinceReview = true;
    return next;
  });
  return { annotations: out, changed };
}
