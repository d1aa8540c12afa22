/** The source after `according to`: a longer phrase than a noun phrase, and the description set off after it. */
import type { ParagraphSpeaker } from '../paragraph/types';
import { rule } from '../rules/rule';
import { has } from './speakers';
import type { QuoteContext } from './context';
import type { Token } from '../text/tokens';

export const accordingSource = rule(
  'indirect.according-source',
  'The words after `according to` up to the next comma name the source, even as a longer phrase: `…, according to complete but unofficial returns.`',
  /** `from`: the first token after `according to`; `end`: the sentence's end (exclusive). */
  ({ tokens, text }: QuoteContext, from: number, end: number): ParagraphSpeaker | null => {
    let to = from;
    while (to < end - 1 && to - from < 14 && !/[,;:.!?()\u2014\u2013"\u201c\u201d]/.test(tokens[to].post)) to++;
    if (to - from >= 14 || from >= end) return null;
    const words = tokens.slice(from, to + 1);
    if (!words.some((t) => has(t, 'Noun') || has(t, 'ProperNoun')) || words.some((t) => has(t, 'Pronoun') && !has(t, 'Possessive'))) return null;
    const last = tokens[to];
    if (!(has(last, 'Noun') || has(last, 'ProperNoun') || has(last, 'Date') || /^\p{Lu}/u.test(last.text))) return null;
    const mention = { start: tokens[from].start, end: last.end, text: text.slice(tokens[from].start, last.end) };
    return { mention, name: mention.text.replace(/^(?:the|a|an)\s+/i, '') };
  },
);

/**
 * `According to Oxfam, a charity, the richest …`: an indefinite description of the source after its comma (`comma`)
 * is no part of what it says; the token that closes it, or `comma`.
 */
export function pastAppositive(tokens: Token[], comma: number, b: number): number {
  if (!/^(?:a|an)$/.test(tokens[comma + 1]?.lower ?? '')) return comma;
  for (let c = comma + 2; c < b - 2 && c <= comma + 8; c++) {
    const t = tokens[c];
    if (has(t, 'Verb') && !has(t, 'Noun') || has(t, 'Pronoun') && !has(t, 'Possessive')) return comma;
    if (t.post.trim()) return /^,\s*$/.test(t.post) ? c : comma;
  }
  return comma;
}
