/**
 * Per-article counts for the "Workspace" view. Two sources, cheapest first:
 *  - the sidecar alone (JSON parse, no NLP): counts what a reviewer has annotated;
 *  - the live ReviewItems of an article the ArticleService already analysed (open in an editor):
 *    also counts unreviewed detections.
 * Pure (no vscode).
 */
import type { ReviewItem } from '../../core/review/types';

export const SIDECAR_SUFFIX = '.claimlens.json';

export interface ArticleCounts {
  /** Claims in the text that are not dismissed (as in the status bar: quotes are counted apart). */
  total: number;
  /** Of those, sourced + disputed + unverified. */
  reviewed: number;
  /** Quotes that are not dismissed, and how many of them are reviewed. */
  quotes: number;
  quotesReviewed: number;
  /** Claims and quotes marked disputed. */
  disputed: number;
  /** Reviews whose text is gone (kept in the sidecar, not in the totals). */
  orphaned: number;
  /** 'sidecar' = annotations only (article not analysed yet); 'analysis' = full queue. */
  basis: 'sidecar' | 'analysis' | 'none';
}

export type SidecarCountResult = { ok: true; counts: ArticleCounts } | { ok: false; error: string };

const REVIEWED = new Set(['sourced', 'disputed', 'unverified']);

export function isSidecarPath(p: string): boolean {
  return p.endsWith(SIDECAR_SUFFIX) && p.length > SIDECAR_SUFFIX.length;
}

/** `a/b.txt.claimlens.json` → `a/b.txt` */
export function articlePathOf(sidecarPath: string): string {
  return sidecarPath.slice(0, -SIDECAR_SUFFIX.length);
}

export function emptyCounts(): ArticleCounts {
  return { total: 0, reviewed: 0, quotes: 0, quotesReviewed: 0, disputed: 0, orphaned: 0, basis: 'none' };
}

/** Counts a sidecar's annotations. Malformed input gives a clear error instead of throwing. */
export function countSidecar(text: string, maxBytes = 20 * 1024 * 1024): SidecarCountResult {
  if (text.length > maxBytes) return { ok: false, error: `sidecar is larger than ${Math.round(maxBytes / 1024 / 1024)} MB` };
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    return { ok: false, error: `sidecar is not valid JSON (${(err as Error).message})` };
  }
  if (typeof data !== 'object' || data === null || !Array.isArray((data as { annotations?: unknown }).annotations)) {
    return { ok: false, error: 'sidecar has no "annotations" list' };
  }
  const counts: ArticleCounts = { ...emptyCounts(), basis: 'sidecar' };
  for (const a of (data as { annotations: unknown[] }).annotations) {
    if (typeof a !== 'object' || a === null) continue;
    const { status, kind } = a as { status?: unknown; kind?: unknown };
    if (typeof status !== 'string') continue;
    add(counts, kind === 'quote' ? 'quote' : 'claim', status);
  }
  return { ok: true, counts };
}

export function countItems(items: readonly ReviewItem[]): ArticleCounts {
  const counts: ArticleCounts = { ...emptyCounts(), basis: 'analysis' };
  for (const i of items) {
    if (i.orphaned) counts.orphaned++;
    else add(counts, i.kind, i.status);
  }
  return counts;
}

function add(counts: ArticleCounts, kind: 'claim' | 'quote', status: string): void {
  if (status === 'dismissed') return;
  const reviewed = REVIEWED.has(status);
  if (kind === 'quote') {
    counts.quotes++;
    if (reviewed) counts.quotesReviewed++;
  } else {
    counts.total++;
    if (reviewed) counts.reviewed++;
  }
  if (status === 'disputed') counts.disputed++;
}

/**
 * "3/12 reviewed · 1 disputed · 2/9 quotes": claims first, as the status bar counts them; sidecar-only counts
 * say so, since unreviewed detections are unknown.
 */
export function describeCounts(c: ArticleCounts): string {
  if (c.basis === 'none') return 'not reviewed yet';
  const base = `${c.reviewed}/${c.total} reviewed${c.basis === 'sidecar' ? ' (sidecar)' : ''}`;
  const extra: string[] = [];
  if (c.disputed) extra.push(`${c.disputed} disputed`);
  if (c.quotes) extra.push(`${c.quotesReviewed}/${c.quotes} quotes`);
  if (c.orphaned) extra.push(`${c.orphaned} orphaned`);
  return [base, ...extra].join(' · ');
}
