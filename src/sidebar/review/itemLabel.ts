/**
 * A Review-view row shows the start of its sentence, and a sidebar is narrow: "The minister said on
 * Monday that unemployment…" says nothing. `keyWordsFirst` drops the framing at the start of a
 * sentence — linking words, "according to …,", "X said (that)", quotation marks — so the row
 * starts with what is claimed; the tooltip keeps the whole text. The label stays a piece of the text as
 * written (nothing re-cased), so it can be searched for in the article. Pure (no vscode).
 */

/** One kind of framing at the start of a sentence, removed by `keyWordsFirst`. */
interface Framing {
  readonly id: string;
  /** Matches at the start; the whole match is dropped. */
  readonly pattern: RegExp;
}

/** Words that may open what stands between a speech verb and "that". */
const ADJUNCT_STARTS = 'on|in|at|during|last|this|earlier|late|yesterday|today|reporters|journalists|lawmakers|me|us|him|her|them';

const SPEECH_VERBS = 'said|says|say|told|tells|stated|states|claimed|claims|argued|argues|added|adds|noted|notes|warned|warns|announced|announces|insisted|insists|reported|reports|estimated|estimates|believes|believed';

export const FRAMINGS: readonly Framing[] = [
  { id: 'openingQuoteMark', pattern: /^["“”„‘’'«»‹›]+\s*/u },
  { id: 'linkingWord', pattern: /^(?:but|and|so|yet|still|also|however|meanwhile|moreover|furthermore|indeed|instead|nevertheless|nonetheless|separately|overall|in addition|in fact|as a result|on the other hand)\b,?\s+/iu },
  { id: 'accordingTo', pattern: /^according to [^,;:.!?"“”]{1,60},\s*/iu },
  // "The minister said on Monday that …", "Officials told reporters that …": a short subject, a speech
  // verb, at most a time, place or addressee ("on Monday", "in a statement", "reporters") and "that".
  // Only with "that", so "Prices rose …" and "The report says 80 people, mostly children, died" are kept.
  {
    id: 'saidThat',
    pattern: new RegExp(`^[^,;:.!?"“”]{1,50}?\\b(?:${SPEECH_VERBS})(?:\\s+(?:${ADJUNCT_STARTS})(?:\\s+(?!that\\b)[\\p{L}\\p{N}'’-]+){0,2})?\\s+that\\s+`, 'iu'),
  },
];

/** The text with the framing at its start dropped (repeatedly: "But, according to X, …"). */
export function keyWordsFirst(text: string): string {
  let rest = text.replace(/\s+/g, ' ').trim();
  for (let pass = 0; pass < 4; pass++) {
    const before = rest;
    for (const { pattern } of FRAMINGS) {
      const m = pattern.exec(rest);
      // Never drop everything, nor leave a stub: the framing must leave most of a sentence.
      if (m && rest.length - m[0].length >= 12) rest = rest.slice(m[0].length);
    }
    if (rest === before) break;
  }
  return rest.replace(/^[,;:\s]+/u, '');
}
