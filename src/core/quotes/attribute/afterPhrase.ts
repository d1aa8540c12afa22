/**
 * `"…," a spokesman for committee Democrats said.` / `"…," Jo Reyes, a fellow at the Urban Institute and a former
 * aide, wrote.`: a whole noun phrase, with its prepositional phrases and an appositive set off by commas, between
 * the closing mark and the cue.
 */
import type { Token } from '../../text/tokens';
import { rule } from '../../rules/rule';
import { has, isCue, speakerBefore } from '../speakers';
import { nameOf } from '../nameOf';
import { found, type Found, type QuoteContext } from '../context';

/** Tokens that may open the source: a determiner, a capitalised word, a noun or adjective, a number. */
function opensPhrase(t: Token): boolean {
  if (has(t, 'Pronoun') || has(t, 'Preposition') || has(t, 'Conjunction') || (has(t, 'Verb') && !has(t, 'Noun'))) return false;
  return has(t, 'Determiner') || has(t, 'Noun') || has(t, 'Adjective') || has(t, 'Value') || /^\p{Lu}/u.test(t.text);
}

/** A verb of the head phrase (before any comma): then the words are a clause, not a source. */
function finiteVerb(t: Token): boolean {
  return has(t, 'Verb') && !has(t, 'Noun') && !has(t, 'Adjective') && !has(t, 'Gerund') && !has(t, 'Participle');
}

export const afterPhraseSaid = rule(
  'after.phrase-said',
  'A source phrase with its prepositions and appositive, then the cue, after a quote closing on a comma: `"…," a spokesman for committee Democrats said.`',
  /** `i`: the first token after the closing mark. */
  (ctx: QuoteContext, i: number): Found | undefined => {
    const { tokens, text } = ctx;
    const before = text.slice(0, tokens[i].start).trimEnd();
    if (!/[,?!]["\u201d\u00bb]$/.test(before) || !opensPhrase(tokens[i])) return undefined;
    // The quote opens its sentence: a quoted phrase inside one (`Asked whether Lee "…," most voters said yes`) is not.
    const close = before.length - 1;
    const open = Math.max(text.lastIndexOf('"', close - 1), text.lastIndexOf('\u201c', close - 1), text.lastIndexOf('\u00ab', close - 1));
    if (open < 0 || !/(?:^|[.!?:]["\u201d\u00bb]?\s+|\n)\s*$/.test(text.slice(0, open))) return undefined;
    let comma = -1;
    for (let j = i + 1; j < tokens.length && j < i + 30; j++) {
      const prev = tokens[j - 1];
      if (/[.!?;:"\u201c\u201d]/.test(prev.post) && !/^\.,?$/.test(prev.post)) return undefined;
      if (prev.post.includes(',') && comma < 0) comma = j - 1;
      if (isCue(tokens[j], false, true)) {
        // An appositive must close on a comma right before the cue.
        if (comma >= 0 && !prev.post.includes(',')) return undefined;
        // What after.x-said reads (`Mayor Alice Brown said`, `Grant, the director, said`) is its own.
        const plain = speakerBefore(tokens, j, i, text, 0);
        if (plain && plain.mention.start === tokens[i].start) return undefined;
        const headEnd = comma >= 0 ? comma : j - 1;
        // `a spokesman for the county board`: a description with its phrase names no one person; it stays whole.
        const described = tokens.slice(i, headEnd).some((t) => /^(?:for|of|at|with|from)$/.test(t.text));
        const name = (described ? text.slice(tokens[i].start, tokens[headEnd].end) : nameOf(tokens, i, headEnd, text)).replace(/[,.]$/, '');
        const mention = { start: tokens[i].start, end: tokens[j - 1].end, text: text.slice(tokens[i].start, tokens[j - 1].end) };
        return found(ctx, { mention, name }, j);
      }
      if (comma < 0 && finiteVerb(tokens[j])) return undefined;
    }
    return undefined;
  },
);
