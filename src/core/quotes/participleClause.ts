/**
 * A detached participle (`…, saying …`) belongs to the clause it closes. When a conjunction after a comma opens a
 * second clause with a subject of its own (`…, though economists disputed that figure, saying …`), that subject
 * speaks, not the sentence's first one.
 */
import type { ParagraphSpeaker } from '../paragraph/types';
import { noteRule, rule } from '../rules/rule';
import { subjectOf } from './speakers';
import { mainSubject } from './mainSubject';
import type { QuoteContext } from './context';

/** Conjunctions that join a clause with its own subject: `, but aid groups …`, `, while critics …`. */
const CLAUSE_CONJUNCTION = /^(?:though|although|while|whereas|but|and|yet)$/;

export const participleClause = rule(
  'speaker.participle-clause',
  '`Officials put the toll at 40, but aid groups disputed it, saying it was higher.`: the closing clause\'s subject speaks.',
  /** `from`: the sentence's first token; `cue`: the participle's token (after a comma). */
  (ctx: QuoteContext, from: number, cue: number): ParagraphSpeaker | null => {
    const { tokens, text } = ctx;
    if (!/ing$/.test(tokens[cue].lower) || !tokens[cue - 1]?.post.startsWith(',')) return null;
    for (let i = cue - 2; i > from; i--) {
      if (/[.!?:"\u201c\u201d]/.test(tokens[i].post)) return null;
      if (!/[,;]/.test(tokens[i - 1].post) || !CLAUSE_CONJUNCTION.test(tokens[i].lower) || tokens[i].post) continue;
      // The nearest such clause decides: with no subject of its own (`, but declined to comment,`) the sentence's applies.
      // `economists at UCLA disputed …`: a subject with a phrase after its head, as the main clause's would be read.
      return subjectOf(tokens, i + 1, cue, text, 0) ?? (ctx.rules.on(mainSubject) ? mainSubject.fn(ctx, i + 1, cue) : null);
    }
    return null;
  },
);

/**
 * The speaker of a detached participle at `cue`: the closing clause's subject (speaker.participle-clause, noted in
 * `rules`), else the sentence's subject from `from`.
 */
export function participleSubject(ctx: QuoteContext, from: number, cue: number, rules: string[], appositive = false): ParagraphSpeaker | null {
  const clause = ctx.rules.on(participleClause) ? participleClause.fn(ctx, from, cue) : null;
  if (clause) noteRule(rules, participleClause.id);
  return clause ?? subjectOf(ctx.tokens, from, cue, ctx.text, 0, appositive);
}
