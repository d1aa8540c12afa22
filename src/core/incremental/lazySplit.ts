/**
 * Lazy splitting of long documents: at first only the paragraphs up to the visible range (and a little past it),
 * so the first update needs no pass over the whole text; the rest is split after that update, or before an edit.
 */
import type { Span } from '../types';
import { splitAll, type Paragraph, type Splitter } from './paragraphIndex';

/** A document's text and its paragraphs so far: those of text[0, splitEnd). */
export interface SplitDoc<R> {
  text: string;
  paragraphs: Paragraph<R>[];
  splitEnd: number;
}

/**
 * The paragraphs of a long text's beginning up to the visible range and a little past it (texts up to
 * `lazyChars` are split whole); splitRest adds the others.
 */
export function splitAround<R>(text: string, visible: Span, split: Splitter, lazyChars: number): { paragraphs: Paragraph<R>[]; splitEnd: number } {
  if (text.length <= lazyChars) return { paragraphs: splitAll<R>(text, split), splitEnd: text.length };
  for (let margin = 4096; visible.end + margin < text.length; margin *= 2) {
    // The prefix's last paragraph may be cut short: drop it. Widen until what is kept covers the visible range.
    const spans = split(text.slice(0, visible.end + margin));
    const dropped = spans.pop();
    if (dropped && dropped.start > visible.end) {
      const paragraphs = spans.map((sp): Paragraph<R> => ({ start: sp.start, end: sp.end, text: text.slice(sp.start, sp.end) }));
      return { paragraphs, splitEnd: spans.length ? spans[spans.length - 1].end : 0 };
    }
  }
  return { paragraphs: splitAll<R>(text, split), splitEnd: text.length };
}

/**
 * After a scroll: enough of what splitAround left over to cover the visible range (the editor
 * reports its visible range just after opening; that must not cost a pass over the whole text).
 */
export function splitThrough<R>(doc: SplitDoc<R>, visibleEnd: number, split: Splitter, lazyChars: number): void {
  const from = doc.splitEnd;
  if (from >= doc.text.length || visibleEnd < from) return;
  const more = splitAround<R>(doc.text.slice(from), { start: 0, end: visibleEnd - from }, split, lazyChars);
  append(doc, from, more.paragraphs, more.splitEnd);
}

/** Splits what splitAround left over (before an edit or the background work). */
export function splitRest<R>(doc: SplitDoc<R>, split: Splitter): void {
  if (doc.splitEnd >= doc.text.length) return;
  const from = doc.splitEnd;
  append(doc, from, splitAll<R>(doc.text.slice(from), split), doc.text.length - from);
}

/** Adds paragraphs split from the text after `from` (their offsets relative to it). */
function append<R>(doc: SplitDoc<R>, from: number, more: Paragraph<R>[], splitEnd: number): void {
  for (const p of more) {
    p.start += from;
    p.end += from;
  }
  doc.paragraphs = doc.paragraphs.concat(more);
  doc.splitEnd = from + splitEnd;
}
