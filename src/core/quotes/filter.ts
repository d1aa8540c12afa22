/** Step 2 of a marked quote: marks that hold no quotation (titles, names, headings, words of an attribution). */
import type { MarkedSpan } from '../text/quoteMarks';
import { rule } from '../rules/rule';
import { has } from './speakers';
import { sentenceOf, tokenAt, type QuoteContext } from './context';
import type { MarkFrame } from './frame';

/** A filter drops the marked span when its function says true. */
type FilterFn = (ctx: QuoteContext, f: MarkFrame) => boolean;

const TITLE_SMALL = /^(?:a|an|the|of|and|or|for|to|in|on|at|by|with|from|as|is|are|be|vs\.?)$/;

/** Every word capitalised except small function words: a name or title, not a sentence. */
function isTitleCase(words: string[]): boolean {
  return /^[\p{Lu}\d]/u.test(words[0]) && words.every((w) => TITLE_SMALL.test(w.toLowerCase()) || /^[\p{Lu}\d]/u.test(w));
}

export const ownedTitle = rule<FilterFn>(
  'filter.owned-title',
  "A short Title-Case name in marks after a possessive is a programme or work: `on ABC's \"This Week\"`.",
  ({ text }, { m, ts, te }) => {
    if (m.unclosed || !/\p{L}(?:['\u2019]s|s['\u2019])\s$/u.test(text.slice(Math.max(0, m.open - 4), m.open))) return false;
    const words = text.slice(ts, te).split(/\s+/);
    if (words.length > 6 || /[.!?]/.test(text.slice(ts, te))) return false;
    return isTitleCase(words);
  },
);

const BYLINE = /^,?[ \t\u00a0]+by[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?:\p{Lu}[\p{L}.&-]*[ \t\u00a0]+){0,4}\p{Lu}[\p{L}.&-]*(?:['\u2019]s?[ \t\u00a0]+\p{Lu}|:)/u;

export const bylinedTitle = rule<FilterFn>(
  'filter.bylined-title',
  "A quoted line credited `, by` a writer is a headline with its byline: `\"Museum to close,\" by the Post's Jane Doe`.",
  ({ text }, { m, inner }) => {
    if (m.unclosed) return false;
    const after = text.slice(m.close + 1, m.close + 80);
    return (/,\s*$/.test(inner) || after.startsWith(',')) && BYLINE.test(after);
  },
);

export const singleQuotedHeading = rule<FilterFn>(
  'filter.single-quoted-heading',
  "A paragraph that is only a short phrase in single marks is a subheading: `'A tough decision.'`.",
  ({ text }, { m }) => {
    if (!m.single || m.unclosed) return false;
    const rest = text.slice(0, m.open) + text.slice(m.close + 1);
    return /^[\s.,!?:;\u2013\u2014-]*$/.test(rest) && text.slice(m.open + 1, m.close).trim().split(/\s+/).length <= 8;
  },
);

export const attributiveName = rule<FilterFn>(
  'filter.attributive-name',
  'A Title-Case name in marks modifying the noun after it names a show or slogan: `the “Open Road Tonight” host`.',
  ({ text, tokens }, { m, ts, te }) => {
    if (m.unclosed) return false;
    const words = text.slice(ts, te).split(/\s+/);
    if (words.length > 6 || /[.!?,;:]/.test(text.slice(m.open + 1, m.close)) || !isTitleCase(words)) return false;
    const t = tokens[tokenAt(tokens, m.close + 1)];
    if (!t || !/^[ \t\u00a0]+$/.test(text.slice(m.close + 1, t.start)) || !/^\p{Ll}/u.test(t.text)) return false;
    return has(t, 'Noun') && !has(t, 'Verb') && !has(t, 'Preposition') && !has(t, 'Conjunction') && !has(t, 'Determiner') && !has(t, 'Pronoun') && !has(t, 'Adverb');
  },
);

const WORK_NOUN = /\b(?:book|movie|film|show|series|sitcom|podcast|programme|program|documentary|play|musical|album|song|novel|memoir|episode|nickname|pseudonym|moniker|alias|codename)s?,?[ \t\u00a0]*$/;

export const namedWork = rule<FilterFn>(
  'filter.named-work',
  'A Title-Case name after the noun for a work is its title: `the documentary “Night Shift”`.',
  ({ text }, { m, ts, te }) =>
    !m.unclosed && WORK_NOUN.test(text.slice(Math.max(0, m.open - 30), m.open)) && isTitleCase(text.slice(ts, te).split(/\s+/)),
);

/** Does an enabled filter rule drop this span? */
export function filteredOut(ctx: QuoteContext, f: MarkFrame): boolean {
  return ctx.rules.quotes.filters.some((r) => ctx.rules.on(r) && r.fn(ctx, f));
}

/**
 * Marks among the adjuncts of the previous quote's attribution, in its sentence, name a programme or mention words;
 * they are not a new quotation unless a comma or colon hands over to it (`"…," he said, "and …"`).
 */
export const attributionTail = rule(
  'filter.attribution-tail',
  'Marks in the adjuncts after a quote\'s own `, X said` are no new quote: `"…," she said on “Morning Report.”`.',
  (ctx: QuoteContext, tail: number, m: MarkedSpan): boolean => {
    const { text, tz, tokens } = ctx;
    if (m.open < tail || sentenceOf(tz, tail - 1) !== sentenceOf(tz, m.open)) return false;
    const between = text.slice(tail, m.open);
    if (!/^\s*(?:on|in|at|during|after|before|with|to|from|for|via)\s/i.test(between) || /[,:;.!?"\u201c\u201d\u2014\u2013]/.test(between)) return false;
    // Only an adjunct: no verb of its own (`… he said in a speech warning that “…”` hands over to a new report).
    for (let i = tokenAt(tokens, tail); i < tokens.length && tokens[i].start < m.open; i++) {
      if ((has(tokens[i], 'Verb') && !has(tokens[i], 'Noun')) || tokens[i].lower === 'that') return false;
    }
    return true;
  },
);
