/**
 * Creating annotations and applying review actions to them. Review actions return the same
 * object when they change nothing, so `updated` (and the file on disk) only changes when the
 * reviewer actually changed something.
 */
import { targetFor } from './selectors';
import type { Annotation, AnnotationKind, AnnotationOrigin, ReviewChange, ReviewStatus, Source } from './types';
import { isStatusId } from './types';
import { validateSourceUrl } from './sourceUrl';

function newId(): string {
  // 96 random bits: unique across reviewers and machines without coordination.
  const hex = globalThis.crypto.randomUUID().replace(/-/g, '');
  return `a-${hex.slice(0, 24)}`;
}

export interface CreateAnnotationOptions {
  kind: AnnotationKind;
  /** The whole article text. */
  text: string;
  start: number;
  end: number;
  origin: AnnotationOrigin;
  by: string;
  /** ISO 8601 */
  now: string;
  status?: ReviewStatus;
}

export function createAnnotation(opts: CreateAnnotationOptions): Annotation {
  const { text, start, end } = opts;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`cannot annotate [${start}, ${end}) in a text of length ${text.length}: select some text first`);
  }
  const status = opts.status ?? 'unreviewed';
  if (!isStatusId(status)) throw new RangeError(`not a review status: "${String(status).slice(0, 40)}"`);
  return {
    id: newId(),
    kind: opts.kind,
    target: targetFor(text, start, end),
    status,
    note: '',
    sources: [],
    origin: opts.origin,
    created: { by: opts.by, at: opts.now },
    updated: { by: opts.by, at: opts.now },
  };
}

function sameSources(a: readonly Source[], b: readonly Source[]): boolean {
  return a.length === b.length && a.every((s, i) => s.url === b[i].url && s.title === b[i].title);
}

/**
 * Applies one review action. Returns `annotation` itself when nothing changes; otherwise a
 * copy with `updated` set to (by, now). Throws an Error with a readable message for an
 * invalid source URL or an unknown status.
 */
export function applyChange(annotation: Annotation, change: ReviewChange, by: string, now: string): Annotation {
  let status = annotation.status;
  let note = annotation.note;
  let sources = annotation.sources;
  let speaker = annotation.speaker;
  let changedSinceReview = annotation.changedSinceReview;

  if (change.status !== undefined) {
    if (!isStatusId(change.status)) throw new Error(`Not a review status: "${String(change.status).slice(0, 40)}" (a verdict id is lower-case letters, digits and hyphens).`);
    if (change.status !== status) {
      status = change.status;
      // The reviewer has looked at the current text again (unless the verdict is only renamed).
      if (!change.renamesVerdict) changedSinceReview = undefined;
    }
  }
  if (change.note !== undefined) note = change.note;
  if (change.addSource !== undefined) {
    const check = validateSourceUrl(change.addSource.url);
    if (!check.ok) throw new Error(check.error);
    const url = change.addSource.url.trim();
    const title = change.addSource.title?.trim() || undefined;
    const existing = sources.findIndex((s) => s.url === url);
    const entry: Source = title === undefined ? { url } : { url, title };
    if (existing < 0) sources = [...sources, entry];
    else if (title !== undefined && sources[existing].title !== title) sources = sources.map((s, i) => (i === existing ? entry : s));
  }
  if (change.removeSourceUrl !== undefined) {
    const url = change.removeSourceUrl.trim();
    if (sources.some((s) => s.url === url)) sources = sources.filter((s) => s.url !== url);
  }
  if (change.speaker !== undefined) {
    const next = change.speaker === null ? undefined : change.speaker.trim() || undefined;
    speaker = next;
  }

  const unchanged =
    status === annotation.status &&
    note === annotation.note &&
    sameSources(sources, annotation.sources) &&
    speaker === annotation.speaker &&
    changedSinceReview === annotation.changedSinceReview;
  if (unchanged) return annotation;

  const next: Annotation = { ...annotation, status, note, sources, updated: { by, at: now } };
  if (speaker === undefined) delete next.speaker;
  else next.speaker = speaker;
  if (changedSinceReview) next.changedSinceReview = true;
  else delete next.changedSinceReview;
  return next;
}
