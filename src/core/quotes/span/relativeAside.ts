/**
 * `The plan, which supporters say will create 500 jobs, was approved` and `Smith, who said the plan would fail,
 * resigned`: a report inside a relative clause set off by commas ends at the comma where the main clause's verb
 * resumes, not at the sentence's end.
 */
import type { Token } from '../../text/tokens';
import type { ParagraphSpeaker } from '../../paragraph/types';
import { noteRule, rule } from '../../rules/rule';
import { has } from '../speakers';
import { tokenAt, type QuoteContext } from '../context';

export const relativeAsideEnd = rule(
  'span.relative-aside-end',
  '`The plan, which supporters say will create jobs, was approved.`: a report inside a relative set off by commas ends before the main verb.',
  /** The content's new end (the end of the word before that comma), or -1 to keep the clause's own end. */
  (tokens: readonly Token[], rel: number, from: number, b: number): number => {
    if (!tokens[rel - 1]?.post.includes(',')) return -1;
    for (let k = from; k + 1 < b; k++) {
      if (!tokens[k].post.includes(',')) continue;
      const next = tokens[k + 1];
      // Only the first comma: a list inside the aside (`jobs, schools and roads`) is no verb and keeps the span.
      return has(next, 'Verb') && !has(next, 'Noun') && !has(next, 'Gerund') ? tokens[k].end : -1;
    }
    return -1;
  },
);

/** The token of a relative word that is the speaker itself (`Smith, who said …`), or -1. */
export function relativeSpeakerAt(tokens: Token[], sp: ParagraphSpeaker | null): number {
  if (!sp) return -1;
  const i = tokenAt(tokens, sp.mention.start);
  return /^(?:who|which)$/.test(tokens[i]?.lower ?? '') ? i : -1;
}

/** `span` cut at the aside's end when the relative at `rel` (a token index, -1: none) is set off by commas. */
export function endOfAside(ctx: QuoteContext, span: [number, number], rel: number, from: number, b: number, rules: string[]): [number, number] {
  if (rel < 0 || !ctx.rules.on(relativeAsideEnd)) return span;
  const end = relativeAsideEnd.fn(ctx.tokens, rel, from, b);
  if (end <= span[0] || end >= span[1]) return span;
  noteRule(rules, relativeAsideEnd.id);
  return [span[0], end];
}
