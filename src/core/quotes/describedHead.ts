/**
 * `Officials in Ohio said …`, `A new study published in The Lancet found …`: reading back from the verb, the speaker
 * search stops at the name after a preposition; the source is the common noun phrase the prepositional (or
 * participle) phrase describes, shown whole (`Officials in Ohio` are not Ohio).
 */
import type { ParagraphSpeaker } from '../paragraph/types';
import { rule } from '../rules/rule';
import { has, nounPhraseBack, speakerFrom } from './speakers';
import { tokenAt, type QuoteContext } from './context';

/** Prepositions that tie a phrase to the noun before it: `officials in`, `economists at`, `published by`. */
const DESCRIBING_PREPOSITION = /^(?:in|by|from|for|at|on|with)$/;

export const describedHead = rule(
  'speaker.described-head',
  '`Officials in Ohio said …` / `A study published in The Lancet found …`: the source is the noun the phrase describes.',
  /** `sp`: the speaker found before the verb; `min`: the sentence's first token. */
  (ctx: QuoteContext, sp: ParagraphSpeaker, min: number): ParagraphSpeaker | null => {
    const { tokens, text } = ctx;
    const start = tokenAt(tokens, sp.mention.start);
    const end = tokenAt(tokens, sp.mention.end) - 1;
    let k = start - 1;
    if (k - 1 < min || sp.pronoun || !/^\p{Lu}/u.test(tokens[start].text) && !/^the$/.test(tokens[start].lower)) return null;
    if (tokens[k].post || !DESCRIBING_PREPOSITION.test(tokens[k].lower)) return null;
    // `published in`, `conducted by`: a participle between the noun and the preposition.
    if (/^\p{Ll}+(?:ed|en|wn)$/u.test(tokens[k - 1].text) && (has(tokens[k - 1], 'PastTense') || has(tokens[k - 1], 'Participle'))) k--;
    const head = tokens[k - 1];
    // A common noun's phrase (`officials`, `study`), not a name's (`Lee in Ohio`) or a clause's (`he met with Lee`).
    const common = /^\p{Ll}/u.test(head?.text ?? '') || k - 1 === min && !has(head, 'Person') && !has(head, 'Place') && !has(head, 'Organization');
    if (!head || head.post || !common || !has(head, 'Noun') || has(head, 'Pronoun') || has(head, 'Date') || tokens[k].post) return null;
    const from = nounPhraseBack(tokens, k - 1, min);
    if (from === null) return null;
    // Shown whole, as other described speakers are (`A ministry spokeswoman`).
    const whole = speakerFrom(tokens, from, end, text, 0);
    return { ...whole, name: whole.mention.text };
  },
);
