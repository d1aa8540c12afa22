/** Token shapes the reported-speech rules test: does a stretch hold a verb, open a clause, start with a gerund subject. */
import type { Token } from '../text/tokens';
import { has, isVerbFiller } from './speakers';

export function hasVerb(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (has(tokens[i], 'Verb') && !isVerbFiller(tokens[i])) return true;
  for (let i = from; i < to; i++) if (has(tokens[i], 'Verb')) return true;
  return false;
}

/** `says running for office is hard`: a gerund phrase as the subject of the reported clause (a verb follows). */
export function isGerundSubject(tokens: Token[], k: number, b: number): boolean {
  if (!/ing$/.test(tokens[k].lower) || tokens[k].post) return false;
  for (let i = k + 1; i < b && i <= k + 6; i++) {
    if (has(tokens[i], 'Copula') || has(tokens[i], 'Modal') || has(tokens[i], 'PastTense') && !has(tokens[i], 'Participle')) return true;
    if (tokens[i].post) return false;
  }
  return false;
}

/** `says such methods are cruel`: a noun phrase and its verb within the first few tokens make a clause. */
export function nounThenVerb(tokens: Token[], k: number, b: number): boolean {
  for (let i = k; i + 1 < b && i < k + 4; i++) {
    if (tokens[i].post) return false;
    const nominal = (has(tokens[i], 'Noun') || has(tokens[i], 'Pronoun')) && !has(tokens[i], 'Possessive');
    if (nominal && has(tokens[i + 1], 'Verb') && !has(tokens[i + 1], 'Noun')) return true;
    // The tagger sometimes reads a plural noun before `are`/`will` as a verb (`such trips are`).
    if (i > k && !has(tokens[i], 'Adverb') && (has(tokens[i + 1], 'Copula') || has(tokens[i + 1], 'Modal'))) return true;
  }
  return false;
}

export function isClauseOpener(t: Token): boolean {
  return t.tags.has('Pronoun') || t.tags.has('Determiner') || t.tags.has('ProperNoun') || t.tags.has('Noun') || t.tags.has('Value');
}
