/** `In a 1963 speech, he declared:` ending a paragraph: the attribution of the quote that opens the next one. */
import type { ParagraphIntro } from '../paragraph/types';
import { rule } from '../rules/rule';
import { subjectOf } from './speakers';
import type { QuoteContext } from './context';
import { attributionBefore } from './attribute/before';

export const introColon = rule(
  'intro.colon',
  'A paragraph ending `he declared:` introduces the quote that opens the next paragraph.',
  (ctx: QuoteContext): ParagraphIntro | null => {
    const { text, tz } = ctx;
    const trimmed = text.trimEnd();
    if (!trimmed.endsWith(':') || !tz.sentences.length) return null;
    const colon = trimmed.length - 1;
    const att = attributionBefore(ctx, colon, tz.sentences[tz.sentences.length - 1].start);
    if (att) return { speaker: att.speaker, cue: att.cue, rules: [...att.rules, introColon.id] };
    return ctx.rules.on(statementSubject) ? statementSubject.fn(ctx, colon) : null;
  },
);

export const statementSubject = rule(
  'intro.statement-subject',
  '`President Clinton released the following statement:`: the subject introduces the next paragraph, the colon being the cue.',
  (ctx: QuoteContext, colon: number): ParagraphIntro | null => {
    const { tz, text } = ctx;
    const last = tz.sentenceTokens[tz.sentenceTokens.length - 1];
    const subj = subjectOf(tz.tokens, last[0], last[1], text, 0);
    if (!subj || subj.pronoun === undefined && !/\p{Lu}/u.test(subj.mention.text)) return null;
    return { speaker: subj, cue: { start: colon, end: colon + 1, text: ':' }, rules: [introColon.id, statementSubject.id] };
  },
);

export function introOf(ctx: QuoteContext): ParagraphIntro | null {
  return ctx.rules.on(introColon) ? introColon.fn(ctx) : null;
}
