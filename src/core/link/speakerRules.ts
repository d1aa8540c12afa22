/**
 * Cross-paragraph speaker rules, applied while linking: a pronoun resolves to the most recent compatible person, a
 * surname to the full name seen before, and a quote with no speaker of its own takes one from context (a quote left
 * open, a paragraph ending `he said:`, the quote just before).
 */
import type { Mention, Span, Speaker } from '../types';
import type { Gender, ParagraphQuote, ParagraphSpeaker } from '../paragraph/types';
import { rule } from '../rules/rule';
import type { Lookup } from './carry';

/** A person as registered while linking: canonical name and gender, document offset. */
export interface LinkedPerson {
  start: number;
  name: string;
  gender: Gender;
}

/** What the speaker rules read from the link so far. */
export interface PersonsSoFar {
  fullNames(): Lookup<string>;
  genders(): Lookup<Gender>;
  /** The registered persons of paragraph `para`, in text order. */
  persons(para: number): readonly LinkedPerson[];
  /** The most recent person of an earlier paragraph than the one being linked that `pronoun` may refer to (antecedents.ts). */
  earlier(pronoun: 'm' | 'f'): string | null;
}

/** A speaker/cue pair that a later quote may take. */
export interface Carrier {
  speaker: Speaker | null;
  cue: Mention | null;
}

export const headlineSingleMarks = rule(
  'link.headline-single-marks',
  'Single marks in a headline are headline style for words the body quotes with their speaker: `Mayor: ‘We will rebuild’`.',
  (q: ParagraphQuote, start: number, headline: Span | null): boolean => headline !== null && start >= headline.start && start < headline.end && q.single === true,
);

export const pronounSpeaker = rule(
  'link.pronoun',
  '`he`/`she` resolves to the most recent person of that gender (or unknown) before it, not one named in his own words.',
  /** `exclude`: the pronoun's own reported content (document offsets), whose names it cannot refer to. */
  (so: PersonsSoFar, pronoun: Gender, mention: Mention, para: number, exclude: readonly { start: number; end: number }[]): string | null => {
    if (pronoun !== 'm' && pronoun !== 'f') return null;
    // The most recent person before the mention: this paragraph's, then earlier paragraphs' (indexed).
    const persons = so.persons(para);
    for (let i = persons.length - 1; i >= 0; i--) {
      const p = persons[i];
      if (p.start >= mention.start || exclude.some((q) => p.start >= q.start && p.start < q.end)) continue;
      const g = p.gender || so.genders().get(p.name) || '';
      if (g === '' || g === pronoun) return p.name;
    }
    return so.earlier(pronoun);
  },
);

/** A person described by role, not named: `a spokeswoman for the ministry`, `one senior official`. */
const ROLE = /\b(?:spokes(?:wo)?man|spokesperson|official|aide|advis[eo]r|lawyer|attorney|representative|secretary|minister|director|manager|chief|executive|analyst|economist|researcher|professor|doctor|councillor|officer|witness|source)\b/i;

export const describedSpeaker = rule(
  'link.described-speaker',
  '`A spokeswoman said …` then `"…," she said.`: he/she after a quote of someone described by role, where no one named in the paragraph fits.',
  /** `last`: the latest quote's speaker and its paragraph; `text`: the document. */
  (so: PersonsSoFar, pronoun: Gender, mention: Mention, para: number, last: { speaker: Speaker; para: number } | null, text: string): string | null => {
    if ((pronoun !== 'm' && pronoun !== 'f') || !last || last.para !== para || last.speaker.resolved === false) return null;
    // `a spokesman for the Department of Health`: the mention may name only the organisation after the role.
    const at = last.speaker.mention.start;
    const roleFor = /(\S+)\s+(?:for|at|of)\s+$/.exec(text.slice(Math.max(0, at - 30), at));
    const role = roleFor ? `${roleFor[1]} ${last.speaker.mention.text}` : last.speaker.mention.text;
    // `…," she said. "…"`: the same pronoun again stands for whom the last one did.
    const again = last.speaker.mention.text.toLowerCase() === mention.text.toLowerCase();
    if (!again && (!ROLE.test(role) || /\bspokesman\b/i.test(role) && pronoun === 'f' || /\bspokeswoman\b/i.test(role) && pronoun === 'm')) return null;
    const from = last.speaker.mention.start;
    // The very mention again (`…," she said. "…"` gives both quotes one `she`): as resolved the first time.
    if (again && from === mention.start) return last.speaker.name;
    // Anyone of the paragraph named before the pronoun who may be meant is the likelier referent (link.pronoun's):
    // `Clinton, a top aide said, "is very confident" … she has often told …` is Clinton.
    const fits = (p: LinkedPerson) => [pronoun, ''].includes(p.gender || so.genders().get(p.name) || '');
    if (from >= mention.start || so.persons(para).some((p) => p.start < mention.start && fits(p))) return null;
    // A named speaker (`David Kamin, an outside adviser`) is a person link.pronoun weighs, gender and all.
    return so.persons(para).some((p) => p.name === last.speaker.name) ? null : last.speaker.name;
  },
);

