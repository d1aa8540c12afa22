/**
 * The subject of a sentence's main clause, for a quote introduced by a detached participle (`…, saying "…"`) whose
 * subject the plain subject search missed: past long openers (`During a speech in Ohio on Monday, …`, `And then …`)
 * and over a prepositional phrase after its head (`A spokeswoman for the county board emailed …`).
 */
import type { Token } from '../text/tokens';
import type { ParagraphSpeaker } from '../paragraph/types';
import { rule } from '../rules/rule';
import { has, predicateOf, speakerAfter } from './speakers';
import type { QuoteContext } from './context';

/** Words opening a sentence before its subject that never start one: `And then Lee …`, `Instead, Lee …`. */
export const OPENER = /^(?:and|but|so|yet|then|first|still|also|later|meanwhile|instead|finally|now|again|however)$/;
/** Words that open an adverbial clause or phrase ending at a comma: `While …,`, `On Thursday,`. */
const ADVERBIAL = /^(?:while|when|after|before|as|since|during|despite|although|though|because|if|once|until|in|on|at|outside|inside|with|without|from|by|for|over|under|amid|following|asked|speaking|pressed|writing|earlier|later|last|this)$/;
/** Prepositions a subject's head may take a phrase with: `A spokesman for the board`, `about 200 of the workers`. */
const SUBJECT_PP = /^(?:for|of|at|with|from|by|on|in)$/;

/** The token after a leading adverbial that ends at a comma (within 25 tokens, before `to`), else `i`. */
export function pastAdverbial(tokens: Token[], i: number, to: number): number {
  const t = tokens[i];
  if (!(ADVERBIAL.test(t.lower) || has(t, 'Preposition') || has(t, 'Date') || has(t, 'Gerund'))) return i;
  for (let j = i; j < to && j < i + 25; j++) {
    if (/[.!?;:"\u201c\u201d]/.test(tokens[j].post)) return i;
    if (!tokens[j].post.includes(',')) continue;
    // `in Salem, Ohio,`: the state after a town's comma is still the adverbial's.
    let k = j + 1;
    while (k < to && k < j + 3 && has(tokens[k], 'ProperNoun') && /^\p{Lu}/u.test(tokens[k].text) && !tokens[k].post) k++;
    const state = k < to && has(tokens[j], 'ProperNoun') && has(tokens[k], 'Place') && /^\p{Lu}/u.test(tokens[k].text) && /^,/.test(tokens[k].post);
    return state ? k + 1 : j + 1;
  }
  return i;
}

/** Token `j` ends a noun phrase at a comma, whatever the tagger says: a word after a determiner, adjective or name (`the Ohio slate,`). */
function nounBeforeComma(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  const prev = tokens[j - 1];
  return /^,/.test(t.post) && !has(t, 'PastTense') && !has(t, 'Gerund') && /^\p{Ll}/u.test(t.text) && (has(prev, 'Determiner') || has(prev, 'Adjective') || has(prev, 'ProperNoun'));
}

/** `speaker` extended over `for/of/at … ` up to the token before its verb (at most 8 tokens), or null. */
export function withPhrase(ctx: QuoteContext, sp: ParagraphSpeaker, to: number): ParagraphSpeaker | null {
  const { tokens, text } = ctx;
  const k = tokens.findIndex((t) => t.start >= sp.mention.end);
  if (k < 0 || k >= to || !SUBJECT_PP.test(tokens[k].lower) || tokens[k - 1].post) return null;
  for (let j = k + 1; j < to && j < k + 9; j++) {
    const t = tokens[j];
    const phrase = () => ({ mention: { start: sp.mention.start, end: t.end, text: text.slice(sp.mention.start, t.end) }, name: text.slice(sp.mention.start, t.end) });
    // `Another delegate from the Ohio slate, Jim Moore, said`: the phrase ends at an appositive's comma (the caller
    // checks that a verb follows the appositive).
    if (/^,/.test(t.post) && (has(t, 'Noun') || has(t, 'ProperNoun') || /^\p{Lu}/u.test(t.text) || nounBeforeComma(tokens, j)) && !has(t, 'Pronoun')) return phrase();
    if (t.post && !/^['\u2019]s?$/.test(t.post) && t.post !== '.') return null;
    const next = tokens[j + 1];
    if (!next || !has(next, 'Verb') || has(next, 'Noun') || has(next, 'Gerund') || has(next, 'Adjective') || nounBeforeComma(tokens, j + 1)) continue;
    if (!has(t, 'Noun') && !has(t, 'ProperNoun') && !/^\p{Lu}/u.test(t.text)) return null;
    return phrase();
  }
  return null;
}

export const mainSubject = rule(
  'speaker.main-subject',
  'A detached participle\'s speaker is the main clause\'s subject, past long openers: `During a rally in Ohio, Lee mocked Roe, saying, "…"`.',
  /** `from`: the sentence's first token; `cue`: the participle's token. */
  (ctx: QuoteContext, from: number, cue: number): ParagraphSpeaker | null => {
    const { tokens, text } = ctx;
    // Only a verb that takes the main clause's subject: a participle, or a verb after `and`/`but`/`to`/`by`.
    if (cue <= from || !(/ing$/.test(tokens[cue].lower) || /^(?:and|but|then|to|by)$/.test(tokens[cue - 1].lower))) return null;
    let i = from;
    while (i < cue && OPENER.test(tokens[i].lower) && !/[.;:]/.test(tokens[i].post)) i++;
    for (let pass = 0; pass < 2 && i < cue; pass++) i = pastAdverbial(tokens, i, cue);
    if (i >= cue) return null;
    const sp = speakerAfter(tokens, i, cue - 1, text, 0);
    if (!sp) return null;
    if (predicateOf(tokens, sp, cue, 0, true)) return sp;
    const long = withPhrase(ctx, sp, cue);
    return long && predicateOf(tokens, long, cue, 0, true) ? long : null;
  },
);
