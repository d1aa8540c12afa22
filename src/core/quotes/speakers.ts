/** Speaker noun phrases and cue verbs around a token position. */
import type { Token } from '../text/tokens';
import type { Mention } from '../types';
import type { Gender, ParagraphSpeaker } from '../paragraph/types';
import { rule } from '../rules/rule';
import { nameOf } from './nameOf';
import { leadingModifier, misreadSpeechVerb, nounModifierVerb, verbAsNounEnd, verbAsModifier } from './nounWords';
import { ADJACENT_ONLY_CUES, CLAUSE_VERBS, FEMALE_HONORIFICS, MALE_HONORIFICS, SPEECH_VERBS, TITLES } from '../text/lexicon';

const PRONOUN_GENDER: Record<string, Gender> = { he: 'm', she: 'f', they: 'p', we: 'p', it: 'n', i: '', who: '' };

export function has(t: Token | undefined, tag: string): boolean {
  return t !== undefined && t.tags.has(tag);
}

/** A speech or attribution verb used as a verb. */
export function isCue(t: Token | undefined, clausalOnly = false, adjacent = false): boolean {
  if (!t) return false;
  const base = SPEECH_VERBS.get(t.lower);
  if (!base) return false;
  if (clausalOnly && !CLAUSE_VERBS.has(t.lower)) return false;
  if (!adjacent && ADJACENT_ONLY_CUES.has(base)) return false;
  // Forms the tagger often reads as nouns or adjectives (`Bush tells[Plural] reporters`, `is telling[Adjective]`).
  if (/^(said|says|saying|told|tells|telling|tweeted)$/.test(t.lower)) return true;
  return t.tags.has('Verb') && !t.tags.has('Noun');
}

/** Tokens that may stand between a subject and its verb: "has also said", "would not say". */
export function isVerbFiller(t: Token): boolean {
  return t.tags.has('Adverb') || t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Negative') ||
    (t.tags.has('Copula') && !t.post);
}

/** `have long argued`: the tagger reads `long` as an adjective, and then `have` as a main verb, before a past speech cue. */
function perfectLong(tokens: Token[], i: number, cue: number): boolean {
  // Lower-case only: `Sara Long said` is a name.
  const t = tokens[i].text;
  if (!isCue(tokens[cue], true) || !has(tokens[cue], 'PastTense')) return false;
  if (t === 'long') return i === cue - 1;
  return /^(?:have|has|had)$/i.test(t) && tokens[i + 1]?.text === 'long' && i + 1 === cue - 1;
}

