/**
 * The paragraph list of a document kept up to date under edits: only the region around an
 * edit is re-split, paragraphs outside it keep their analysis and are shifted.
 *
 * Re-splitting a region is only valid if the splitter agrees with the whole-text split at the
 * region's borders. So the region starts one untouched paragraph before the edit and ends one
 * after, and grows (doubling) until the split of the region reproduces those border paragraphs
 * exactly; in the worst case it becomes the whole text, which is always correct.
 */
import type { TextEdit } from './service';
import type { Span } from '../types';
import { checkEdit } from './textEdits';
import { ownCopy } from '../text/strings';

export interface Paragraph<R> {
  start: number;
  end: number;
  text: string;
  /** The paragraph's analysis once known (from the cache or computed). */
  result?: R;
  /** Set when the engine threw on this paragraph: it is left out of the analysis. */
  failed?: boolean;
}

export type Splitter = (text: string) => Span[];

export function splitAll<R>(text: string, split: Splitter): Paragraph<R>[] {
  return toParagraphs<R>(text, split(text), 0);
}

function toParagraphs<R>(source: string, spans: Span[], offset: number, copy = false): Paragraph<R>[] {
  return spans.map((s) => {
    const text = source.slice(s.start, s.end);
    return { start: s.start + offset, end: s.end + offset, text: copy ? ownCopy(text) : text };
  });
}

/** First index whose paragraph satisfies `pred`, for a predicate false…false true…true. */
function firstIndex<R>(paras: Paragraph<R>[], pred: (p: Paragraph<R>) => boolean): number {
  let lo = 0;
  let hi = paras.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pred(paras[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export interface EditResult<R> {
  text: string;
  paragraphs: Paragraph<R>[];
  /** The paragraphs created by this edit (they have no result yet). */
  added: Paragraph<R>[];
}

/**
 * Applies one edit. Untouched paragraphs are reused (those after the edit are shifted in place),
 * so their results survive.
 */
export function applyEditToParagraphs<R>(
  text: string,
  paragraphs: Paragraph<R>[],
  edit: TextEdit,
  split: Splitter,
): EditResult<R> {
  checkEdit(text, edit);
  const newText = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  const delta = edit.text.length - (edit.end - edit.start);
  const n = paragraphs.length;
  // Affected: paragraphs that touch [start, end] (touching counts: typing at a paragraph's end changes it).
  const first = firstIndex(paragraphs, (p) => p.end >= edit.start);
  const last = firstIndex(paragraphs, (p) => p.start > edit.end) - 1;
  // Border paragraphs (untouched) that the region's split must reproduce; -1 / n = text edges.
  let lo = Math.min(first, last + 1) - 1;
  let hi = Math.max(last, first - 1) + 1;
  let step = 1;
  for (;;) {
    const regionStart = lo >= 0 ? paragraphs[lo].start : 0;
    const regionEnd = (hi < n ? paragraphs[hi].end : text.length) + delta;
    const region = newText.slice(regionStart, regionEnd);
    const spans = split(region);
    const firstSpan = spans[0];
    const lastSpan = spans[spans.length - 1];
    const leftOk =
      lo < 0 ||
      (firstSpan !== undefined &&
        firstSpan.start + regionStart === paragraphs[lo].start &&
        firstSpan.end + regionStart === paragraphs[lo].end);
    const rightOk =
      hi >= n ||
      (lastSpan !== undefined &&
        (spans.length > 1 || lo < 0) &&
        lastSpan.start + regionStart === paragraphs[hi].start + delta &&
        lastSpan.end + regionStart === paragraphs[hi].end + delta);
    if (leftOk && rightOk) {
      const inner = spans.slice(lo >= 0 ? 1 : 0, hi < n ? spans.length - 1 : spans.length);
      // Copied: a slice would keep this revision of the whole text alive (as a cache key, for one).
      const added = toParagraphs<R>(region, inner, regionStart, true);
      const tail = paragraphs.slice(hi < n ? hi : n);
      for (const p of tail) {
        p.start += delta;
        p.end += delta;
      }
      const head = paragraphs.slice(0, lo + 1);
      return { text: newText, paragraphs: head.concat(added, tail), added };
    }
    if (!leftOk) lo = Math.max(-1, lo - step);
    if (!rightOk) hi = Math.min(n, hi + step);
    step *= 2;
  }
}
