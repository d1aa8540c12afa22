/**
 * A bare cue whose subject the plain subject search missed: the clause's subject reached past openers and
 * adverbials, and past the adverbs, auxiliaries and verb chain between it and the cue (`Clinton has increasingly
 * decried …`, `The mayor however said he would welcome …`, `Lee was prompted to say, "…"`).
 */
import type { Token } from '../text/tokens';
import type { ParagraphSpeaker } from '../paragraph/types';
import { rule } from '../rules/rule';
import { appositiveSubject, has, isCue, isVerbFiller, predicateOf, speakerAfter, speakerBefore } from './speakers';
import { OPENER, pastAdverbial, withPhrase } from './mainSubject';
import { tokenAt, type QuoteContext } from './context';

/** Adverbs the tagger reads otherwise, and the infinitive marker: `however`, `also`, `to`. */
const CHAIN_WORD = /^(?:to|however|also|then|now|still|later|again|never|only|just|even|once|first|repeatedly|initially)$/;

/** Words a subject's verb chain may hold before the cue: `has increasingly`, `was prompted to`, `on Friday`. */
function inChain(tokens: Token[], v: number): boolean {
  const t = tokens[v];
  if (/[.!?;:"\u201c\u201d()\u2014\u2013]/.test(t.post) || /["\u201c\u201d(]/.test(t.pre)) return false;
  if (t.post.includes(',') && !has(t, 'Adverb')) return false;
  if (isVerbFiller(t) || CHAIN_WORD.test(t.lower)) return true;
  // `on Friday`, `last week`: a time adjunct.
  if (/^(?:on|last|this|early|late)$/.test(t.lower) && (has(tokens[v + 1], 'Date') || has(tokens[v + 1], 'Time'))) return true;
  if (has(t, 'Date') || has(t, 'Time')) return /^(?:on|last|this|early|late)$/.test(tokens[v - 1]?.lower ?? '');
  return has(t, 'Verb') && !has(t, 'Noun') && !has(t, 'Adjective') && !has(t, 'Gerund');
}

/** The subject after the sentence's openers whose verb chain reaches the cue. */
function forward(ctx: QuoteContext, from: number, cue: number): { speaker: ParagraphSpeaker; cue: number } | null {
  const { tokens, text } = ctx;
  let i = from;
  while (i < cue && OPENER.test(tokens[i].lower) && !/[.;:]/.test(tokens[i].post)) i++;
  for (let pass = 0; pass < 2 && i < cue; pass++) i = pastAdverbial(tokens, i, cue);
  if (i >= cue) return null;
  let sp = speakerAfter(tokens, i, cue - 1, text, 0);
  if (!sp) return null;
  const k = tokenAt(tokens, sp.mention.end);
  const appositive = ctx.rules.on(appositiveSubject);
  let pred = predicateOf(tokens, sp, cue + 1, 0, appositive) ?? (k < cue && CHAIN_WORD.test(tokens[k].lower) ? { at: k } : null);
  if (!pred) {
    const long = withPhrase(ctx, sp, cue);
    pred = long && predicateOf(tokens, long, cue + 1, 0, appositive);
    if (!pred || !long) return null;
    sp = long;
  }
  for (let v = pred.at; v <= cue; v++) {
    // The first speech verb of the chain is the cue: `said he would welcome` → said.
    if (v === cue || isCue(tokens[v], true)) return { speaker: sp, cue: v };
    if (!inChain(tokens, v)) return null;
  }
  return null;
}

/** The noun phrase right before the cue's verb chain, in a clause of its own (`… so calm that Lee was prompted to say`). */
function backward(ctx: QuoteContext, from: number, cue: number): { speaker: ParagraphSpeaker; cue: number } | null {
  const { tokens, text } = ctx;
  let v = cue - 1;
  let first = cue;
  while (v > from && inChain(tokens, v)) {
    if (isCue(tokens[v], true)) first = v;
    v--;
  }
  if (v === cue - 1 && !has(tokens[cue], 'Verb')) return null;
  let sp = speakerBefore(tokens, v + 1, from, text, 0);
  if (!sp || tokenAt(tokens, sp.mention.end) !== v + 1) return null;
  // `so calm that Lee was …`: the subject starts after the clause's conjunction.
  const s0 = tokenAt(tokens, sp.mention.start);
  for (let j = v; j >= s0; j--) {
    if (!/^(?:that|because|while|when|as|if|though|although|so)$/.test(tokens[j].lower) && !/,/.test(tokens[j].post)) continue;
    if (j === v) return null;
    const m = { start: tokens[j + 1].start, end: sp.mention.end, text: text.slice(tokens[j + 1].start, sp.mention.end) };
    sp = { ...sp, mention: m };
    break;
  }
  // Not the object of an earlier verb or preposition: `told the reporters to say`.
  const before = tokens[tokenAt(tokens, sp.mention.start) - 1];
  if (before && tokenAt(tokens, sp.mention.start) > from && (has(before, 'Verb') || has(before, 'Preposition')) && !before.post) return null;
  return { speaker: sp, cue: first };
}

export const clauseSubject = rule(
  'speaker.clause-subject',
  'A bare cue\'s speaker is its clause\'s subject, past adverbs and a verb chain: `The mayor however said he would welcome a "…"` → the mayor, said.',
  /** `from`: the first token of the quote's lead; `cue`: the bare cue's token. The subject and the cue it reaches first. */
  (ctx: QuoteContext, from: number, cue: number): { speaker: ParagraphSpeaker; cue: number } | null => forward(ctx, from, cue) ?? backward(ctx, from, cue),
);
