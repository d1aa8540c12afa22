/**
 * One person, one name (link.one-name): after linking, each quote's speaker shows the fullest form of the name the
 * whole article gives — a surname or `Mr. Surname` before the full name appears is shown under the full name too.
 * A pure pass over the linked quotes (the linker keeps its own, unrenamed, for re-linking).
 */
import type { Quote } from '../types';
import type { LinkedPerson } from './speakerRules';
import { oneName, type FullNamesByLast } from './speakerRules';

const NAME_WORD = /^\p{Lu}[\p{L}'\u2019.-]*$/u;

/** The article's full names (two or more capitalised words) by last word: its persons and its quotes' speakers. */
export function fullNamesByLast(persons: Iterable<readonly LinkedPerson[]>, quotes: readonly Quote[]): FullNamesByLast {
  const out = new Map<string, string[]>();
  const add = (name: string) => {
    const words = name.trim().split(/\s+/);
    if (words.length < 2 || words.length > 4 || !words.every((w) => NAME_WORD.test(w))) return;
    const key = words[words.length - 1].toLowerCase();
    const list = out.get(key) ?? [];
    if (!list.includes(name)) list.push(name);
    out.set(key, list);
  };
  for (const list of persons) for (const p of list) add(p.name);
  for (const q of quotes) if (q.speaker && q.speaker.resolved !== false) add(q.speaker.name);
  return out;
}

/** The quotes with every speaker under its article-wide name; unchanged quotes are the same objects. */
export function withOneName(quotes: readonly Quote[], byLast: FullNamesByLast): Quote[] {
  return quotes.map((q) => {
    if (!q.speaker || q.speaker.resolved === false || !NAME_WORD.test(q.speaker.name.split(/\s+/).pop() ?? '')) return q;
    const name = oneName.fn(byLast, q.speaker.name);
    if (name === null) return q;
    return { ...q, speaker: { ...q.speaker, name }, rules: q.rules.includes(oneName.id) ? q.rules : [...q.rules, oneName.id] };
  });
}
