/** Attribution right after a closing mark: `, said X` · `, X said` · `, according to X` · `― X`. */
import type { Token } from '../../text/tokens';
import { rule } from '../../rules/rule';
import { has, isCue, speakerAfter, speakerBefore } from '../speakers';
import { accordingTo, firstApplying, found, tokenAt, type Attribution, type Found, type QuoteContext } from '../context';

/** `i`: the first token after the closing mark; `max`: the last token the attribution may reach. */
type AfterFn = (ctx: QuoteContext, i: number, max: number) => Found | null | undefined;

export const afterAccordingTo = rule<AfterFn>(
  'after.according-to',
  '`"…," according to the ministry`: the source follows `according to` after the closing mark.',
  (ctx, i, max) => {
    if (!accordingTo(ctx.tokens, i)) return undefined;
    const sp = speakerAfter(ctx.tokens, i + 2, max, ctx.text, 0);
    return sp ? found(ctx, sp, i, i + 1) : null;
  },
);

export const afterSaidX = rule<AfterFn>(
  'after.said-x',
  '`"…," said Peter Wilson`: an inverted cue, then the speaker.',
  (ctx, i, max) => {
    if (!isCue(ctx.tokens[i], false, true)) return undefined;
    const sp = speakerAfter(ctx.tokens, i + 1, max, ctx.text, 0);
    return sp ? found(ctx, sp, i) : undefined;
  },
);

export const afterXSaid = rule<AfterFn>(
  'after.x-said',
  '`"…," Mayor Alice Brown said` / `"…," Smith, the minister, said`: the speaker opens the attribution, a cue follows.',
  (ctx, i, max) => {
    const { tokens, text } = ctx;
    for (let j = i + 1; j <= max && j < i + 16; j++) {
      if (isCue(tokens[j], false, true)) {
        const sp = speakerBefore(tokens, j, i, text, 0);
        // The subject must open the attribution (allowing a title like "Sen." the tagger split off).
        return sp && sp.mention.start <= tokens[Math.min(i + 1, j - 1)].start && sp.mention.start >= tokens[i].start ? found(ctx, sp, j) : null;
      }
      if (endsAttribution(tokens[j - 1])) return null;
    }
    return null;
  },
);

/** Punctuation after `prev` that ends the attribution: not a parenthetical (`(R-Fla.)`) nor an abbreviated title (`Rep.`). */
function endsAttribution(prev: Token): boolean {
  const post = prev.post;
  const abbreviation = post === '.' && (has(prev, 'Abbreviation') || has(prev, 'Honorific') || has(prev, 'Acronym') || /^\p{Lu}\p{L}?$/u.test(prev.text));
  return /[.!?;"\u201c\u201d]/.test(post) && !post.startsWith(',') && !/\)$/.test(post) && !abbreviation;
}

const DASH_CREDIT = /^[ \t\u00a0]*[\u2015\u2014\u2013][ \t\u00a0]*((?:\p{Lu}[\p{L}'\u2019.-]*[ \t\u00a0]?){1,4})(?=[\r\n.,(]|$)/u;

export const dashCredit = rule(
  'after.dash-credit',
  'A credit line after the quote, the dash being the cue: `"…" ― Pamela Padilla`.',
  ({ text, tokens }: QuoteContext, close: number): Found | null => {
    const m = DASH_CREDIT.exec(text.slice(close + 1, close + 80));
    if (!m) return null;
    const dash = close + 1 + m[0].search(/[\u2015\u2014\u2013]/);
    const name = m[1].trimEnd();
    const start = close + 1 + m[0].length - m[1].length;
    const mention = { start, end: start + name.length, text: name };
    return { speaker: { mention, name: name.replace(/[.,]$/, '') }, cue: { start: dash, end: dash + 1, text: text[dash] }, cueStart: -1, cueEnd: tokenAt(tokens, mention.end) - 1 };
  },
);

/** The attribution right after the closing mark at `close`, by the first rule that applies; else a dash credit. */
export function attributionAfter(ctx: QuoteContext, close: number, contentEndsSentence: boolean): Attribution | null {
  const next = afterMark(ctx, close, contentEndsSentence);
  if (next) return { ...next.value, rules: [next.id] };
  const credit = ctx.rules.on(dashCredit) ? dashCredit.fn(ctx, close) : null;
  return credit && { ...credit, rules: [dashCredit.id] };
}

function afterMark(ctx: QuoteContext, close: number, contentEndsSentence: boolean): { value: Found; id: string } | null {
  const { tokens, text } = ctx;
  const i = tokenAt(tokens, close + 1);
  if (i >= tokens.length) return null;
  const gap = text.slice(close + 1, tokens[i].start);
  if (/[.!?]/.test(gap) || gap.length > 4 || tokens[i].pre.match(/["\u201c]/)) return null;
  // After a full stop inside the marks, a capitalised common word starts a new sentence, not an attribution.
  if (contentEndsSentence && /^\p{Lu}/u.test(tokens[i].text) && !has(tokens[i], 'ProperNoun') && !has(tokens[i], 'Person')) return null;
  return firstApplying(ctx, ctx.rules.quotes.after, ctx, i, Math.min(tokens.length - 1, i + 12));
}
