/**
 * Per-article counts for the "Workspace" view. Two sources, cheapest first:
 *  - the sidecar alone (JSON parse, no NLP): counts what a reviewer has annotated;
 *  - the live ReviewItems of an article the ArticleService already analysed (open in an editor):
 *    also counts unreviewed detections.
 * Both are counted by core's countReviews, the status bar's count. Pure (no vscode).
 */
import { l10n } from '../../l10n/l10n';
import { describeReviewCounts } from '../../l10n/countWords';
import { countReviews, emptyReviewCounts, type Countable, type ReviewCounts } from '../../core/review/counts';
import type { ReviewItem } from '../../core/review/types';

export interface ArticleCounts extends ReviewCounts {
  /** 'sidecar' = annotations only (article not analysed yet); 'analysis' = full queue. */
  basis: 'sidecar' | 'analysis' | 'none';
}

export type SidecarCountResult = { ok: true; counts: ArticleCounts } | { ok: false; error: string };

export function emptyCounts(): ArticleCounts {
  return { ...emptyReviewCounts(), basis: 'none' };
}

/** Counts a sidecar's annotations. Malformed input gives a clear error instead of throwing. */
export function countSidecar(text: string, maxBytes = 20 * 1024 * 1024): SidecarCountResult {
  if (text.length > maxBytes) return { ok: false, error: l10n.t('sidecar is larger than {0} MB', Math.round(maxBytes / 1024 / 1024)) };
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    return { ok: false, error: l10n.t('sidecar is not valid JSON ({0})', (err as Error).message) };
  }
  if (typeof data !== 'object' || data === null || !Array.isArray((data as { annotations?: unknown }).annotations)) {
    return { ok: false, error: l10n.t('sidecar has no "annotations" list') };
  }
  const annotations: Countable[] = [];
  for (const a of (data as { annotations: unknown[] }).annotations) {
    if (typeof a !== 'object' || a === null) continue;
    const { status, kind } = a as { status?: unknown; kind?: unknown };
    if (typeof status !== 'string') continue;
    annotations.push({ kind: kind === 'quote' ? 'quote' : 'claim', status });
  }
  return { ok: true, counts: { ...countReviews(annotations), basis: 'sidecar' } };
}

/** An analysed article's counts, exactly as the status bar counts its items. */
export function countArticleItems(items: readonly ReviewItem[]): ArticleCounts {
  return { ...countReviews(items), basis: 'analysis' };
}

/** The same counts on the same basis: the Workspace row would read the same (keystrokes mostly change nothing here). */
export function sameCounts(a: ArticleCounts, b: ArticleCounts): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * "3/12 claims reviewed · 2/9 quotes · 1 disputed": claims and quotes apart, as the status bar counts
 * them; sidecar-only counts say so, since unreviewed detections are unknown.
 */
export function describeCounts(c: ArticleCounts): string {
  if (c.basis === 'none') return l10n.t('not reviewed yet');
  return c.basis === 'sidecar' ? l10n.t('{0} (sidecar)', describeReviewCounts(c)) : describeReviewCounts(c);
}