const PRONOUN_NAME = /^(?:he|she|it|they|we|i|you|who|whom|which|that|this|these|those|him|her|them|one)$/i;

export const groupPronoun = rule(
  'link.group-pronoun',
  '`it`/`they` after a quote of an organisation, document or group is theirs: `"…," the report said.` `It also found …` → the report.',
  /** `last`: the speaker of the latest quote and its paragraph; `isPerson`: is this name a person of the article? */
  (pronoun: Gender, last: { name: string; para: number } | null, para: number, isPerson: (name: string) => boolean): string | null => {
    if ((pronoun !== 'n' && pronoun !== 'p') || !last || para - last.para > 1) return null;
    const name = last.name.trim();
    if (PRONOUN_NAME.test(name) || isPerson(name)) return null;
    const words = name.split(/\s+/);
    const head = words[words.length - 1];
    const plural = /\band\b/.test(name) || (/[^s'\u2019]s$/.test(head) && !/^\p{Lu}/u.test(head));
    // `it` takes a singular thing (`the report`, `The Hill`); `they` a plural group (`officials`, `Trump and Ryan`).
    return (pronoun === 'p') === plural ? name : null;
  },
);

export const fullName = rule(
  'link.full-name',
  'A one-word name resolves to the full name seen earlier with that surname: `Delattre` → `Francois Delattre`.',
  (so: PersonsSoFar, name: string): string => (/\s/.test(name) ? name : (so.fullNames().get(name.toLowerCase()) ?? name)),
);

/** The full names (two words or more) of a document by their last word, lower-cased. */
export type FullNamesByLast = ReadonlyMap<string, readonly string[]>;

/** A name's surname, lower-cased, as names are keyed by: its last word, past a generational suffix (`Ann Hale III` → hale). */
export function surnameKey(words: readonly string[]): string {
  const n = words.length > 2 && /^(?:jr|sr|ii|iii|iv)\.?$/i.test(words[words.length - 1]) ? words.length - 2 : words.length - 1;
  return words[n].toLowerCase();
}

export const oneName = rule(
  'link.one-name',
  'One person, one name: every mention of a person shows the fullest form the article gives: `Trump said …` ¶ `Donald Trump …` → Donald Trump.',
  /** `byLast`: the article's full names; null when the surname is shared by people with different first names. */
  (byLast: FullNamesByLast, name: string): string | null => {
    const words = name.trim().split(/\s+/);
    const full = byLast.get(surnameKey(words));
    if (!full || full.length === 0) return null;
    const first = (n: string) => n.split(/\s+/)[0].toLowerCase();
    // Different first names (Bill and Hillary Clinton): which is meant is not the surname's to say.
    if (full.some((n) => first(n) !== first(full[0]))) return null;
    if (words.length > 1 && first(name) !== first(full[0])) return null;
    const fullest = full.reduce((a, b) => (b.length > a.length ? b : a));
    return fullest !== name ? fullest : null;
  },
);

export const openQuote = rule(
  'link.open-quote',
  'A paragraph opening with a mark continues a quote left open before it, with its speaker: `Lee said: "We will fight.` ¶ `"And win."`',
  <C extends Carrier>(q: ParagraphQuote, first: boolean, open: C | null): C | null => (first && q.reopens && open?.speaker ? open : null),
);

export const introducedQuote = rule(
  'link.intro',
  'A quote opening a paragraph after one ending `he declared:` is his: `In 1963, he declared:` ¶ `"I have a dream …"`.',
  <C extends Carrier>(q: ParagraphQuote, first: boolean, intro: C | null): C | null => (first && q.reopens ? intro : null),
);

export const sameSpeaker = rule(
  'link.same-speaker',
  'A bare quoted paragraph within two paragraphs of an attributed one is the same speaker: `"We won," Lee said.` ¶ `"Now we work."`',
  <C extends Carrier & { para: number }>(q: ParagraphQuote, para: number, last: C | null): C | null =>
    // A quote handed to an attribution we could not read (`"…," sagte Lindner.`) is not bare: its speaker is unknown.
    (q.kind === 'direct' && last && para - last.para <= 2 && !q.rules.includes('kind.unparsed-attribution') ? last : null),
);

/** The quotes whose speaker is this very mention: "he" cannot be a name inside what he is reported to say. */
export function ownContent(quotes: readonly ParagraphQuote[], sp: ParagraphSpeaker): ParagraphQuote[] {
  return quotes.filter((q) => q.speaker !== null && q.speaker.mention.start === sp.mention.start && q.speaker.mention.end === sp.mention.end);
}
