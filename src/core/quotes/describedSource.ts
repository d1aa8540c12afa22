/** `…, his top aide, Tad Devine, told reporters.`, `The mayor, Ann Lee, said …`: a source described, then named, between commas before the cue. */
import type { ParagraphSpeaker } from '../paragraph/types';
import type { Token } from '../text/tokens';
import { rule } from '../rules/rule';
import { has, speakerAfter } from './speakers';
import { nameOf } from './nameOf';
import type { QuoteContext } from './context';
import type { ReportedSentence } from './reported';

/** The first token of the comma-free phrase that ends at token `last`, when a comma closes the phrase before it; or -1. */
function phraseStart(tokens: Token[], last: number, min: number): number {
  let k = last;
  while (k > min && !tokens[k - 1].post.trim() && last - k < 6) k--;
  return k > min && /^,\s*$/.test(tokens[k - 1].post) ? k : -1;
}

/** The phrase from `from` to `to` is one noun phrase (speakerAfter reads exactly it). */
function wholePhrase(tokens: Token[], from: number, to: number, text: string): ParagraphSpeaker | null {
  const sp = speakerAfter(tokens, from, to, text, 0);
  return sp && sp.pronoun === undefined && sp.mention.end === tokens[to].end ? sp : null;
}

export const describedSource = rule(
  'indirect.described-source',
  '`…, his top aide, Tad Devine, told reporters.`, `The mayor, Ann Lee, said …`: a description then a name, set off by commas before the cue, speaks.',
  (ctx: QuoteContext, s: ReportedSentence, j: number): ParagraphSpeaker | null => {
    const { tokens, text } = ctx;
    const nameEnd = j - 1;
    if (nameEnd <= s.a || !/^,\s*$/.test(tokens[nameEnd].post)) return null;
    const nameFrom = phraseStart(tokens, nameEnd, s.a);
    if (nameFrom < 0) return null;
    const before = phraseStart(tokens, nameFrom - 1, s.a);
    // After a comma (content or an opening adverbial before it), or opening the sentence as its subject.
    const roleFrom = before >= 0 ? before : nameFrom - 1 > s.a && nameFrom - 1 - s.a < 6 ? s.a : -1;
    if (roleFrom < 0) return null;
    const isName = (t: Token) => /^\p{Lu}/u.test(t.text) && (has(t, 'Person') || has(t, 'ProperNoun'));
    const named = tokens.slice(nameFrom, nameEnd + 1);
    const role = tokens.slice(roleFrom, nameFrom);
    // `the mayor, Ann Lee,`: the description is lower case (titles aside), the name capitalised throughout.
    if (!named.every(isName) || role.some(isName) || !role.some((t) => has(t, 'Noun'))) return null;
    if (!wholePhrase(tokens, roleFrom, nameFrom - 1, text) || !wholePhrase(tokens, nameFrom, nameEnd, text)) return null;
    return {
      mention: { start: tokens[roleFrom].start, end: tokens[nameEnd].end, text: text.slice(tokens[roleFrom].start, tokens[nameEnd].end) },
      name: nameOf(tokens, nameFrom, nameEnd, text),
    };
  },
);
