/**
 * Words the tagger read as verbs inside a noun phrase: `the Lee campaign said`, `his former campaign strategist`,
 * `one unaligned Republican strategist`. Where they stand decides: between a determiner, adjective or name and the
 * noun they modify, or closing a phrase right before its verb, they are nominal.
 */
import type { Token } from '../text/tokens';
import { SPEECH_VERBS } from '../text/lexicon';

function has(t: Token | undefined, tag: string): boolean {
  return t !== undefined && t.tags.has(tag);
}

/** Opens or modifies a noun phrase: a determiner, number, adjective or possessive. */
function modifier(t: Token): boolean {
  return has(t, 'Determiner') || has(t, 'Value') || has(t, 'Adjective') || has(t, 'Possessive') || /['\u2019]s$/.test(t.text);
}

/**
 * `Lee campaign manager Jeff Weaver`, `White House press secretary`, `his former campaign strategist`: a base-form
 * word the tagger read as a verb, between a name, noun or modifier and the noun it modifies, is a noun modifier.
 */
export function nounModifierVerb(tokens: Token[], j: number, min: number): boolean {
  const t = tokens[j];
  const prev = tokens[j - 1];
  const next = tokens[j + 1];
  if (j - 1 < min || !next || t.post || !/^\p{Ll}+$/u.test(t.text) || !has(t, 'Infinitive')) return false;
  return has(next, 'Noun') && !has(next, 'Verb') && (/^\p{Lu}/u.test(prev.text) || has(prev, 'Noun') || modifier(prev)) && !prev.post;
}

/**
 * `said one unaligned Florida strategist`: after a determiner, number or adjective and before a noun or name, a
 * lower-case word tagged a verb modifies the noun (read forward, after an inverted cue).
 */
export function verbAsModifier(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  const prev = tokens[j - 1];
  const next = tokens[j + 1];
  if (!prev || !next || t.post || prev.post || !/^\p{Ll}+$/u.test(t.text) || !has(t, 'Verb') || has(t, 'Gerund')) return false;
  return modifier(prev) && !has(prev, 'Possessive') && (has(next, 'Noun') || has(next, 'ProperNoun')) && !has(next, 'Verb') && !has(next, 'Pronoun');
}

/**
 * `the Lee campaign explained`: a base-form word the tagger read as a verb, right after a determiner (and names or
 * modifiers) and right before the phrase's own verb, is the noun that ends the phrase.
 */
export function verbAsNounEnd(tokens: Token[], end: number, min: number): boolean {
  const t = tokens[end];
  const next = tokens[end + 1];
  if (end - 1 < min || t.post || !/^\p{Ll}+$/u.test(t.text) || !has(t, 'Infinitive') || !has(next, 'Verb') || has(next, 'Infinitive')) return false;
  let k = end - 1;
  while (k > min && (has(tokens[k], 'ProperNoun') || has(tokens[k], 'Adjective')) && !tokens[k].post) k--;
  return k < end && !tokens[k].post && (has(tokens[k], 'Determiner') || (k < end - 1 && modifier(tokens[k])));
}

/**
 * `said retired surgeon Ben Carson`, `said lead author Ann Lee`: a lower-case past form, or a word the tagger read as a
 * verb (`lead`, `study`), opening a phrase that runs on through a common noun to a name (within four words, no
 * punctuation between) modifies it.
 */
export function leadingModifier(tokens: Token[], from: number, sentenceStart = false): boolean {
  const t = tokens[from];
  // `Retired surgeon Ben Carson said`: at a sentence's start the word is capitalised.
  const word = sentenceStart ? /^\p{L}\p{Ll}*$/u : /^\p{Ll}+$/u;
  const verbLike = word.test(t?.text ?? '') && (/ed$/.test(t.text) || has(t, 'Verb') && !has(t, 'Gerund') && !has(t, 'Auxiliary'));
  if (!t || t.post || !verbLike || !has(tokens[from + 1], 'Noun') || has(tokens[from + 1], 'Verb')) return false;
  for (let k = from + 1; k < tokens.length && k <= from + 4; k++) {
    if (has(tokens[k], 'Person') || has(tokens[k], 'FirstName')) return /^\p{Ll}/u.test(tokens[from + 1].text);
    if (tokens[k].post || !(has(tokens[k], 'Noun') || has(tokens[k], 'ProperNoun'))) return false;
  }
  return false;
}

/**
 * `Weld describes the party as …`: a speech verb's -s form the tagger read as a plural noun is the verb when a name
 * stands right before it and an object (a pronoun, article, name or `that`) right after it.
 */
export function misreadSpeechVerb(tokens: Token[], k: number, afterAppositive = /^,\s*$/.test(tokens[k - 1]?.post ?? '')): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (!t || !prev || !next || t.post || !/^\p{Ll}+s$/u.test(t.text) || !SPEECH_VERBS.has(t.lower) || has(t, 'Verb')) return false;
  // `Gerry Hale, a consultant, notes that`: after the comma closing an appositive.
  if (afterAppositive ? !/^,\s*$/.test(prev.post) : prev.post || !(has(prev, 'Person') || has(prev, 'ProperNoun'))) return false;
  return has(next, 'Pronoun') || has(next, 'Determiner') || has(next, 'ProperNoun') || /^(?:that|as)$/.test(next.lower);
}
