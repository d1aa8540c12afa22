/**
 * The review model: what a person did to an article, stored in a sidecar file
 * (`article.txt` → `article.txt.claimlens.json`). Automatic detections are never stored;
 * they are recomputed and joined with these annotations (see ReviewItem).
 */
import type { Claim, Quote, Span } from '../types';

/** Workflow states every verdict scale has: not looked at yet, and "not a claim". */
export type WorkflowStatus = 'unreviewed' | 'dismissed';
/** The statuses ClaimLens names itself: the workflow states and the default scale's verdicts. */
export type BuiltInStatus = WorkflowStatus | 'sourced' | 'disputed' | 'unverified';
/**
 * A review's status: a workflow state or the id of a verdict of the workspace's scale
 * (./verdictScale.ts). Review files keep the id as written, so a verdict the current scale lacks
 * is kept (and shown as an unknown verdict) rather than rejected.
 */
export type ReviewStatus = BuiltInStatus | (string & {});
/** The built-in statuses: the workflow states and the default scale (sourced / disputed / unverified). */
export const REVIEW_STATUSES: readonly BuiltInStatus[] = ['unreviewed', 'sourced', 'disputed', 'unverified', 'dismissed'];
/** What a status id may look like (the same rule as a verdict id of verdicts.json, and the sidecar schema). */
export const STATUS_ID = /^[a-z][a-z0-9-]{0,39}$/;

export function isStatusId(value: unknown): value is ReviewStatus {
  return typeof value === 'string' && STATUS_ID.test(value);
}

export type AnnotationKind = 'claim' | 'quote';
export type AnnotationOrigin = 'detected' | 'manual';

/** W3C Web Annotation TextQuoteSelector (32 characters of context). */
export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector (JS string indices). */
export interface TextPositionSelector {
  start: number;
  end: number;
}

export interface AnnotationTarget {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export interface Source {
  url: string;
  title?: string;
}

export interface Stamp {
  by: string;
  /** ISO 8601 */
  at: string;
}

export interface Annotation {
  id: string;
  kind: AnnotationKind;
  target: AnnotationTarget;
  status: ReviewStatus;
  note: string;
  sources: Source[];
  /** Reviewer's correction of the detected speaker (quotes). */
  speaker?: string;
  origin: AnnotationOrigin;
  created: Stamp;
  updated: Stamp;
  /**
   * Set when the annotated text was edited after a reviewer gave it a status other than
   * `unreviewed` (the review may no longer hold); cleared by the next status change.
   */
  changedSinceReview?: boolean;
}

export interface Sidecar {
  /** Optional schema reference a user may add for other editors; kept as written. */
  $schema?: string;
  version: number;
  annotations: Annotation[];
}

/** Where an annotation sits in the current text, and how sure we are. */
export interface AnchorResult {
  annotationId: string;
  /** null = orphan */
  range: Span | null;
  /** 0–1 */
  confidence: number;
  method: 'position' | 'exact' | 'context' | 'fuzzy' | 'orphan';
  /** Human-readable, e.g. "text not found (best fuzzy match 0.41 < 0.75)". */
  reason?: string;
  /**
   * Set on an orphan whose text is still in its place but states other facts than the reviewed
   * text (e.g. "number changed: 9 → 12"): the text changed since the review.
   */
  factChange?: string;
}

/**
 * One row of the review queue: a detection joined with its annotation (if any), or a
 * hand-added annotation, or an orphan. This is what the editor, the sidebar, the
 * exporters and the CLI all consume.
 */
export interface ReviewItem {
  /** Annotation id when reviewed, otherwise the detection id. */
  key: string;
  kind: AnnotationKind;
  /** null for orphans */
  range: Span | null;
  text: string;
  status: ReviewStatus;
  annotation?: Annotation;
  claim?: Claim;
  quote?: Quote;
  anchor?: AnchorResult;
  orphaned: boolean;
}

/** One review action, as applied by every client (editor, sidebar, webview, CLI). */
export interface ReviewChange {
  status?: ReviewStatus;
  note?: string;
  addSource?: Source;
  removeSourceUrl?: string;
  /** null clears the override */
  speaker?: string | null;
  /**
   * The status change renames a verdict (Re-map Verdict…): the reviewer has not looked at the text again, so a review
   * flagged as changed since it was made stays flagged.
   */
  renamesVerdict?: boolean;
}
