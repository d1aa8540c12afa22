/**
 * compromise's terms (sentenceParse.ts, the only place compromise is called) turned into a flat
 * token list with offsets re-checked against the paragraph text (so later rules never trust
 * an offset that does not slice back to the token).
 */
import type { Span } from '../types';
import { SentenceParser, type RawTerm } from './sentenceParse';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased, apostrophes normalised. */
  lower: string;
  tags: ReadonlySet<string>;
  /** Punctuation glued after the token by compromise (",", ".”", …), whitespace trimmed. */
  post: string;
  /** Punctuation glued before the token ("“", "("), whitespace trimmed. */
  pre: string;
  /** Index of the sentence this token belongs to. */
  sentence: number;
}

export interface Tokenized {
  tokens: Token[];
  sentences: Span[];
  /** For each sentence, [first token index, end token index). */
  sentenceTokens: [number, number][];
}

/** Sentence by sentence, cached: a one-character edit re-parses one sentence, not the paragraph. */
export const sentenceParser = new SentenceParser();

export function normaliseWord(s: string): string {
  return s.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'");
}

export function tokenize(text: string): Tokenized {
  const tokens: Token[] = [];
  const sentences: Span[] = [];
  const sentenceTokens: [number, number][] = [];
  if (!/\S/.test(text)) return { tokens, sentences, sentenceTokens };
  // A parser failure is the caller's to report (analyzeParagraph records it in the paragraph's errors).
  const raw: RawTerm[][] = sentenceParser.parse(text);
  let cursor = 0;
  for (const rs of raw) {
    const first = tokens.length;
    let sStart = -1;
    let sEnd = -1;
    for (const term of rs) {
      const t = term.text;
      if (!t) {
        // The second half of a contraction (`haven't` → have + an empty `not`) carries the punctuation after the word.
        const last = tokens.length > first ? tokens[tokens.length - 1] : undefined;
        if (last) {
          if (term.post.trim()) glueTrailing(text, last, term.post.trim());
          sEnd = Math.max(sEnd, last.end + last.post.length);
        }
        continue;
      }
      // Terms come in text order: the next occurrence after the cursor, past any glued-on "pre" punctuation.
      const start = findTerm(text, t, cursor, cursor + 64 + term.pre.length);
      if (start < 0) continue;
      const end = start + t.length;
      cursor = end;
      const pre = term.pre.trim();
      const post = term.post.trim();
      const preOk = pre && text.slice(start - pre.length, start) === pre;
      const lead = preOk ? start - pre.length : start;
      const postIdx = post ? text.indexOf(post, end) : -1;
      const trail = post && postIdx >= 0 && postIdx - end <= 2 ? postIdx + post.length : end;
      if (sStart < 0) sStart = lead;
      sEnd = Math.max(sEnd, trail);
      tokens.push({
        start,
        end,
        text: t,
        lower: normaliseWord(t),
        tags: term.tags,
        post: trail > end ? text.slice(end, trail).trim() : '',
        pre: preOk ? pre : '',
        sentence: sentences.length,
      });
    }
    if (tokens.length > first && sStart >= 0) {
      // compromise keeps `… soft.” He says …` together: split after a full stop + closing mark before a capital.
      let from = first;
      for (let i = first; i < tokens.length; i++) {
        const next = tokens[i + 1];
        const boundary = i === tokens.length - 1 ||
          (/[.!?]["'\u201d\u2019\u00bb)]+$/.test(tokens[i].post) && next !== undefined && /^[\p{Lu}\d]/u.test(next.text));
        if (!boundary) continue;
        const start = from === first ? sStart : tokens[from].start - tokens[from].pre.length;
        const end = i === tokens.length - 1 ? sEnd : tokens[i].end + tokens[i].post.length;
        pushSentence(sentences, sentenceTokens, start, end, from, i + 1, tokens);
        from = i + 1;
      }
      cursor = Math.max(cursor, sEnd);
    }
  }
  return { tokens, sentences, sentenceTokens };
}

/**
 * The first occurrence of `t` from `from` to `limit` that cuts no surrogate pair, or -1. compromise can hand back half
 * of a pair as a term (a lone `\ude00` after a run of emoji): matched inside an emoji, it made a sentence of half a
 * character.
 */
function findTerm(text: string, t: string, from: number, limit: number): number {
  for (let at = text.indexOf(t, from); at >= 0 && at <= limit; at = text.indexOf(t, at + 1)) {
    if (!splitsPair(text, at) && !splitsPair(text, at + t.length)) return at;
  }
  return -1;
}

/** Is `i` between the two halves of a surrogate pair? */
function splitsPair(text: string, i: number): boolean {
  const lo = text.charCodeAt(i);
  return lo >= 0xdc00 && lo <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff;
}

/** Punctuation `post` found right after `tok` (and any punctuation it already has) becomes part of its post. */
function glueTrailing(text: string, tok: Token, post: string): void {
  const from = tok.end + tok.post.length;
  const at = text.indexOf(post, from);
  if (at < 0 || at - from > 2 || /\S/.test(text.slice(from, at))) return;
  tok.post = text.slice(tok.end, at + post.length).trim();
}

function pushSentence(sentences: Span[], sentenceTokens: [number, number][], start: number, end: number, a: number, b: number, tokens: Token[]): void {
  // Keep sentences ordered and disjoint even if compromise disagrees with itself.
  const prevEnd = sentences.length ? sentences[sentences.length - 1].end : 0;
  const s = Math.max(start, prevEnd);
  for (let i = a; i < b; i++) tokens[i].sentence = sentences.length;
  sentences.push({ start: s, end: Math.max(end, s) });
  sentenceTokens.push([a, b]);
}
