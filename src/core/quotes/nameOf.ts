/** The name inside a speaker mention: `Sen. Ann Lee` → Ann Lee, `the Lee campaign` → Lee campaign, `Bank of England`. */
import type { Token } from '../text/tokens';
import { NEVER_NAME_WORDS, TITLES } from '../text/lexicon';

/** The tagger reads the token as (part of) a person's name. */
const personTagged = (t: Token): boolean => t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('LastName');

/** The name inside a speaker mention: the last run of person/proper tokens after titles and possessors. */
export function nameOf(tokens: Token[], from: number, to: number, text: string): string {
  let first = from;
  // `Lee's former strategist`: a possessor is no name of the speaker (the tagger marks some possessives only by their `'s`);
  // but after `the`, a capitalised possessive opens a name (`the King's Fund`; `the Post's Ruth Marcus` is a person's).
  for (let i = from; i <= to; i++) {
    if (!(tokens[i].tags.has('Possessive') || /\p{L}['\u2019]s$/u.test(tokens[i].text)) || i >= to) continue;
    if (!(tokens[i - 1]?.lower === 'the' && /^\p{Lu}/u.test(tokens[i].text) && /^\p{Lu}/u.test(tokens[i + 1].text)) ||
      tokens.slice(i + 1, to + 1).some((x) => x.tags.has('Person') || x.tags.has('FirstName'))) first = i + 1;
  }
  const institution = institutionWithAnd(tokens, first, to, text);
  if (institution) return institution;
  let best: [number, number] | null = null;
  let runStart = -1;
  for (let i = first; i <= to + 1; i++) {
    const t = tokens[i];
    // A title word starts no name, but may end one ("Robert King").
    const title = i <= to && TITLES.has(t.lower.replace(/\.$/, '')) && !(runStart >= 0 && (i === to || t.tags.has('LastName')));
    // `Jock A. Finlayson`: a middle initial inside a name, whatever the tagger read (`A` as the article).
    const initial = i < to && runStart >= 0 && /^\p{Lu}$/u.test(t.text) && t.post.startsWith('.') && /^\p{Lu}/u.test(tokens[i + 1].text);
    // `If Obama Says It`: a sentence's opening word starts no name.
    const nameLike = initial || i <= to && !title && !(runStart < 0 && NEVER_NAME_WORDS.has(t.lower)) && (hyphenParticle(tokens, i, to) || /^\p{Lu}/u.test(t.text) &&
      (t.tags.has('Person') || t.tags.has('ProperNoun') || t.tags.has('LastName') || t.tags.has('FirstName')));
    if (nameLike && runStart < 0) runStart = i;
    if (!nameLike && runStart >= 0) {
      const hasPerson = tokens.slice(runStart, i).some(personTagged);
      if (!best || hasPerson) best = [runStart, i - 1];
      runStart = -1;
    }
    if (i <= to && t.post.includes(',')) {
      // an appositive follows: the name is before it if we have one
      if (best || runStart >= 0) break;
    }
  }
  // A run cut by an appositive's comma closes like any other: an earlier name it cannot beat stays (`the Bureau of Labor Statistics,`).
  if (runStart >= 0 && (!best || tokens.slice(runStart, to + 1).some(personTagged))) {
    best = [runStart, Math.min(to, tokens.length - 1)];
  }
  if (!best) return text.slice(tokens[pastNeverNames(tokens, from, to)].start, tokens[to].end);
  best = withOfName(tokens, best, to);
  // `Brent Hollis III`: a generational suffix is part of the name.
  if (best[1] < to && !/[^.]/.test(tokens[best[1]].post) && /^(?:jr|sr|ii|iii|iv)$/i.test(tokens[best[1] + 1].text.replace(/\.$/, ''))) best = [best[0], best[1] + 1];
  // `the Vermont senator`, `a White House official`: a name modifying a common noun names a description, not a
  // person; shown whole (without its article), never as the bare modifier (`Vermont`).
  if (best[1] < to && modifiesHead(tokens, best[1], to)) {
    const start = /^(?:the|a|an)$/i.test(tokens[first].text) && first < best[0] ? first + 1 : first;
    return text.slice(tokens[start].start, tokens[to].end);
  }
  return text.slice(tokens[best[0]].start, tokens[best[1]].end).replace(/['\u2019]s$/, '');
}

/** Head words of an institution's name: `… Administration`, `… Department`, `… Council`. */
const INSTITUTION_HEAD = /^(?:administration|department|agency|commission|bureau|institute|institution|association|council|committee|board|authority|services?|office|cent(?:er|re)s?|foundation|society|union|organi[sz]ation|ministry|coalition|alliance|federation|corporation|trust|fund|laborator(?:y|ies)|survey|court|party|league|academy|college|school|university|hospital|network|group|forum)$/;

/**
 * `The Food and Drug Administration`, `the Department of Health and Human Services`: a capitalised name joined by
 * `and` that ends in an institution's head word is one name (two people joined by `and` are not: no head word).
 */
function institutionWithAnd(tokens: Token[], first: number, to: number, text: string): string | null {
  let a = first;
  while (a < to && /^(?:the|a|an)$/i.test(tokens[a].text)) a++;
  if (!INSTITUTION_HEAD.test(tokens[to].lower) || !/^\p{Lu}/u.test(tokens[a].text)) return null;
  let joined = false;
  for (let i = a; i <= to; i++) {
    const t = tokens[i];
    if (i < to && /[^\s]/.test(t.post)) return null;
    if (personTagged(t)) return null;
    if (/^(?:and|&)$/.test(t.lower)) {
      if (i === a || !/^\p{Lu}/u.test(tokens[i + 1].text)) return null;
      joined = true;
    } else if (!/^(?:of|for|the)$/.test(t.lower) && !/^\p{Lu}/u.test(t.text)) return null;
  }
  return joined ? text.slice(tokens[a].start, tokens[to].end) : null;
}

/** `al-` of `Bashar al-Assad`, `bin-` …: a lower-case part joined by a hyphen to the capitalised part of a name after it. */
function hyphenParticle(tokens: Token[], i: number, to: number): boolean {
  return i < to && tokens[i].post === '-' && /^\p{Ll}{1,4}$/u.test(tokens[i].text) && /^\p{Lu}/u.test(tokens[i + 1].text);
}

/**
 * `Bank of England`, `Office for National Statistics`: a name that is no person's runs on over `of` or `for` and the capitalised words
 * after it (a person's does not: `Nevins of Showtime` stays Nevins).
 */
function withOfName(tokens: Token[], best: [number, number], to: number): [number, number] {
  const [b0, b1] = best;
  const upper = (i: number) => i <= to && /^\p{Lu}/u.test(tokens[i].text);
  if (b1 + 2 > to || !/^(?:of|for)$/.test(tokens[b1 + 1].lower) || tokens[b1].post || tokens[b1 + 1].post || !upper(b1 + 2)) return best;
  if (tokens.slice(b0, b1 + 1).some(personTagged)) return best;
  let e = b1 + 2;
  while (upper(e + 1) && !tokens[e].post) e++;
  return [b0, e];
}

/** Tokens after `end` up to `to` end in the lower-case common-noun head the name before them modifies. */
export function modifiesHead(tokens: Token[], end: number, to: number): boolean {
  // `the Lee campaign`: a lower-case base form the tagger read as a verb is a noun here.
  const nominal = (t: Token) => (t.tags.has('Noun') && !t.tags.has('Verb')) || t.tags.has('Adjective') || (t.tags.has('Infinitive') && /^\p{Ll}+$/u.test(t.text));
  for (let i = end; i <= to; i++) {
    if (i < to && tokens[i].post) return false;
    if (i > end && (!nominal(tokens[i]) || tokens[i].tags.has('Preposition'))) return false;
  }
  return /^\p{Ll}/u.test(tokens[to].text) && nominal(tokens[to]) && !tokens[to].tags.has('Adjective') && !tokens[to].tags.has('Pronoun');
}

/** `But the survey`, `Even my own folks`: the phrase without the sentence's opening conjunctions and adverbs (all of it when only they). */
export function pastNeverNames(tokens: Token[], from: number, to: number): number {
  let i = from;
  while (i < to && NEVER_NAME_WORDS.has(tokens[i].lower) && !tokens[i].post) i++;
  return i;
}
