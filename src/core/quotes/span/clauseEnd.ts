/** Where the reported clause holding a partial quote ends: the sentence end, or a break after the last mark. */
import type { MarkedSpan } from '../../text/quoteMarks';
import { ABBREVIATIONS } from '../../text/lexicon';
import { noteRule, rule } from '../../rules/rule';
import type { QuoteContext } from '../context';
import { predicateBreak } from './predicateBreak';

/** The clause so far: it holds the marks `m` and starts at `contentStart`; `end` is where it ends until a rule moves it. */
export interface EndScan {
  m: MarkedSpan;
  sentStart: number;
  sentEnd: number;
  contentStart: number;
  end: number;
}

/** A rule returns the clause's new end, or undefined to leave it. */
type EndFn = (ctx: QuoteContext, e: EndScan) => number | undefined;

/**
 * Where a reported clause ends: `, and …`, a dash, a semicolon, or a sentence end the tagger missed —
 * but not the full stop of an initial or an abbreviation (`U.S. Secretary`, `Sen. Cruz`).
 */
const CLAUSE_BREAK = new RegExp(
  String.raw`[,;]\s+(?:and|but|while|whereas|although|though|before|after)\b|\s(?:[\u2014\u2013]|--?)\s|;|` +
    String.raw`(?<![\s.(]\p{Lu}|^\p{Lu}|\b(?:${ABBREVIATIONS.join('|')}))[.!?]+["'\u201d\u2019\u00bb]*(?=\s+[\p{Lu}\u201c"])`,
  'gu',
);

/** Index of the first clause break in text[from, to), or -1; a few characters before `from` let the look-behind see an abbreviation cut there. */
function findClauseBreak(text: string, from: number, to: number): number {
  const lo = Math.max(0, from - 8);
  CLAUSE_BREAK.lastIndex = from - lo;
  const m = CLAUSE_BREAK.exec(text.slice(lo, to));
  return m ? lo + m.index : -1;
}

export const clauseBreakEnd = rule<EndFn>(
  'end.clause-break',
  'A reported clause ends at `, and`/`, but`, a spaced dash, a semicolon or a missed sentence end: `said it was "over"; others …`.',
  (ctx, e) => {
    const br = clauseBreak(ctx, e.m.close + 1, e.sentEnd);
    return br >= 0 ? br : undefined;
  },
);

/** The first clause break in text[from, to), or -1 (always -1 with the clause-break rule off). */
export function clauseBreak(ctx: QuoteContext, from: number, to: number): number {
  return ctx.rules.on(clauseBreakEnd) ? findClauseBreak(ctx.text, from, to) : -1;
}

const SPACED_DASH = /^\s(?:[\u2014\u2013]|--?)\s/u;
const SPACED_DASHES = /\s(?:[\u2014\u2013]|--?)\s/gu;

export const dashAside = rule<EndFn>(
  'end.dash-aside',
  'A dash closing a dash pair opened inside the content ends the aside, not the clause: `the tax — as well as the "pause" — in that package`.',
  ({ text }, e) => {
    if (e.end >= e.sentEnd || !SPACED_DASH.test(text.slice(e.end, e.end + 4))) return undefined;
    if ((text.slice(e.contentStart, e.end).match(SPACED_DASHES) ?? []).length % 2 !== 1) return undefined;
    const br = findClauseBreak(text, e.end + 2, e.sentEnd);
    return br >= 0 ? br : e.sentEnd;
  },
);

