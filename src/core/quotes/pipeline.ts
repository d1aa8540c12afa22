/**
 * Quotes in one paragraph: marked (direct/partial) and reported (indirect), with speaker and cue.
 * Marks go through marked.ts one pair at a time; sentences no marked quote covers go through indirect.ts.
 */
import type { Tokenized } from '../text/tokens';
import type { MarkedSpan } from '../text/quoteMarks';
import type { ParagraphIntro, ParagraphQuote } from '../paragraph/types';
import type { RuleSet } from '../rules/registry';
import { noteRule, rule } from '../rules/rule';
import { quoteContext, type QuoteContext } from './context';
import { findMarks } from './marks';
import { attributionTail } from './filter';
import { markedQuote } from './marked';
import { indirectQuotes } from './indirect';
import { introOf } from './intro';
import { transcriptTurn } from './transcript';
import { nameRelatives, type PreviousSpeaker } from './speaker';
import { NEVER_NAME_WORDS } from '../text/lexicon';
import type { ParagraphSpeaker } from '../paragraph/types';

export interface ParagraphQuotes {
  quotes: ParagraphQuote[];
  /** Attribution of a closing `X said:` that introduces the next paragraph's quote. */
  intro: ParagraphIntro | null;
}

export const insideQuote = rule(
  'filter.inside-quote',
  'Marks inside the span of the quote before them belong to it: `called the plan "bold" and "overdue," she said`.',
  (m: MarkedSpan, coveredUntil: number): boolean => m.open < coveredUntil,
);

const QUOTED_WORDS = /["\u201c][^"\u201c\u201d\n]*\p{L}[^"\u201c\u201d\n]*["\u201d]/u;

export const neverNameSpeaker = rule(
  'speaker.never-name',
  'A "speaker" made only of sentence-opening words names no one: `By refusing to admit any fault, …` reports nothing, and `But, said Lee, "…"` is not But\'s.',
  (sp: ParagraphSpeaker | null | undefined): boolean =>
    !!sp && sp.pronoun === undefined && sp.name.trim().split(/\s+/).every((w) => NEVER_NAME_WORDS.has(w.toLowerCase())),
);

export const quotedWords = rule(
  'kind.quoted-words',
  'Reported speech that quotes some of its words is a partial quote: `said it would be "a summer of agony" for her`.',
  (content: string): boolean => QUOTED_WORDS.test(content),
);

export const cueInsideQuote = rule(
  'indirect.cue-inside-quote',
  'A reporting verb inside a quote reports nothing outside it: `"It is bigger than anyone expected," said Lee, an analyst …`.',
  /** The index of the marked quote whose span holds the report's cue, or -1. */
  (q: ParagraphQuote, covered: readonly [number, number][]): number => (q.cue ? covered.findIndex(([a, b]) => a <= q.cue!.start && q.cue!.end <= b) : -1),
);

/** `text` as restyled by quotes/marks.ts `restyleMarks`, `styled` the marks it read. */
export function findQuotes(text: string, tz: Tokenized, rules: RuleSet, styled?: ReadonlyMap<number, string>): ParagraphQuotes {
  const ctx = quoteContext(text, tz, rules, styled);
  const turn = rules.on(transcriptTurn) ? transcriptTurn.fn(ctx) : null;
  if (turn) return { quotes: [turn], intro: null };
  const { quotes, covered } = markedQuotes(ctx);
  // Indirect speech in sentences not already covered by a marked quote's clause.
  for (let si = 0; si < tz.sentences.length; si++) {
    for (const q of indirectQuotes(ctx, si)) {
      if (covered.some(([a, b]) => a < q.end && b > q.start)) continue;
      const holder = rules.on(cueInsideQuote) ? cueInsideQuote.fn(q, covered) : -1;
      if (holder >= 0) {
        noteRule(quotes[holder].rules, cueInsideQuote.id);
        continue;
      }
      if (rules.on(quotedWords) && quotedWords.fn(text.slice(q.start, q.end))) {
        q.kind = 'partial';
        noteRule(q.rules, quotedWords.id);
      }
      quotes.push(q);
    }
  }
  quotes.sort((a, b) => a.start - b.start);
  for (const q of quotes) nameRelatives(ctx, q);
  return { quotes: rules.on(neverNameSpeaker) ? withoutNeverNames(quotes) : quotes, intro: introOf(ctx) };
}

/** The marked quotes, and the ranges they cover (marks and reported clause). */
function markedQuotes(ctx: QuoteContext): { quotes: ParagraphQuote[]; covered: [number, number][] } {
  const quotes: ParagraphQuote[] = [];
  const covered: [number, number][] = [];
  let last: PreviousSpeaker | null = null;
  let coveredUntil = -1;
  /** The quote that reaches furthest: marks inside it are part of it. */
  let coverer: ParagraphQuote | null = null;
  let prevClose = -1;
  let tail = -1;
  for (const m of findMarks(ctx)) {
    if (coverer && ctx.rules.on(insideQuote) && insideQuote.fn(m, coveredUntil)) {
      noteRule(coverer.rules, insideQuote.id);
      continue;
    }
    if (tail >= 0 && ctx.rules.on(attributionTail) && attributionTail.fn(ctx, tail, m)) {
      prevClose = m.close;
      continue;
    }
    const q = markedQuote(ctx, m, last, prevClose);
    prevClose = m.close;
    tail = q && !m.unclosed ? attributionTailStart(q, m) : -1;
    if (!q) continue;
    quotes.push(q);
    covered.push([Math.min(q.start, m.open), Math.max(q.end, m.close)]);
    if (q.end > coveredUntil) {
      coveredUntil = q.end;
      coverer = q;
    }
    if (q.speaker) last = { speaker: q.speaker, cue: q.cue };
  }
  return { quotes, covered };
}

/** Where the words after a quote's own `, X said` begin (after cue and speaker), or -1 when it has none there. */
function attributionTailStart(q: ParagraphQuote, m: MarkedSpan): number {
  if (!q.cue || q.cue.start <= m.close) return -1;
  return Math.max(q.cue.end, q.speaker && q.speaker.mention.start > m.close ? q.speaker.mention.end : 0);
}

/**
 * Applies speaker.never-name: a name loses the sentence-opening words it starts with (`Even my own folks` → my own folks);
 * an indirect quote whose speaker is only such words was a misread cue and goes; a marked one keeps no speaker.
 */
function withoutNeverNames(quotes: ParagraphQuote[]): ParagraphQuote[] {
  const out: ParagraphQuote[] = [];
  for (const q of quotes) {
    if (q.fallback && neverNameSpeaker.fn(q.fallback.speaker)) delete q.fallback;
    if (!neverNameSpeaker.fn(q.speaker)) {
      const name = q.speaker && q.speaker.pronoun === undefined ? pastOpeningWords(q.speaker.name) : undefined;
      if (q.speaker && name !== undefined && name !== q.speaker.name) {
        q.speaker = { ...q.speaker, name };
        noteRule(q.rules, neverNameSpeaker.id);
      }
      out.push(q);
    } else if (q.kind !== 'indirect') {
      q.speaker = null;
      noteRule(q.rules, neverNameSpeaker.id);
      out.push(q);
    }
  }
  return out;
}

function pastOpeningWords(name: string): string {
  const words = name.split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && NEVER_NAME_WORDS.has(words[i].toLowerCase())) i++;
  return i ? words.slice(i).join(' ') : name;
}
