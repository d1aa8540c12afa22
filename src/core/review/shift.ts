/**
 * Moving annotations with the text while it is edited in the editor (live, per content
 * change; offsets of each edit refer to the text produced by the previous edits).
 *
 * Rules, per edit and annotation range [s, e):
 * - edit entirely before the range (including an insertion exactly at s): the range moves;
 * - edit entirely after (including an insertion exactly at e): nothing moves;
 * - edit inside the range, or overlapping one end: the range grows/shrinks to keep the
 *   surviving characters plus text typed inside; the annotation's `exact` becomes the new
 *   text (it follows its sentence as the reviewer rewrites it). If it had a review status
 *   other than `unreviewed`, it is flagged `changedSinceReview` so the UI can say the review
 *   may no longer hold;
 * - edit covering the whole range (its text deleted or replaced): the range collapses to the
 *   edit point and the stored quote is kept unchanged. The annotation is reported in
 *   `orphaned`; anchoring then shows it as an orphan ("annotated text was deleted") and an
 *   undo that restores the text re-attaches it.
 * Context (prefix/suffix) is refreshed from the new text for every annotation that moved or
 * changed. Annotations listed in `skip` (current orphans) are left untouched.
 */
import type { TextEdit } from '../incremental/service';
import { targetFor } from './selectors';
import type { Annotation } from './types';

export interface ShiftResult {
  annotations: Annotation[];
  /** Ids whose stored target (or flag) changed: persist these. */
  changed: string[];
  /** Ids whose whole text was deleted by these edits. */
  orphaned: string[];
}

interface Range {
  start: number;
  end: number;
  touched: boolean;
  deleted: boolean;
}

/** Applies one edit to a range; exported for the benchmark's ground-truth tracking. */
export function shiftRange(range: { start: number; end: number }, edit: TextEdit): { start: number; end: number; touched: boolean; deleted: boolean } {
  const { start: s, end: e } = range;
  const a = edit.start;
  const b = edit.end;
  const delta = edit.text.length - (b - a);
  if (b <= s && !(a === s && b === s && s === e)) {
    // before (an insertion at s counts as before: text typed in front of a sentence is not part of it)
    return { start: s + delta, end: e + delta, touched: false, deleted: false };
  }
  if (a >= e) return { start: s, end: e, touched: false, deleted: false };
  if (a <= s && b >= e) {
    if (s === e) return { start: a, end: a, touched: false, deleted: true };
    return { start: a, end: a, touched: false, deleted: true };
  }
  if (a >= s && b <= e) return { start: s, end: e + delta, touched: true, deleted: false };
  if (a < s) {
    // overlaps the start: the replaced part is outside, the rest survives after the new text
    return { start: a + edit.text.length, end: e + delta, touched: true, deleted: false };
  }
  // overlaps the end: keep the surviving head
  return { start: s, end: a, touched: true, deleted: false };
}

export function shiftAnnotations(
  annotations: readonly Annotation[],
  edits: readonly TextEdit[],
  newText: string,
  skip: ReadonlySet<string> = new Set(),
): ShiftResult {
  const changed: string[] = [];
  const orphaned: string[] = [];
  const out = annotations.map((annotation) => {
    if (skip.has(annotation.id)) return annotation;
    const { start, end } = annotation.target.position;
    const collapsed = start === end;
    let range: Range = { start, end, touched: false, deleted: false };
    for (const edit of edits) {
      const next = shiftRange(range, edit);
      range = { start: next.start, end: next.end, touched: range.touched || next.touched, deleted: range.deleted || next.deleted };
      if (range.deleted) break;
    }
    if (range.deleted || collapsed) {
      if (range.deleted && !collapsed) orphaned.push(annotation.id);
      // Keep the quote; only the (collapsed) position follows the text.
      let point = start;
      for (const edit of edits) point = shiftRange({ start: point, end: point }, edit).start;
      if (point === start && end === start) return annotation;
      changed.push(annotation.id);
      return { ...annotation, target: { quote: annotation.target.quote, position: { start: point, end: point } } };
    }
    if (range.start === start && range.end === end && !range.touched) {
      // Same offsets; context may still have changed next to it.
      const target = targetFor(newText, start, end);
      if (target.quote.exact !== annotation.target.quote.exact) {
        // The stored range did not describe this text before the edits (stale): leave it alone.
        return annotation;
      }
      if (target.quote.prefix === annotation.target.quote.prefix && target.quote.suffix === annotation.target.quote.suffix) {
        return annotation;
      }
      changed.push(annotation.id);
      return { ...annotation, target };
    }
    if (range.start >= range.end) {
      // Everything inside was deleted by overlapping edits.
      orphaned.push(annotation.id);
      changed.push(annotation.id);
      return { ...annotation, target: { quote: annotation.target.quote, position: { start: range.start, end: range.start } } };
    }
    const target = targetFor(newText, range.start, range.end);
    const next: Annotation = { ...annotation, target };
    if (range.touched && target.quote.exact !== annotation.target.quote.exact && annotation.status !== 'unreviewed') {
      next.changedSinceReview = true;
    }
    changed.push(annotation.id);
    return next;
  });
  return { annotations: out, changed, orphaned };
}
