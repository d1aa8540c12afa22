/** A `, X said` (or `, said X`) later in the sentence than the closing mark; the content runs up to its comma. */
import { rule } from '../../rules/rule';
import { isCue, speakerAfter, speakerBefore } from '../speakers';
import { firstApplying, found, tokenAt, type Attribution, type Found, type QuoteContext } from '../context';

/** `first`: the first token after the closing mark; `j`: the cue; the result's `contentEnd` ends the content. */
type LaterFn = (ctx: QuoteContext, first: number, j: number, sentEnd: number) => (Found & { contentEnd: number }) | null | undefined;

export const laterXSaid = rule<LaterFn>(
  'later.x-said',
  '`"If there had not been that intervention" by NATO and others, Clinton said …`: the content runs to the comma before the speaker.',
  (ctx, first, j) => {
    const { tokens, text } = ctx;
    const sp = speakerBefore(tokens, j, first, text, 0);
    if (!sp) return undefined;
    const spTok = tokenAt(tokens, sp.mention.start);
    const prev = tokens[spTok - 1];
    if (!prev || !prev.post.startsWith(',') || spTok - 1 < first) return null;
    return { ...found(ctx, sp, j), contentEnd: prev.end };
  },
);

export const laterSaidX = rule<LaterFn>(
  'later.said-x',
  '`"Not now" for the party, said Ann Lee.`: lower-case words after the mark, a comma, the cue, then the speaker ending the sentence.',
  (ctx, first, j, sentEnd) => {
    const { tokens, text } = ctx;
    const prev = tokens[j - 1];
    if (!prev.post.startsWith(',') || j - 1 < first || !/^\p{Ll}/u.test(tokens[first].text)) return null;
    // `…, told reporters`: who is told is never who speaks.
    if (/^(?:told|tells|tell|telling)$/.test(tokens[j].lower)) return null;
    // The speaker ends the sentence or is set off by a comma (`said X, an analyst.`).
    const inv = speakerAfter(tokens, j + 1, Math.min(tokens.length - 1, j + 12), text, 0);
    const after = inv ? text.slice(inv.mention.end, sentEnd) : '';
    if (!inv || !/^\s*(?:[.,;!?]|$)/.test(after)) return null;
    return { ...found(ctx, inv, j), contentEnd: prev.end };
  },
);

/** The first cue after the closing mark in its sentence decides, by the first rule that applies to it. */
export function attributionLater(ctx: QuoteContext, close: number, sentEnd: number): { att: Attribution; contentEnd: number } | null {
  const { tokens } = ctx;
  const first = tokenAt(tokens, close + 1);
  for (let j = first + 1; j < tokens.length && tokens[j].start < sentEnd && j < first + 30; j++) {
    if (/["\u201c\u201d]/.test(tokens[j].pre) || /["\u201c\u201d]/.test(tokens[j - 1].post) && j - 1 > first) return null;
    if (!isCue(tokens[j])) continue;
    const hit = firstApplying(ctx, ctx.rules.quotes.later, ctx, first, j, sentEnd);
    if (!hit) return null;
    const { contentEnd, ...att } = hit.value;
    return { att: { ...att, rules: [hit.id] }, contentEnd };
  }
  return null;
}
