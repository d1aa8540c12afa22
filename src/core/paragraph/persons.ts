/** Which named people a later pronoun ("he said") may refer to, beyond what the tagger tags as a person. */
import type { Token } from '../text/tokens';
import type { ParagraphPerson, ParagraphQuote } from './types';
import { genderOf, has } from '../quotes/speakers';
import { TITLES } from '../text/lexicon';

/**
 * A person-tagged run directly followed by another capitalised name word that is no part of a person's
 * name is a modifier inside a longer name — a place, an event, an organisation (`the Khan Sheikhoun
 * attack`, `the Lincoln Memorial`) — not a person.
 */
export function partOfLongerName(tokens: Token[], last: number): boolean {
  const t = tokens[last];
  const next = tokens[last + 1];
  if (!t || !next || t.post || next.pre) return false;
  if (!/^\p{Lu}/u.test(next.text) || !has(next, 'ProperNoun')) return false;
  return !(has(next, 'Person') || has(next, 'FirstName') || has(next, 'LastName') || has(next, 'Honorific') || has(next, 'Date') ||
    TITLES.has(next.lower.replace(/\.$/, '')));
}

/**
 * The named speakers of the paragraph's quotes (`said Assad`, `Delattre said`) as persons too: the tagger
 * often misses a surname, yet the speaker just quoted is the likeliest referent of the next "he said".
 * Organisations and places that speak (`the ministry said`) are left out.
 */
export function withSpeakers(persons: ParagraphPerson[], quotes: ParagraphQuote[], tokens: Token[]): ParagraphPerson[] {
  const out = persons.slice();
  for (const q of quotes) {
    const sp = q.speaker;
    if (!sp || sp.pronoun !== undefined || !/^\p{Lu}/u.test(sp.name) || TITLES.has(sp.name.toLowerCase())) continue;
    const { start, end } = sp.mention;
    if (out.some((p) => p.start < end && p.end > start)) continue;
    const from = tokens.findIndex((t) => t.start >= start);
    let to = from;
    while (to + 1 < tokens.length && tokens[to + 1].end <= end) to++;
    if (from < 0 || tokens[from].start >= end) continue;
    const nameTokens = tokens.slice(from, to + 1).filter((t) => sp.name.includes(t.text));
    // `The deputy leader, Rob Marsh,`: a name after its role is a person's, whatever place the tagger took it for.
    const role = tokens.slice(from, to + 1).some((t) => has(t, 'Actor') && !sp.name.includes(t.text));
    if (!nameTokens.length || nameTokens.some((t) => has(t, 'Organization') || has(t, 'Place') && !role || has(t, 'Determiner') || !/^\p{Lu}/u.test(t.text))) continue;
    out.push({ start, end, name: sp.name, gender: genderOf(tokens, from, to) });
  }
  return out.sort((a, b) => a.start - b.start);
}
