/**
 * The article's headline, by the rule the News Article grammar styles it (syntaxes/news-article.tmLanguage.json,
 * #headline and #lead-before-headline): the engine, the exports and the editor's colours name the same line.
 */
import type { Span } from '../types';

/** Longest line read as a headline after a paragraph typed above it (the grammar's #lead-before-headline too). */
export const HEADLINE_MAX_CHARS = 120;

/**
 * A line that is a paragraph of text, not a headline: very long, or a long sentence (more than 25
 * words ending with a full stop). The grammar's #lead-before-headline uses the same test.
 */
export function looksLikeProse(line: string): boolean {
  const t = line.trim();
  return t.length > 200 || (/[.!?]["\u201d]?$/.test(t) && t.split(/\s+/).length > 25);
}

const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/g;

/** A later line the grammar ends #lead-before-headline on: at most 120 characters, not ending like a sentence. */
function headlineLike(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && Array.from(t).length <= HEADLINE_MAX_CHARS && !/[.!?:;"\u201d\u2019\u00bb]$/u.test(t);
}

/** The trimmed span of `line` starting at `at`. */
function trimmed(line: string, at: number): Span {
  const lead = line.length - line.trimStart().length;
  return { start: at + lead, end: at + line.trimEnd().length };
}

/**
 * The line the grammar styles as the headline (trimmed), or null: the first line when it holds text and is not
 * prose; after a first line of prose (a paragraph typed above the headline), the first later line of at most
 * HEADLINE_MAX_CHARS that does not end like a sentence. A blank first line: none (the grammar styles none).
 */
export function headlineLine(text: string): Span | null {
  LINE.lastIndex = 0;
  let first = true;
  for (let m = LINE.exec(text); m && m[0].length > 0; m = LINE.exec(text)) {
    const line = m[0].replace(/[\r\n]+$/, '');
    if (first) {
      if (!/\S/.test(line)) return null;
      if (!looksLikeProse(line)) return trimmed(line, m.index);
      first = false;
    } else if (headlineLike(line)) {
      return trimmed(line, m.index);
    }
  }
  return null;
}

/**
 * The headline the engine reads (its single-quoted words are headline style, link.headline-single-marks): the
 * grammar's headline line, except a first line with nothing after it (a lone sentence is content, not a headline).
 */
export function headlineSpan(text: string): Span | null {
  const h = headlineLine(text);
  if (!h) return null;
  return /\S/.test(text.slice(h.end)) || h.start > 0 && /\S/.test(text.slice(0, h.start)) ? h : null;
}
