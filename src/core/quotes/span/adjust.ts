/** Step 5 of a marked quote: its span — the reported clause of a partial quote, or just the marks. */
import type { Token } from '../../text/tokens';
import { SPEECH_VERBS, WEAK_CUES } from '../../text/lexicon';
import { noteRule, rule } from '../../rules/rule';
import { cueBase, has } from '../speakers';
import { tokenAt, tokenLead, trimSpan, type QuoteContext } from '../context';
import type { MarkFrame } from '../frame';
import type { Attributions } from '../attribute';
import type { Draft } from '../classify';
import { clauseStartPos } from './clauseStart';
import { clauseEnd } from './clauseEnd';

export const participleCue = rule(
  'span.participle-cue',
  'A detached speech participle before the mark makes the quote its content and cue: `…, adding, "We will be back."`.',
  /** The last speech participle between `from` and the opening mark that starts an adverbial phrase, or -1. */
  (tokens: Token[], from: number, open: number): number => {
    const first = tokenAt(tokens, from);
    for (let j = tokenAt(tokens, open) - 1; j >= first && j > 0; j--) {
      const t = tokens[j];
      // The tagger often reads a detached participle as a gerund noun, so the word list decides.
      if (!/ing$/.test(t.lower) || !SPEECH_VERBS.has(t.lower)) continue;
      const prev = tokens[j - 1];
      const detached = /[,\u2014\u2013]/.test(prev.post + t.pre) || /^(by|before|after|while|and)$/.test(prev.lower);
      return detached && j + 1 < tokens.length ? j : -1;
    }
    return -1;
  },
);

export const cueBeforeMark = rule(
  'span.cue-before-mark',
  'A speech verb then a comma or colon right before the mark introduces the quotation itself: `… and added, "…"`.',
  /** The verb (with at most a short object or adverb before the comma), or -1. */
  (tokens: Token[], from: number, open: number): number => {
    const first = tokenAt(tokens, from);
    const last = tokenAt(tokens, open) - 1;
    if (last < first || last < 1 || !/[,:]$/.test(tokens[last].post)) return -1;
    for (let j = last; j >= first && j >= last - 4; j--) {
      const t = tokens[j];
      if (j < last && /[,:;.!?"\u201c\u201d]/.test(t.post)) return -1;
      if (SPEECH_VERBS.has(t.lower) && (has(t, 'Verb') || j === last) && !WEAK_CUES.has(cueBase(t))) return j;
      if (has(t, 'Verb') && !has(t, 'Noun')) return -1;
    }
    return -1;
  },
);

const OBJECT_CUES = /^(told|tell|tells|telling|asked|ask|asks|asking|reminded|assured|informed|warned)$/;

export const adjunctsThenMark = rule(
  'span.adjuncts-then-mark',
  'Only adjuncts between the cue and a comma before the mark, so the quotation is the content: `told Chris Wallace of Fox News, "…"`.',
  (tokens: Token[], text: string, cueEnd: number, open: number): boolean => {
    const first = cueEnd + 1;
    const last = tokenAt(tokens, open) - 1;
    if (last < first || last - first > 14) return false;
    const lead = text.slice(tokens[cueEnd].end, open);
    // Not `said the plan, "…"` (a subject) nor `said that …, "…"` (a clause).
    if (!/[,:]\s*$/.test(lead) || /\bthat\b|["\u201c\u201d;!?]/i.test(lead)) return false;
    const t = tokens[first];
    return /^\s*,/.test(lead) || has(t, 'Preposition') || has(t, 'Adverb') || has(t, 'Date') || OBJECT_CUES.test(tokens[cueEnd].lower);
  },
);

export const thatClause = rule(
  'span.that-clause',
  'A `that` right before the mark opens a clause the quote begins; the content is that clause: `The answer was that "…" on Monday`.',
  (ctx: QuoteContext, f: MarkFrame, d: Draft): { start: number; end: number } | undefined => {
    const that = /\bthat[ \t\u00a0]+$/i.exec(ctx.text.slice(f.leadFrom, f.m.open));
    if (!that) return undefined;
    const start = f.m.open - that[0].length;
    const end = d.end === f.te ? Math.max(f.te, trimSpan(ctx.text, start, clauseEnd(ctx, f.m, f.sOpen.start, f.sClose.end, start))[1]) : d.end;
    return { start, end };
  },
);

/** The reported clause of a partial quote with its own attribution: from the cue's complement to the clause end. */
function clauseSpan(ctx: QuoteContext, f: MarkFrame, att: Attributions, d: Draft): void {
  const { ts, te } = f;
  const start = att.before ? Math.min(clauseStartPos(ctx, att.before.cueEnd, f.m.open, d.rules), ts) : Math.min(f.leadFrom, ts);
  const end = att.laterEnd >= 0 ? att.laterEnd : att.after && !att.before ? te : clauseEnd(ctx, f.m, f.sOpen.start, f.sClose.end, start, d.rules);
  [d.start, d.end] = trimSpan(ctx.text, start, Math.max(end, te));
  if (d.end < te) d.end = te;
  if (d.start > ts) d.start = ts;
}

/** Shapes the span; returns the token of a new cue (a participle or a verb right before the mark), or -1. */
export function shapeSpan(ctx: QuoteContext, f: MarkFrame, att: Attributions, d: Draft): number {
  if (d.kind === 'partial' && d.own && d.bareCue < 0) clauseSpan(ctx, f, att, d);
  const { tokens, text } = ctx;
  const { ts, te } = f;
  const participle = d.kind === 'partial' && ctx.rules.on(participleCue) ? participleCue.fn(tokens, d.start, f.m.open) : -1;
  const introVerb = d.kind === 'partial' && participle < 0 && ctx.rules.on(cueBeforeMark) ? cueBeforeMark.fn(tokens, d.start, f.m.open) : -1;
  if (d.kind === 'partial' && participle < 0 && introVerb < 0 && att.before && d.own === att.before && ctx.rules.on(adjunctsThenMark) && adjunctsThenMark.fn(tokens, text, att.before.cueEnd, f.m.open)) {
    d.start = ts;
    if (d.end === te) d.kind = 'direct';
    noteRule(d.rules, adjunctsThenMark.id);
  }
  if (participle >= 0 || introVerb >= 0) {
    [d.start] = participle >= 0 ? trimSpan(text, tokenLead(tokens[participle + 1]), te) : [ts];
    // `adding, "…"`: nothing but the quotation is left, so it is a direct quote.
    if (d.start === ts && d.end === te) d.kind = 'direct';
    noteRule(d.rules, participle >= 0 ? participleCue.id : cueBeforeMark.id);
  }
  if (d.kind === 'partial' && d.start === ts && ctx.rules.on(thatClause)) {
    const span = thatClause.fn(ctx, f, d);
    if (span) {
      ({ start: d.start, end: d.end } = span);
      noteRule(d.rules, thatClause.id);
    }
  }
  return participle >= 0 ? participle : introVerb;
}
