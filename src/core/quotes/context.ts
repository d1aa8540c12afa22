/** What every quote rule sees: the paragraph, its tokens and the rules in force; and the token helpers they share. */
import type { Token, Tokenized } from '../text/tokens';
import type { Mention } from '../types';
import type { ParagraphSpeaker } from '../paragraph/types';
import type { Rule } from '../rules/rule';
import type { RuleSet } from '../rules/registry';
import { cueMention } from './speakers';

export interface QuoteContext {
  readonly text: string;
  readonly tz: Tokenized;
  readonly tokens: Token[];
  readonly rules: RuleSet;
  /** Marks of another style read as quotation marks: index → id of the rule that read it (quotes/marks.ts). */
  readonly styled: ReadonlyMap<number, string>;
}

/** A speaker and cue found for a quote, before any rule ids are attached. */
export interface Found {
  speaker: ParagraphSpeaker;
  cue: Mention;
  /** Token index where the cue starts (-1 when the cue is punctuation). */
  cueStart: number;
  /** Token index of the cue's last token (or of what ends the attribution before the content). */
  cueEnd: number;
  /** Rules besides the finding one that shaped it (a speaker rule the cue rule called). */
  rules?: string[];
}

export interface Attribution extends Found {
  /** Ids of the rules that found it. */
  rules: string[];
}

export function quoteContext(text: string, tz: Tokenized, rules: RuleSet, styled: ReadonlyMap<number, string> = new Map()): QuoteContext {
  return { text, tz, tokens: tz.tokens, rules, styled };
}

/** An attribution whose cue is tokens [cueStart, cueTo]; `cueEnd` defaults to the cue's last token. */
export function found(ctx: QuoteContext, speaker: ParagraphSpeaker, cueStart: number, cueTo = cueStart, cueEnd = cueTo): Found {
  return { speaker, cue: cueMention(ctx.tokens, cueStart, cueTo, ctx.text, 0), cueStart, cueEnd };
}

/**
 * Runs the enabled rules of `list` in order until one applies (returns anything but undefined); null means it
 * applied and found nothing, which ends the search. The result carries the applying rule's id.
 */
export function firstApplying<A extends unknown[], T>(
  ctx: QuoteContext,
  list: readonly Rule<(...args: A) => T | null | undefined>[],
  ...args: A
): { value: T; id: string } | null {
  for (const r of list) {
    if (!ctx.rules.on(r)) continue;
    const value = r.fn(...args);
    if (value === undefined) continue;
    return value === null ? null : { value, id: r.id };
  }
  return null;
}

/** Index of the first token starting at or after `pos` (tokens are sorted). */
export function tokenAt(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function sentenceOf(tz: Tokenized, pos: number): number {
  const s = tz.sentences;
  for (let i = 0; i < s.length; i++) if (pos < s[i].end) return i;
  return s.length - 1;
}

/** "according to X" starting at token i. */
export function accordingTo(tokens: Token[], i: number): boolean {
  return tokens[i]?.lower === 'according' && tokens[i + 1]?.lower === 'to';
}

const TRAIL = /[\s"'\u201c\u201d\u2018\u2019\u00ab\u00bb.,;:!?\u2014\u2013-]+$/u;
const LEAD = /^[\s"'\u201c\u201d\u2018\u2019\u00ab\u00bb.,;:!?\u2014\u2013-]+/u;

/** [start, end) without quotation marks, spaces and punctuation at either end. */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  const s = text.slice(start, end);
  const lead = s.match(LEAD)?.[0].length ?? 0;
  const trail = s.slice(lead).match(TRAIL)?.[0].length ?? 0;
  return [start + lead, end - trail];
}

/** Where a token's text begins, with the punctuation glued before it. */
export function tokenLead(t: Token): number {
  return t.start - (t.pre ? t.pre.length : 0);
}
