/**
 * Building W3C Web Annotation selectors from a range of the current text.
 */
import type { AnnotationTarget, TextQuoteSelector } from './types';

/** Characters of context kept on each side of the annotated text. */
export const CONTEXT_LENGTH = 32;

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Context never starts or ends in the middle of a surrogate pair (keeps the JSON readable). */
export function quoteSelector(text: string, start: number, end: number): TextQuoteSelector {
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart++;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (suffixEnd < text.length && isHighSurrogate(text.charCodeAt(suffixEnd - 1))) suffixEnd--;
  return {
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
  };
}

export function targetFor(text: string, start: number, end: number): AnnotationTarget {
  return { quote: quoteSelector(text, start, end), position: { start, end } };
}

export function sameTarget(a: AnnotationTarget, b: AnnotationTarget): boolean {
  return (
    a.position.start === b.position.start &&
    a.position.end === b.position.end &&
    a.quote.exact === b.quote.exact &&
    a.quote.prefix === b.quote.prefix &&
    a.quote.suffix === b.quote.suffix
  );
}
