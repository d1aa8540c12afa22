/** `As The Hill pointed out, "…"`: an `as` clause with any verb, closed by the comma before the mark, attributes the quote. */
import { rule } from '../../rules/rule';
import type { Token } from '../../text/tokens';
import { has, speakerAfter } from '../speakers';
import { found, type Found, type QuoteContext } from '../context';
import type { BeforeScan } from './before';

/** Particles a verb may take before its adjuncts: `pointed out`, `summed up`. */
const PARTICLE = /^(?:out|up|back|on|it)$/;

function finiteVerb(t: Token): boolean {
  return has(t, 'Verb') && !has(t, 'Copula') && !has(t, 'Auxiliary') && !has(t, 'Modal') && !has(t, 'Gerund') && !has(t, 'Noun') && (has(t, 'PastTense') || has(t, 'PresentTense'));
}

export const asXVerbed = rule(
  'before.as-x-verbed',
  '`As The Hill pointed out, "…"` / `as the band sang in 1985: "…"`: the subject of an `as` clause right before the mark speaks.',
  (ctx: QuoteContext, j: number, { end, min, open }: BeforeScan): Found | undefined => {
    const { tokens, text } = ctx;
    if (tokens[j].lower !== 'as' || tokens[j].post || end - j > 14) return undefined;
    // The clause opens its sentence (after a conjunction) or follows a comma.
    if (j > min && !/,\s*$/.test(tokens[j - 1].post) && !(j - 1 === min && /^(?:but|and|so)$/i.test(tokens[j - 1].text))) return undefined;
    // … and a comma or colon closes it right before the mark.
    if (!/^\s*[,:]\s*$/.test(text.slice(tokens[end].end, open))) return undefined;
    const sp = speakerAfter(tokens, j + 1, end, text, 0);
    if (!sp || sp.pronoun === 'n') return undefined;
    let v = j + 1;
    while (v <= end && tokens[v].start < sp.mention.end) v++;
    if (v > end || !finiteVerb(tokens[v]) || tokens[v - 1].post) return undefined;
    for (let k = v; k < end; k++) if (/[,;:.!?"\u201c\u201d()]/.test(tokens[k].post)) return undefined;
    let cueTo = v;
    while (cueTo < end && PARTICLE.test(tokens[cueTo + 1].lower) && !tokens[cueTo].post) cueTo++;
    return found(ctx, sp, v, cueTo, end);
  },
);
