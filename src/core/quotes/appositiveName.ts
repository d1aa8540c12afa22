/** `The health secretary, Wes Streeting, said`: a speaker described by a common noun and named in the appositive after it. */
import type { ParagraphSpeaker } from '../paragraph/types';
import { TITLES } from '../text/lexicon';
import { rule } from '../rules/rule';
import { has } from './speakers';
import { nameOf } from './nameOf';
import { tokenAt, type QuoteContext } from './context';

const DETERMINER = /^(?:the|a|an|its|their|his|her|our|another|one)$/;

/** Words of a description, not a name: after an article and possessors (`Becker's`), none capitalised but titles. */
function describesOnly(words: readonly { text: string; lower: string; possessive: boolean }[]): boolean {
  // `Another delegate from the Ohio slate`: a phrase after the head's preposition may hold names.
  const pp = words.findIndex((w, i) => i > 0 && /^(?:of|for|from|at|on|in|with|by)$/.test(w.lower));
  const rest = words.slice(0, pp > 0 ? pp : words.length).filter((w, i) => !(i === 0 && DETERMINER.test(w.lower)) && !w.possessive);
  return rest.length > 0 && rest.every((w) => /^\p{Ll}/u.test(w.text) || TITLES.has(w.lower.replace(/\.$/, '')));
}

export const appositiveName = rule(
  'speaker.appositive-name',
  'A speaker described, then named between commas, is that name: `The health secretary, Wes Streeting, said` → Wes Streeting.',
  ({ tokens, text }: QuoteContext, sp: ParagraphSpeaker): ParagraphSpeaker | null => {
    if (sp.pronoun !== undefined) return null;
    const first = tokenAt(tokens, sp.mention.start);
    let last = tokenAt(tokens, sp.mention.end) - 1;
    // A mention that already holds the appositive (`a spokesman for the party, Jim Moore`): its description ends at
    // the first comma, the name runs to the mention's end.
    const inner = tokens.slice(first, last).findIndex((t) => t.post.startsWith(','));
    const whole = inner >= 0 && last - (first + inner) <= 5 ? last : -1;
    if (whole >= 0) last = first + inner;
    if (last < first || !tokens[last].post.startsWith(',')) return null;
    const words = tokens.slice(first, last + 1).map((t) => ({ text: t.text, lower: t.lower, possessive: has(t, 'Possessive') || /['\u2019]s$/.test(t.text) }));
    if (!describesOnly(words)) return null;
    // The appositive: one to five capitalised words (titles too), closed by a comma.
    let e = last + 1;
    while (e < tokens.length && e - last <= 5 && /^\p{Lu}/u.test(tokens[e].text) && !tokens[e].post.trim()) e++;
    const closed = whole >= 0 ? e === whole : e < tokens.length && tokens[e].post.startsWith(',');
    if (e >= tokens.length || e - last > 5 || !/^\p{Lu}/u.test(tokens[e].text) || !closed) return null;
    const named = tokens.slice(last + 1, e + 1).some((t) => has(t, 'Person') || has(t, 'ProperNoun') || has(t, 'Organization') || has(t, 'Acronym'));
    if (!named) return null;
    const name = nameOf(tokens, last + 1, e, text).replace(/[,.]$/, '');
    const mention = { start: sp.mention.start, end: tokens[e].end, text: text.slice(sp.mention.start, tokens[e].end) };
    return { mention, name };
  },
);
