import type { Span } from '../types';

/** Longest block handed to compromise in one call; longer paragraphs are cut (its cost is superlinear). */
export const MAX_BLOCK = 6000;

const BLANK_LINE = /\r?\n[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)+|\r(?:[ \t]*\r)+/g;

/**
 * Paragraph ranges: blank-line separated (LF, CRLF or lone CR), trimmed of surrounding
 * whitespace, never empty. Paragraphs longer than MAX_BLOCK are cut at a line break,
 * a sentence end or a space, so a document without blank lines stays cheap to analyse.
 */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  BLANK_LINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BLANK_LINE.exec(text)) !== null) {
    pushTrimmed(text, from, m.index, out);
    from = m.index + m[0].length;
  }
  pushTrimmed(text, from, text.length, out);
  return out;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0xfeff;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end <= start) return;
  while (end - start > MAX_BLOCK) {
    const cut = findCut(text, start, start + MAX_BLOCK);
    pushTrimmed(text, start, cut, out);
    start = cut;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
  }
  if (end > start) out.push({ start, end });
}

/** A cut point in (start, limit]: prefer a line break, then a sentence end, then a space. */
function findCut(text: string, start: number, limit: number): number {
  const min = start + Math.floor(MAX_BLOCK / 2);
  const nl = text.lastIndexOf('\n', limit);
  if (nl > min) return nl + 1;
  for (let i = limit; i > min; i--) {
    const c = text[i - 1];
    if ((c === '.' || c === '!' || c === '?') && isSpace(text.charCodeAt(i))) return i;
  }
  for (let i = limit; i > min; i--) if (isSpace(text.charCodeAt(i))) return i;
  // No space at all: cut anywhere, but never inside a surrogate pair.
  let cut = limit;
  const code = text.charCodeAt(cut);
  if (code >= 0xdc00 && code <= 0xdfff) cut--;
  return cut;
}
