/** Step 6 of a marked quote: its speaker — its own attribution, the paragraph's previous quote, or the sentence subject. */
import { appositiveName } from './appositiveName';
import type { Mention } from '../types';
import type { ParagraphQuote, ParagraphSpeaker } from '../paragraph/types';
import { noteRule, rule } from '../rules/rule';
import { appositiveSubject, cueMention, has, isVerbFiller, nounPhraseBack, predicateOf, subjectOf } from './speakers';
import { nameOf } from './nameOf';
import { sentenceOf, tokenAt, type QuoteContext } from './context';
import type { MarkFrame } from './frame';
import type { Draft } from './classify';
import type { Token } from '../text/tokens';
import { TITLES } from '../text/lexicon';
import { roleThenName } from './roleThenName';
import { pollSource } from './pollSource';
import { OPENER, pastAdverbial } from './mainSubject';
import { misreadSpeechVerb } from './nounWords';

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

export const colonSubject = rule(
  'speaker.colon-subject',
  'A quote after `Subject verb …:` is the subject\'s, before any earlier speaker: `And Mr. Hale gloated: "I told you so."`.',
  /** `cue`: the subject's verb (sentence-subject); the colon must close its predicate, within 30 tokens (`Lee gave the idea a whirl in an interview with CNN on Tuesday: "…"`). */
  ({ text, tokens }: QuoteContext, f: MarkFrame, cue: Mention): boolean => {
    const lead = text.slice(cue.end, f.m.open);
    if (!/^[^.!?;:"\u201c\u201d]*:\s*$/.test(lead)) return false;
    return tokenAt(tokens, f.m.open) - tokenAt(tokens, cue.start) <= 30;
  },
);

export const sentenceSubject = rule(
  'speaker.sentence-subject',
  'With no attribution, the sentence\'s subject and its verb: `A friend referred to him as "the boss"` (a direct quote tries context first).',
  ({ tokens, text, rules }: QuoteContext, from: number, to: number): { speaker: ParagraphSpeaker; cue: Mention } | null => {
    const subj = subjectOf(tokens, from, to, text, 0, rules.on(appositiveSubject)) ?? pastOpeners(tokens, from, to, text, rules.on(appositiveSubject));
    if (!subj) return null;
    let v = predicateOf(tokens, subj, to, 0, rules.on(appositiveSubject))?.at ?? tokenAt(tokens, subj.mention.end);
    while (v < to && isVerbFiller(tokens[v]) && !has(tokens[v], 'Copula')) v++;
    if (v >= to || !(has(tokens[v], 'Verb') || misreadSpeechVerb(tokens, v)) || has(tokens[v], 'Copula')) return null;
    return { speaker: subj, cue: cueMention(tokens, v, v, text, 0) };
  },
);

/** `Later, on the steps of the statehouse, Lee …`: the subject after openers and up to two adverbials. */
function pastOpeners(tokens: Token[], from: number, to: number, text: string, appositive: boolean): ParagraphSpeaker | null {
  let i = from;
  while (i < to && OPENER.test(tokens[i].lower) && !/[.;:]/.test(tokens[i].post)) i++;
  for (let pass = 0; pass < 2 && i < to; pass++) i = pastAdverbial(tokens, i, to);
  return i > from && i < to ? subjectOf(tokens, i, to, text, 0, appositive) : null;
}

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
  // `A friend referred to him as "…"`, `Trump issued a statement, "…"`: with no attribution, the subject of the
  // sentence is the likeliest source and its verb the cue (a direct quote tries context first, in the linker) —
  // unless a colon closes the subject's short predicate (`Mr. Hale gloated: "…"`): then it comes first.
  const fallback = speaker || !ctx.rules.on(sentenceSubject) ? null : sentenceSubject.fn(ctx, tokenAt(tokens, f.leadFrom), tokenAt(tokens, f.m.open));
  const colon = fallback && d.kind !== 'partial' && ctx.rules.on(colonSubject) && colonSubject.fn(ctx, f, fallback.cue);
  const prev = !speaker && !colon && ctx.rules.on(previousQuote) ? previousQuote.fn(previous) : null;
  if (prev) {
    ({ speaker, cue } = prev);
    noteRule(d.rules, previousQuote.id);
  }
  if (fallback && !speaker && (d.kind === 'partial' || colon)) {
    ({ speaker, cue } = fallback);
    noteRule(d.rules, sentenceSubject.id);
    if (colon) noteRule(d.rules, colonSubject.id);
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

/** A capitalised word that may be part of a name (not a title such as `Minister`). */
function nameWord(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text) && !TITLES.has(t.lower.replace(/\.$/, '')) && !has(t, 'Possessive') && !/['\u2019]s$/.test(t.text);
}

export const nameAfterNoun = rule(
  'speaker.name-after-noun',
  'A mention ending in a name after its common noun or title is that name: `Bristol resident Whit Symms said` → Whit Symms, not Bristol.',
  ({ tokens, text }: QuoteContext, sp: ParagraphSpeaker): ParagraphSpeaker | null => {
    if (sp.pronoun !== undefined) return null;
    const from = tokenAt(tokens, sp.mention.start);
    let to = from;
    // Up to an appositive's comma (`Jane Roe, a pollster …`: the name is before it) or the mention's end.
    while (to + 1 < tokens.length && tokens[to + 1].start < sp.mention.end && !tokens[to].post.includes(',')) to++;
    let s = to + 1;
    while (s - 1 > from && nameWord(tokens[s - 1]) && (s - 1 === to || /^\.?$/.test(tokens[s - 1].post))) s--;
    if (s > to || s <= from || to - s >= 4) return null;
    const head = tokens[s - 1];
    const title = TITLES.has(head.lower.replace(/\.$/, ''));
    if (!title && !(/^\p{Ll}/u.test(head.text) && has(head, 'Noun') && !has(head, 'Pronoun'))) return null;
    // `a spokesman for Sen. Bernie Sanders`: a name after a preposition is not who speaks.
    for (let i = from; i < s; i++) if (has(tokens[i], 'Preposition') || /^(?:of|for|to|at|with|by)$/.test(tokens[i].lower)) return null;
    const name = text.slice(tokens[s].start, tokens[to].end).replace(/[,.]$/, '');
    return name !== sp.name && !sp.name.includes(name) ? { mention: sp.mention, name } : null;
  },
);

/** `rule` applied to a quote's own speaker and to its fallback; notes the rule when the own speaker changed. */
function renameSpeaker(ctx: QuoteContext, q: ParagraphQuote, r: typeof relativeAntecedent | typeof roleThenName | typeof appositiveName | typeof pollSource): void {
  if (!ctx.rules.on(r)) return;
  const own = q.speaker && r.fn(ctx, q.speaker);
  if (own) {
    q.speaker = own;
    noteRule(q.rules, r.id);
  }
  const fb = q.fallback && r.fn(ctx, q.fallback.speaker);
  if (fb && q.fallback) q.fallback = { ...q.fallback, speaker: fb };
}

/** Names a quote's speakers: a `who` after what it refers to, a name after its noun (`resident Whit Symms`). */
export function nameRelatives(ctx: QuoteContext, q: ParagraphQuote): void {
  renameSpeaker(ctx, q, relativeAntecedent);
  renameSpeaker(ctx, q, nameAfterNoun);
  renameSpeaker(ctx, q, roleThenName);
  renameSpeaker(ctx, q, appositiveName);
  renameSpeaker(ctx, q, pollSource);
}
