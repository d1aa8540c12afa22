/**
 * After anchoring, bring each found annotation's stored target up to date with the current
 * text (so the next save records where it is now). Orphans keep their stored quote: it is all
 * we have to re-attach them later. A reviewed annotation whose text is no longer what was
 * reviewed is flagged `changedSinceReview`, wherever the text was edited: in the editor
 * (shift.ts), or outside it (sed, git checkout) and found again here.
 */
import { anchorAnnotations, type AnchorOptions } from './anchoring';
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

export interface Reanchored {
  anchors: AnchorResult[];
  /** The annotations with their targets in `text`; those whose reviewed text changed are flagged. */
  annotations: Annotation[];
  /** Ids whose stored target changed. */
  changed: string[];
}

/** Anchors annotations loaded from a sidecar in the article's current text (an article opened, `claimlens check`). */
export function reanchorAnnotations(text: string, annotations: readonly Annotation[], options: AnchorOptions = {}): Reanchored {
  const anchors = anchorAnnotations(text, annotations, options);
  return { anchors, ...retargetAnnotations(text, annotations, anchors) };
}
