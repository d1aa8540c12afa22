/** Step 6 of a marked quote: its speaker — its own attribution, the paragraph's previous quote, or the sentence subject. */
import type { Mention } from '../types';
import type { ParagraphQuote, ParagraphSpeaker } from '../paragraph/types';
import { noteRule, rule } from '../rules/rule';
import { appositiveSubject, cueMention, has, isVerbFiller, nameOf, nounPhraseBack, predicateOf, subjectOf } from './speakers';
import { sentenceOf, tokenAt, type QuoteContext } from './context';
import type { MarkFrame } from './frame';
import type { Draft } from './classify';

/** The speaker and cue of the paragraph's last quote that had one. */
export interface PreviousSpeaker {
  speaker: ParagraphSpeaker;
  cue: Mention | null;
}

export const previousQuote = rule(
  'speaker.previous-quote',
  'A quote with no attribution of its own takes the speaker of the paragraph\'s previous quote: `"We won," she said. "They lost."`',
  (previous: PreviousSpeaker | null): PreviousSpeaker | null => previous,
);

export const sentenceSubject = rule(
  'speaker.sentence-subject',
  'With no attribution, the sentence\'s subject and its verb: `A friend referred to him as "the boss"` (a direct quote tries context first).',
  ({ tokens, text, rules }: QuoteContext, from: number, to: number): { speaker: ParagraphSpeaker; cue: Mention } | null => {
    const subj = subjectOf(tokens, from, to, text, 0, rules.on(appositiveSubject));
    if (!subj) return null;
    let v = predicateOf(tokens, subj, to, 0, rules.on(appositiveSubject))?.at ?? tokenAt(tokens, subj.mention.end);
    while (v < to && isVerbFiller(tokens[v]) && !has(tokens[v], 'Copula')) v++;
    if (v >= to || !has(tokens[v], 'Verb') || has(tokens[v], 'Copula')) return null;
    return { speaker: subj, cue: cueMention(tokens, v, v, text, 0) };
  },
);

/** Did the subject reach its verb across an appositive (speaker.appositive-subject)? */
export function viaAppositive(ctx: QuoteContext, subj: ParagraphSpeaker, to: number): boolean {
  return ctx.rules.on(appositiveSubject) && predicateOf(ctx.tokens, subj, to, 0, true)?.appositive === true;
}

function singleMarks(f: MarkFrame): { single?: true } {
  return f.m.single ? { single: true } : {};
}

/** A bare cue with no subject: the previous quote's speaker, with the bare cue. */
export function orphanQuote(ctx: QuoteContext, f: MarkFrame, d: Draft, previous: PreviousSpeaker | null): ParagraphQuote {
  const prev = ctx.rules.on(previousQuote) ? previousQuote.fn(previous) : null;
  if (prev) noteRule(d.rules, previousQuote.id);
  const cue = cueMention(ctx.tokens, d.bareCue, d.bareCue, ctx.text, 0);
  return { start: d.start, end: d.end, kind: d.kind, speaker: prev?.speaker ?? null, cue, reopens: false, unclosed: f.m.unclosed, ...singleMarks(f), rules: d.rules };
}

/** The finished quote; `newCue`: a participle or verb right before the mark that replaces the attribution's cue. */
export function withSpeaker(ctx: QuoteContext, f: MarkFrame, d: Draft, previous: PreviousSpeaker | null, newCue: number): ParagraphQuote {
  const { tokens, text } = ctx;
  let speaker = d.own?.speaker ?? null;
  let cue = d.own?.cue ?? null;
  if (newCue >= 0 && d.own) cue = cueMention(tokens, newCue, newCue, text, 0);
  const prev = !speaker && ctx.rules.on(previousQuote) ? previousQuote.fn(previous) : null;
  if (prev) {
    ({ speaker, cue } = prev);
    noteRule(d.rules, previousQuote.id);
  }
  // `A friend referred to him as "…"`, `Trump issued a statement, "…"`: with no attribution, the subject of the
  // sentence is the likeliest source and its verb the cue (a direct quote tries context first, in the linker).
  const fallback = speaker || !ctx.rules.on(sentenceSubject) ? null : sentenceSubject.fn(ctx, tokenAt(tokens, f.leadFrom), tokenAt(tokens, f.m.open));
  if (fallback && d.kind === 'partial') {
    ({ speaker, cue } = fallback);
    noteRule(d.rules, sentenceSubject.id);
  }
  if (fallback && viaAppositive(ctx, fallback.speaker, tokenAt(tokens, f.m.open))) noteRule(d.rules, appositiveSubject.id);
  return {
    start: d.start,
    end: d.end,
    kind: d.kind,
    speaker,
    cue,
    reopens: /^\s*$/.test(text.slice(0, f.m.open)),
    unclosed: f.m.unclosed,
    ...singleMarks(f),
    ...(fallback && !speaker ? { fallback } : {}),
    rules: d.rules,
  };
}

export const relativeAntecedent = rule(
  'speaker.relative-antecedent',
  'A relative `who` names the noun phrase it follows: `Ann Lee, who chairs the board, said "…"` is Ann Lee\'s (the mention stays `who`).',
  ({ tokens, text, tz }: QuoteContext, sp: ParagraphSpeaker): ParagraphSpeaker | null => {
    if (sp.pronoun === undefined || !/^who$/i.test(sp.mention.text)) return null;
    const w = tokenAt(tokens, sp.mention.start);
    const sentStart = tokenAt(tokens, tz.sentences[Math.max(0, sentenceOf(tz, sp.mention.start))].start);
    const end = w - 1;
    if (end < sentStart || /[.!?;:"\u201c\u201d()]/.test(tokens[end].post)) return null;
    const start = nounPhraseBack(tokens, end, sentStart);
    if (start === null) return null;
    const name = nameOf(tokens, start, end, text).replace(/[,]$/, '');
    if (!/\p{L}/u.test(name) || /^(?:those|people|anyone|someone|one|many|some|others)$/i.test(name)) return null;
    return { mention: sp.mention, name };
  },
);

/** Gives a `who` speaker (own or fallback) the name of what it refers to, noting the rule on the quote. */
export function nameRelatives(ctx: QuoteContext, q: ParagraphQuote): void {
  if (!ctx.rules.on(relativeAntecedent)) return;
  const own = q.speaker && relativeAntecedent.fn(ctx, q.speaker);
  if (own) {
    q.speaker = own;
    noteRule(q.rules, relativeAntecedent.id);
  }
  const fb = q.fallback && relativeAntecedent.fn(ctx, q.fallback.speaker);
  if (fb && q.fallback) q.fallback = { ...q.fallback, speaker: fb };
}