/** A sentence opening with a subordinator or `Asked`, with no comma before the content: the cue is in a fronted adverbial clause. */
const FRONTED = /^[\s"'\u201c\u2018]*(?:while|although|though|even though|even as|whereas|when|after|before|if|because|since|as|once|until|unless|asked)\b[^,;:\u2014]*$/i;

export const frontedClause = rule<EndFn>(
  'end.fronted-clause',
  'A report inside a fronted adverbial clause ends at the comma closing it: `While X said the plan was "a mess," Y voted for it`.',
  ({ text }, e) => {
    if (!FRONTED.test(text.slice(e.sentStart, e.contentStart))) return undefined;
    // The first comma after the mark with no later quotation mark in the sentence (`Although he says he "loves X," and "Y," he …`).
    for (let i = text.indexOf(',', e.m.close - 1); i >= 0 && i < e.end; i = text.indexOf(',', i + 1)) {
      if (!/["\u201c\u201d]/.test(text.slice(i + 2, e.end))) return i;
    }
    return undefined;
  },
);

const RELATIVE = /,[ \t\u00a0]+(?:who|whom|whose|which|where)\b/gu;

export const trailingRelative = rule<EndFn>(
  'end.trailing-relative',
  'A non-restrictive relative clause after the last quoted words is the writer\'s: `said he was "sarcastic" in his remarks, which drew criticism`.',
  ({ text }, e) => {
    const from = e.m.close + 1;
    const rest = text.slice(from, e.end);
    const lastMark = Math.max(rest.lastIndexOf('"'), rest.lastIndexOf('\u201c'), rest.lastIndexOf('\u201d'));
    RELATIVE.lastIndex = lastMark + 1;
    const mm = RELATIVE.exec(rest);
    return mm ? from + mm.index : undefined;
  },
);

/** The first match of `re` from the character before the closing mark (a comma inside the marks) up to `end`. */
function matchFromMark(re: RegExp, text: string, m: MarkedSpan, end: number): { at: number; length: number } | null {
  re.lastIndex = 0;
  const mm = re.exec(text.slice(m.close - 1, end));
  return mm ? { at: m.close - 1 + mm.index, length: mm[0].length } : null;
}

const MEDIUM_AFTER_MARK = new RegExp(
  String.raw`["\u201d\u201c],?[ \t\u00a0]+(?:in|on|during|via)[ \t\u00a0]+(?:an?|the|his|her|their|its)[ \t\u00a0]+(?:[\p{L}-]+[ \t\u00a0]+){0,2}?` +
    String.raw`(?:tweets?|statement|interview|post|blog|op-ed|appearance|(?:press|news) conference|e-?mail|letter|video|broadcast|column|memo|podcast)\b`,
  'gu',
);

export const mediumAfterMark = rule<EndFn>(
  'end.medium',
  'The medium of the report right after the mark belongs to the cue: `called it "X" in a tweet Sunday`.',
  ({ text }, e) => {
    const medium = matchFromMark(MEDIUM_AFTER_MARK, text, e.m, e.end);
    return medium ? medium.at + 1 : undefined;
  },
);

const DAY_AFTER_MARK = /["\u201d],?[ \t\u00a0]+(?:(?:on|last|this)[ \t\u00a0]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/gu;
const FUTURE = /\b(?:will|would|shall|should|could|may|might|going to|plans? to|planned to|wants? to|vowed|promised|pledged)\b|['\u2019]ll\b/i;

export const weekdayAfterMark = rule<EndFn>(
  'end.weekday',
  'A weekday right after the mark dates the report, unless the content looks ahead: `called it "a disgrace" Wednesday`.',
  ({ text }, e) => {
    const day = matchFromMark(DAY_AFTER_MARK, text, e.m, e.end);
    return day && !FUTURE.test(text.slice(e.contentStart, day.at)) ? day.at + 1 : undefined;
  },
);

const MARK_SUBORDINATOR = /,["'\u201d\u2019][ \t\u00a0]+(?:while|whereas|although|though|before|after)\b/gu;

export const subordinatorAfterMark = rule<EndFn>(
  'end.subordinator',
  'A comma inside the marks before a subordinator ends the clause: `was "about right," though most voters …`.',
  ({ text }, e) => {
    const sub = matchFromMark(MARK_SUBORDINATOR, text, e.m, e.end);
    // Unless more quoted words follow (`"A," while "B"`).
    return sub && !/["\u201c\u201d]/.test(text.slice(sub.at + sub.length, e.end)) ? sub.at : undefined;
  },
);

/**
 * End of the reported clause containing the marks `m`, whose content starts at `contentStart`, in the sentence
 * [sentStart, sentEnd); `ids` collects the rules that moved it.
 */
export function clauseEnd(ctx: QuoteContext, m: MarkedSpan, sentStart: number, sentEnd: number, contentStart: number, ids?: string[]): number {
  const e: EndScan = { m, sentStart, sentEnd, contentStart, end: sentEnd };
  for (const r of ctx.rules.quotes.ends) {
    if (!ctx.rules.on(r)) continue;
    const end = r.fn(ctx, e);
    if (end === undefined) continue;
    e.end = end;
    if (ids) noteRule(ids, r.id);
  }
  // From the character before the mark, to see a comma inside the marks (`time,” he claimed`).
  const pb = predicateBreak(ctx, sentStart, Math.max(sentStart, m.close - 1), e.end, contentStart, ids);
  return pb >= 0 ? pb : e.end;
}