function hardStop(t: Token): boolean {
  return /[.!?;:"\u201c\u201d()[\]\u2014\u2013]/.test(t.post) || /["\u201c\u201d([]/.test(t.pre);
}

function isNounish(t: Token): boolean {
  // `State Sen. Ann Ford`: a capitalised title word the tagger read as a verb.
  const title = /^\p{Lu}/u.test(t.text) && TITLES.has(t.lower.replace(/\.$/, ''));
  if (t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective') && !title) return false;
  if (t.tags.has('Preposition') || t.tags.has('Conjunction') || t.tags.has('QuestionWord')) return false;
  return t.tags.has('Noun') || t.tags.has('ProperNoun') || t.tags.has('Adjective') || t.tags.has('Determiner') ||
    t.tags.has('Possessive') || t.tags.has('Acronym') || t.tags.has('Value') || t.tags.has('Honorific') ||
    TITLES.has(t.lower.replace(/\.$/, '')) || /^\p{Lu}/u.test(t.text);
}

function isPronoun(t: Token): boolean {
  return t.lower in PRONOUN_GENDER && (t.tags.has('Pronoun') || t.lower === 'who');
}

function mentionOf(tokens: Token[], from: number, to: number, text: string, base: number): Mention {
  const start = tokens[from].start;
  const end = tokens[to].end;
  return { start: start + base, end: end + base, text: text.slice(start, end) };
}

export function speakerFrom(tokens: Token[], from: number, to: number, text: string, base: number): ParagraphSpeaker {
  const mention = mentionOf(tokens, from, to, text, base);
  if (from === to && isPronoun(tokens[from])) {
    return { mention, name: mention.text, pronoun: PRONOUN_GENDER[tokens[from].lower] };
  }
  return { mention, name: nameOf(tokens, from, to, text) };
}

/**
 * Subject noun phrase ending just before token `cue` (skipping "has also" etc.), not before `min`.
 * Handles "X, the senator from Y, said" (appositive) and pronouns.
 */
export function speakerBefore(tokens: Token[], cue: number, min: number, text: string, base: number): ParagraphSpeaker | null {
  let i = cue - 1;
  while (i >= min && (isVerbFiller(tokens[i]) || perfectLong(tokens, i, cue)) && !tokens[i].post) i--;
  i = skipParenthetical(tokens, i, min);
  if (i < min) return null;
  const last = tokens[i];
  // `Glenn Thompson, R-Pa., said`: an abbreviation's full stop before the comma does not end the subject.
  if (hardStop(last) && !/^\.?,/.test(last.post)) return null;
  if (isPronoun(last)) return speakerFrom(tokens, i, i, text, base);
  if (last.post.includes(',')) {
    // "Name, appositive, said": find the comma that opens the appositive, the name is before it.
    // Up to three commas back: "Mike Shields, president of the fund, a super PAC allied with X, said".
    let commas = 0;
    // `An agency official, who spoke on condition of anonymity, said`: the phrase a `who` clause follows is someone,
    // unless it is itself an appositive of a name further back (`Jeb Bush, the former governor, who …`).
    let described: ParagraphSpeaker | null = null;
    for (let j = i - 1; j >= min && j >= i - 30; j--) {
      if (tokens[j].post.includes(',')) {
        const head = nounPhraseBack(tokens, j, min);
        // `a salesman from Sumter, South Carolina,`: a name after a preposition is inside the appositive.
        const inAppositive = head !== null && head > min && /^(?:from|of|in|at|for|with|by|to|on|near)$/.test(tokens[head - 1].lower);
        // `in Salem, Ohio,`: a state after its town is inside the appositive too (and not one of its commas).
        if (head !== null && cityThenState(tokens, head, j, min)) continue;
        const subject = head !== null && !inAppositive && (head === min || !has(tokens[head - 1], 'Verb')) && !clauseAfter(tokens, j + 1, i);
        if (subject && namesSomeone(tokens, j, head)) return { mention: mentionOf(tokens, head, i, text, base), name: nameOf(tokens, head, j, text) };
        if (subject && !described && whoFollows(tokens, j)) {
          described = { mention: mentionOf(tokens, head, i, text, base), name: nameOf(tokens, head, j, text) };
          if (head === min || !tokens[head - 1].post.includes(',')) return described;
        }
        if (++commas >= 3) break;
        continue;
      }
      // Inside one sentence a full stop is an abbreviation ("No. 2"), not a boundary.
      if (/[!?;:"\u201c\u201d()[\]]/.test(tokens[j].post) || /["\u201c\u201d([]/.test(tokens[j].pre)) break;
    }
    return described;
  }
  const start = nounPhraseBack(tokens, i, min);
  if (start === null) return null;
  return speakerFrom(tokens, start, i, text, base);
}

/** `Salem, Ohio,` / `Ashton, Md.,`: the place from `head` to `j` follows a place and its comma. */
function cityThenState(tokens: Token[], head: number, j: number, min: number): boolean {
  const prev = tokens[head - 1];
  return head === j && head > min && /^,/.test(prev.post) && has(prev, 'ProperNoun') && /^\p{Lu}/u.test(tokens[j].text) && (has(tokens[j], 'Place') || /^\p{Lu}[\p{L}.]{1,4}$/u.test(tokens[j].text) && /^\./.test(tokens[j].post));
}

/**
 * The words from `from` up to the cue at `cue` open with a clause (a name and its finite verb: `Trump went after Bush`, `Lee
 * said`), so they are no appositive of the phrase before their comma.
 */
function clauseAfter(tokens: Token[], from: number, cue: number): boolean {
  let k = from;
  while (k < cue && k < from + 4 && has(tokens[k], 'ProperNoun') && !tokens[k].post) k++;
  if (k === from || k >= cue || !has(tokens[k - 1], 'ProperNoun') || has(tokens[k - 1], 'Possessive')) return false;
  const v = tokens[k];
  return has(v, 'Verb') && (has(v, 'PastTense') || has(v, 'PresentTense')) && !has(v, 'Noun') && !has(v, 'Gerund') && !has(v, 'Participle');
}

/** The phrase ending at token `j` ends in a name, or in a name and its suffix (`Paul Grant Jr.`, `Brent Hollis III`). */
function namesSomeone(tokens: Token[], j: number, head: number): boolean {
  const name = (t: Token) => has(t, 'ProperNoun') || has(t, 'Person');
  if (name(tokens[j])) return true;
  return j > head && /^(?:jr|sr|ii|iii|iv)\.?$/i.test(tokens[j].text.replace(/\.$/, '')) && name(tokens[j - 1]);
}

/** `An agency official, who spoke on condition of anonymity, said`: only a person takes a `who` clause. */
function whoFollows(tokens: Token[], j: number): boolean {
  return /^(?:who|which)$/.test(tokens[j + 1]?.lower ?? '') && has(tokens[j], 'Noun') && !has(tokens[j], 'Pronoun') && !has(tokens[j], 'Date');
}

/** `Rep. John Mica (R-Fla.) said`: step back over a short parenthetical ending at token `i`. */
function skipParenthetical(tokens: Token[], i: number, min: number): number {
  if (i < min || !/\)[,]?$/.test(tokens[i].post)) return i;
  for (let k = i; k >= min && k >= i - 5; k--) {
    if (tokens[k].pre.includes('(')) return k - 1 >= min && !tokens[k - 1].post ? k - 1 : i;
  }
  return i;
}

/** Start index of a noun phrase whose last token is `end`, or null if `end` is not nominal. */
export function nounPhraseBack(tokens: Token[], end: number, min: number): number | null {
  const t = tokens[end];
  // "this week", "on Monday": a time expression is not a speaker.
  if (t.tags.has('Date') || t.tags.has('Time') || /^(week|year|month|day|morning|evening|night|today|yesterday|tonight)$/.test(t.lower)) return null;
  if (!(isNounish(t) || verbAsNounEnd(tokens, end, min)) || t.tags.has('Determiner') || t.tags.has('Adjective') && !t.tags.has('Noun') && !/^\p{Lu}/u.test(t.text)) return null;
  let start = end;
  for (let j = end - 1; j >= min && end - j < 9; j--) {
    const p = tokens[j];
    if (p.post && !/^['\u2019]s?$/.test(p.post) && p.post !== '.' && p.post !== '-') break;
    if (p.post === '.' && !p.tags.has('Honorific') && !p.tags.has('Acronym') && !p.tags.has('Abbreviation') && !/^\p{Lu}\p{L}?$/u.test(p.text)) break;
    if (p.lower === 'of' || p.lower === 'for' || p.lower === 'at' || p.lower === 'and' || p.lower === '&') {
      // "Secretary of State", "Center for X" — only between capitalised words.
      const prev = tokens[j - 1];
      // `Tom Hale of the Center for Budget Studies`: `of the` before a capitalised name too.
      const next = tokens[j + 1].lower === 'the' && p.lower === 'of' && j + 2 <= end ? tokens[j + 2] : tokens[j + 1];
      // `secretary of state`: a title's complement.
      const titleOf = p.lower === 'of' && prev && /^\p{Ll}/u.test(prev.text) && TITLES.has(prev.lower) && has(next, 'Noun') && j + 1 === end;
      if (j - 1 >= min && prev && !prev.post && ((/^\p{Lu}/u.test(prev.text) && /^\p{Lu}/u.test(next.text)) || titleOf)) {
        start = j;
        continue;
      }
      break;
    }
    if (isPronoun(p) && !p.tags.has('Possessive')) break;
    // `"…," lead author Ann Lee said`: a leading modifier opens the phrase only where a phrase can open (not `Bush also attacked billionaire Lee`).
    const opens = j === min || !!tokens[j - 1].post.trim() || has(tokens[j - 1], 'Determiner');
    if (!isNounish(p) && !nounModifierVerb(tokens, j, min) && !(opens && leadingModifier(tokens, j, j === min))) break;
    start = j;
  }
  return start;
}

/** Adverbs of time the tagger often reads as adjectives (`Trump later said`): never part of a subject. */
const TAGGED_AS_ADJECTIVE = /^(?:later|earlier|again|also|now|then|still|recently|previously)$/;

/** Noun phrase starting at token `from` (after an inverted cue: "said Assad", "said the official"). */
export function speakerAfter(tokens: Token[], from: number, max: number, text: string, base: number): ParagraphSpeaker | null {
  if (from > max || from >= tokens.length) return null;
  const first = tokens[from];
  if (/["\u201c\u201d(]/.test(first.pre)) return null;
  if (isPronoun(first)) return speakerFrom(tokens, from, from, text, base);
  if (!isNounish(first) && !leadingModifier(tokens, from)) return null;
  let end = from;
  for (let j = from; j <= max && j < tokens.length && j - from < 9; j++) {
    const t = tokens[j];
    if (j > from) {
      if ((t.lower === 'of' || t.lower === 'for') && tokens[j + 1] && /^\p{Lu}/u.test(tokens[j + 1].text) && /^\p{Lu}/u.test(tokens[j - 1].text)) {
        end = j;
        continue;
      }
      if (!(isNounish(t) || verbAsModifier(tokens, j)) || misreadSpeechVerb(tokens, j) || isPronoun(t) || TAGGED_AS_ADJECTIVE.test(t.lower) || /[([]/.test(t.pre)) break;
    }
    end = j;
    if (t.post && !/^['\u2019]s?$/.test(t.post) && t.post !== '.' && t.post !== '-') break;
    if (t.post === '.' && !t.tags.has('Honorific') && !/^\p{Lu}\p{L}?$/u.test(t.text) && !abbreviatedTitle(t, tokens[j + 1])) break;
  }
  // `said a person close to the mayor`: the phrase ends at its noun, not at an adjective that opens a complement.
  const head = (t: Token) => t.tags.has('Noun') || t.tags.has('ProperNoun') || /^\p{Lu}/u.test(t.text);
  while (end > from && !head(tokens[end]) && has(tokens[end], 'Adjective') && !tokens[end - 1].post) end--;
  if (!head(tokens[end])) return null;
  return speakerFrom(tokens, from, end, text, base);
}

/** `Rep.`, `Del.` before a name: a title's abbreviation, not a sentence's end. */
function abbreviatedTitle(t: Token, next: Token | undefined): boolean {
  if (!TITLES.has(t.lower) || t.text.length > 4 || !next || next.pre) return false;
  return t.tags.has('Abbreviation') || has(next, 'Person') || has(next, 'FirstName');
}

export function genderOf(tokens: Token[], from: number, to: number): Gender {
  for (let i = Math.max(0, from - 1); i <= to; i++) {
    const t = tokens[i];
    const w = t.lower.replace(/\.$/, '');
    if (MALE_HONORIFICS.has(w) || t.tags.has('MaleName')) return 'm';
    if (FEMALE_HONORIFICS.has(w) || t.tags.has('FemaleName')) return 'f';
  }
  return '';
}

export function cueBase(t: Token): string {
  return SPEECH_VERBS.get(t.lower) ?? t.lower;
}

export function cueMention(tokens: Token[], from: number, to: number, text: string, base: number): Mention {
  return mentionOf(tokens, from, to, text, base);
}

/**
 * The subject of the sentence whose tokens start at `from`: a leading adverbial up to a comma
 * ("In 1998, President Clinton …") is skipped. Used for `…, telling reporters, "…"`.
 */
export function subjectOf(tokens: Token[], from: number, to: number, text: string, base: number, appositive = false): ParagraphSpeaker | null {
  // `And Mr. Hale gloated: …`: a sentence-opening conjunction is no part of the subject.
  if (from < to && /^(?:and|but|so|yet)$/i.test(tokens[from].text) && !tokens[from].post) from++;
  let i = from;
  for (let j = from; j < to && j < from + 8; j++) {
    if (tokens[j].post.startsWith(',')) {
      // `In 1998, …`, `Asked about the flap, Mr. Smith …`: a leading adverbial or participle clause.
      const participle = appositive && has(tokens[from], 'PastTense') && !/^\p{Lu}[^.]*\p{Lu}/u.test(tokens[from].text);
      if (tokens[from].tags.has('Preposition') || tokens[from].tags.has('Adverb') || tokens[from].tags.has('Date') || tokens[from].tags.has('Conjunction') || participle) i = j + 1;
      // `On July 6, 2015, Lee …`: the year after a date's comma belongs to the adverbial.
      if (i === j + 1 && /^\d{4}$/.test(tokens[i]?.text ?? '') && tokens[i].post.startsWith(',')) i++;
      break;
    }
  }
  const sp = speakerAfter(tokens, i, to, text, base);
  return sp && predicateOf(tokens, sp, to, base, appositive) ? sp : null;
}

/**
 * Where the predicate of subject `sp` starts (a verb, adverb or auxiliary), and whether an appositive stands between
 * them (`Bush, Florida's former governor, called …`); null when no predicate follows.
 */
export function predicateOf(tokens: Token[], sp: ParagraphSpeaker, to: number, base: number, appositive: boolean): { at: number; appositive: boolean } | null {
  const k0 = tokenIndexAt(tokens, sp.mention.end - base);
  const at = predicateStart(tokens, k0, to);
  if (verbAt(tokens, at)) return { at, appositive: false };
  // `Rep. Ann Ford (R-Ohio) said`: a short parenthetical, like an appositive, stands between subject and verb.
  const k = appositive ? pastParenthetical(tokens, k0, to) : k0;
  const atAfter = predicateStart(tokens, k, to);
  if (k > k0 && verbAt(tokens, atAfter) && !/,/.test(tokens[k - 1].post)) return { at: atAfter, appositive: true };
  const after = appositive ? appositiveSubject.fn(tokens, k, to) : -1;
  return after >= 0 ? { at: after, appositive: true } : null;
}

/** The subject must be followed by its verb (possibly after an adverb or auxiliary). */
function verbAt(tokens: Token[], k: number): boolean {
  const after = tokens[k];
  return !!after && (after.tags.has('Verb') || isVerbFiller(after) || misreadSpeechVerb(tokens, k));
}

/** Where the predicate after a subject ending before token `k` starts: past a time adjunct and adverbs. */
function predicateStart(tokens: Token[], k: number, to: number): number {
  // `Trump on Thursday ratcheted up …`: a time adjunct may stand between the subject and its verb.
  if (tokens[k] && /^(?:on|in|at|last|this|earlier|later)$/.test(tokens[k].lower) && !tokens[k].post) {
    let m = k + 1;
    while (m < k + 4 && m < to && (has(tokens[m], 'Date') || has(tokens[m], 'Time')) && !/[,;:.]/.test(tokens[m - 1].post)) m++;
    if (m > k + 1 && !/[,;:.]/.test(tokens[m - 1].post)) k = m;
  }
  // `Trump later defended …`: adverbs the tagger reads as adjectives.
  while (tokens[k] && k < to && TAGGED_AS_ADJECTIVE.test(tokens[k].lower) && !tokens[k].post) k++;
  return k;
}

export const appositiveSubject = rule(
  'speaker.appositive-subject',
  'A subject set off by an appositive (or a short parenthetical) still governs the verb after it: `Bush, Florida\'s former governor, called him a "loser"`.',
  /** `k`: the token after the subject (the subject ends in a comma); the predicate's token index, or -1. */
  (tokens: Token[], k: number, to: number): number => {
    if (k <= 0 || k >= to || !/^\.?\)?,/.test(tokens[k - 1].post)) return -1;
    // The appositive: up to three commas on, within the sentence (`to` ends it before the quote); the verb must follow
    // the comma that closes it.
    let commas = 0;
    for (let j = k; j < to && j < k + 30; j++) {
      const t = tokens[j];
      if (/[;:!?"\u201c\u201d()[\]\u2014]/.test(t.post) || /["\u201c\u201d([]/.test(t.pre)) return -1;
      if (!t.post.includes(',')) continue;
      // `Trump, Cruz, and Rubio said`: a list, not an appositive.
      if (j + 1 < to && /^(?:and|or)$/.test(tokens[j + 1].lower)) return -1;
      const p = predicateStart(tokens, j + 1, to);
      if (p <= to && p < tokens.length && misreadSpeechVerb(tokens, p, true)) return p;
      if (p <= to && p < tokens.length && has(tokens[p], 'Verb') && !has(tokens[p], 'Noun') && !has(tokens[p], 'Gerund') && !/ing$/.test(tokens[p].lower)) return p;
      if (++commas >= 3) return -1;
    }
    return -1;
  },
);

/** `k`: the token after a subject; the token after a short parenthetical opening there (`(R-Ohio)`), or `k`. */
function pastParenthetical(tokens: Token[], k: number, to: number): number {
  if (k >= to || !tokens[k].pre.includes('(') || /["\u201c]/.test(tokens[k].pre)) return k;
  for (let j = k; j < to && j < k + 4; j++) {
    if (/[;:!?"\u201c\u201d]/.test(tokens[j].post)) return k;
    if (tokens[j].post.startsWith(')')) return /^\)\s*,?\s*$/.test(tokens[j].post) ? j + 1 : k;
  }
  return k;
}

function tokenIndexAt(tokens: Token[], pos: number): number {
  let i = 0;
  while (i < tokens.length && tokens[i].start < pos) i++;
  return i;
}

const OBJECT_PRONOUNS = new Set(['them', 'him', 'her', 'us', 'me', 'you', 'it']);
export function isObjectPronoun(t: Token): boolean {
  return OBJECT_PRONOUNS.has(t.lower);
}
