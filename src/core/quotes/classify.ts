/** Step 4 of a marked quote: direct (the whole sentence), partial (part of a reported clause), or no quote at all. */
import type { QuoteKind } from '../types';
import { ATTITUDE_VERBS } from '../text/lexicon';
import { noteRule, rule } from '../rules/rule';
import { appositiveSubject, has, isCue, predicateOf } from './speakers';
import { found, tokenAt, tokenLead, trimSpan, type Attribution, type QuoteContext } from './context';
import type { MarkFrame } from './frame';
import type { Attributions } from './attribute';
import { markRuleIds } from './marks';
import { mainSubject } from './mainSubject';
import { participleSubject } from './participleClause';
import { clauseSubject } from './clauseSubject';
import { clauseStartPos, complementStart } from './span/clauseStart';
import { clauseEnd } from './span/clauseEnd';

/** A marked quote being shaped: the later steps move its span, its kind and its speaker. */
export interface Draft {
  kind: QuoteKind;
  start: number;
  end: number;
  own: Attribution | null;
  /** A reporting verb (token index) governing the phrase when no attribution was parsed; -1 when none. */
  bareCue: number;
  /** The bare cue has no subject: the quote takes the previous quote's speaker as it is. */
  orphan: boolean;
  /** Ids of the rules that shaped it, in order. */
  rules: string[];
}

/** Only attribution and punctuation between the sentence start (or the previous quote) and the opening mark. */
function leadIsBare(ctx: QuoteContext, f: MarkFrame, before: Attribution | null): boolean {
  const lead = ctx.text.slice(f.leadFrom, f.m.open);
  return /^[\s,:;.\u2014\u2013\p{Cf}-]*$/u.test(lead) || /:\s*$/.test(lead) || (before !== null && clauseStartPos(ctx, before.cueEnd, f.m.open) >= f.m.open);
}

/** Only the attribution and punctuation (or another quote) between the closing mark and the sentence end. */
function tailIsBare(ctx: QuoteContext, f: MarkFrame, after: Attribution | null): boolean {
  const { m, sClose } = f;
  const tailEnd = after ? Math.min(after.speaker.mention.start, after.cue.start) : sClose.end;
  const tail = m.unclosed ? '' : ctx.text.slice(m.close + 1, Math.max(m.close + 1, tailEnd));
  return /^[\s,.;:!?\u2014\u2013-]*$/.test(tail) || (after === null && /^[\s,.;:!?\u2014\u2013-]*["\u201c]/.test(tail));
}

export const wholeSentence = rule(
  'kind.whole-sentence',
  'A quote that is its whole sentence, apart from attribution and punctuation, is direct: `"We won," she said.`',
  (ctx: QuoteContext, f: MarkFrame, att: Attributions): boolean => leadIsBare(ctx, f, att.before) && tailIsBare(ctx, f, att.after),
);

export const partOfSentence = rule(
  'kind.part-of-sentence',
  'A quote that is only part of its sentence is partial and spans its reported clause: `She called the plan "a gamble" on Monday.`',
  (kind: QuoteKind): QuoteKind => (kind === 'direct' ? 'partial' : kind),
);

export const bareCue = rule(
  'kind.bare-cue',
  'No attribution parsed, but a reporting verb governs the phrase: `Several said they were "leaning Cruz"`.',
  ({ tokens }: QuoteContext, f: MarkFrame): number => {
    const lim = tokenAt(tokens, f.m.open);
    for (let j = lim - 1; j >= tokenAt(tokens, f.leadFrom) && j >= lim - 12; j--) {
      if (isCue(tokens[j], true) || ATTITUDE_VERBS.has(tokens[j].lower) && has(tokens[j], 'Verb')) return j;
      if (/[,;:]/.test(tokens[j].post) && j < lim - 1) break;
    }
    return -1;
  },
);

export const unparsedAttribution = rule(
  'kind.unparsed-attribution',
  'A comma hands the quote to an attribution we could not parse; still direct: `"It is over," the senator from Ohio said.`',
  (ctx: QuoteContext, f: MarkFrame): boolean => leadIsBare(ctx, f, null) && (/^\s*,/.test(ctx.text.slice(f.m.close + 1)) || /,\s*$/.test(f.inner)),
);

/** Unattributed quoted phrases shorter than this are taken as scare quotes. */
const MIN_UNATTRIBUTED_WORDS = 5;

export const scareQuote = rule(
  'kind.scare-quote',
  'A short quoted phrase nobody is said to say is a scare quote or a title, not a quote: `the "reform" bill`.',
  (f: MarkFrame): boolean => f.inner.trim().split(/\s+/).length < MIN_UNATTRIBUTED_WORDS,
);

/** `referred to her as “…”`, `billed as “…”`: a phrase after `as` characterises someone in the describer's terms. */
export const AS_FRAME = /\bas(?:[ \t\u00a0]+(?:a|an))?[ \t\u00a0]*$/i;
/** `a sign that read “…”`, `the banner reads: "…"`: words read out or written on something. */
const READ_OUT = /\b(?:read|reads|reading)[,:]?[ \t\u00a0]*$/i;
/** `the phrase “…”`, `his slogan, "…"`, `chants of “…”`: a noun for words names the quoted phrase as words someone used. */
const WORDS_NOUN = /\b(?:phrase|term|slogan|motto|catchphrase|mantra|refrain|chants?|chanting|cries|cry|shouts?|calls|words?|message|tagline|question|answer|reply|response)(?:[ \t\u00a0]+(?:of|is|was|were))?,?[ \t\u00a0]*$/i;

export const wordsNamed = rule(
  'kind.words-named',
  'Even a short phrase is a quotation when named as words: `chants of "lock her up"`, `a sign that read "No"`, `referred to him as "the boss"`.',
  ({ text }: QuoteContext, f: MarkFrame): boolean => {
    const before = text.slice(Math.max(f.leadFrom, f.m.open - 40), f.m.open);
    return WORDS_NOUN.test(before) || READ_OUT.test(before) || AS_FRAME.test(before);
  },
);

/** Decides the kind; null drops the marks (a scare quote). */
export function classify(ctx: QuoteContext, f: MarkFrame, att: Attributions): Draft | null {
  const d: Draft = { kind: 'direct', start: f.ts, end: f.te, own: att.own, bareCue: -1, orphan: false, rules: [...markRuleIds(f.m), ...(att.own?.rules ?? [])] };
  if (ctx.rules.on(wholeSentence) && wholeSentence.fn(ctx, f, att)) {
    noteRule(d.rules, wholeSentence.id);
    return d;
  }
  if (d.own) return partial(ctx, d);
  const cue = ctx.rules.on(bareCue) ? bareCue.fn(ctx, f) : -1;
  return cue >= 0 ? withBareCue(ctx, f, d, cue) : unattributed(ctx, f, d);
}

function partial(ctx: QuoteContext, d: Draft): Draft {
  if (!ctx.rules.on(partOfSentence)) return d;
  d.kind = partOfSentence.fn(d.kind);
  noteRule(d.rules, partOfSentence.id);
  return d;
}

/** The bare cue's complement is the content; the sentence's subject, if any, is the speaker. */
function withBareCue(ctx: QuoteContext, f: MarkFrame, d: Draft, cue: number): Draft {
  const { tokens, text } = ctx;
  const { m, ts, te } = f;
  d.kind = 'partial';
  d.bareCue = cue;
  noteRule(d.rules, bareCue.id);
  const lim = tokenAt(tokens, m.open);
  const k = complementStart(ctx, cue, lim + 1, lim, d.rules);
  const start = Math.min(k < tokens.length ? tokenLead(tokens[k]) : ts, ts);
  [d.start, d.end] = trimSpan(text, start, Math.max(clauseEnd(ctx, m, f.sOpen.start, f.sClose.end, start, d.rules), te));
  if (d.end < te) d.end = te;
  if (d.start > ts) d.start = ts;
  let subj = participleSubject(ctx, tokenAt(tokens, f.leadFrom), cue, d.rules, ctx.rules.on(appositiveSubject));
  if (!subj && ctx.rules.on(mainSubject)) {
    subj = mainSubject.fn(ctx, tokenAt(tokens, f.leadFrom), cue);
    if (subj) noteRule(d.rules, mainSubject.id);
  }
  let cueAt = cue;
  if (!subj && ctx.rules.on(clauseSubject)) {
    const clause = clauseSubject.fn(ctx, tokenAt(tokens, f.leadFrom), cue);
    if (clause) {
      ({ speaker: subj, cue: cueAt } = clause);
      noteRule(d.rules, clauseSubject.id);
    }
  }
  d.own = subj ? { ...found(ctx, subj, cueAt), rules: [bareCue.id] } : null;
  if (subj && ctx.rules.on(appositiveSubject) && predicateOf(tokens, subj, cue, 0, true)?.appositive) noteRule(d.rules, appositiveSubject.id);
  d.orphan = !subj;
  return d;
}

/** No attribution and no reporting verb: a direct quote handed to an attribution, a scare quote, or partial. */
function unattributed(ctx: QuoteContext, f: MarkFrame, d: Draft): Draft | null {
  if (ctx.rules.on(unparsedAttribution) && unparsedAttribution.fn(ctx, f)) {
    noteRule(d.rules, unparsedAttribution.id);
    return d;
  }
  if (ctx.rules.on(scareQuote) && scareQuote.fn(f)) {
    if (!(ctx.rules.on(wordsNamed) && wordsNamed.fn(ctx, f))) return null;
    noteRule(d.rules, wordsNamed.id);
  }
  partial(ctx, d);
  if (d.kind === 'partial' && ctx.rules.on(asFrame)) {
    const start = asFrame.fn(ctx, f);
    if (start !== undefined && start !== d.start) {
      d.start = start;
      noteRule(d.rules, asFrame.id);
    }
  }
  return d;
}

export const asFrame = rule(
  'span.as-frame',
  'After `as`, the characterised object opens the content, right after the verb: `referred to Rubio as "a lightweight"`.',
  ({ text, tokens }: QuoteContext, f: MarkFrame): number | undefined => {
    const { m, ts } = f;
    if (!AS_FRAME.test(text.slice(Math.max(f.leadFrom, m.open - 40), m.open))) return undefined;
    const first = tokenAt(tokens, f.leadFrom);
    let as = tokenAt(tokens, m.open) - 1;
    while (as > first && tokens[as].lower !== 'as') as--;
    for (let k = as - 1; k >= first && k >= as - 8; k--) {
      const t = tokens[k];
      if (/[,;:.!?"\u201c\u201d]/.test(t.post)) break;
      if (has(t, 'Verb') && !has(t, 'Noun')) {
        let s = k + 1;
        while (s < as && /^(?:to|down|up|off|out)$/.test(tokens[s].lower)) s++;
        return s < as ? tokens[s].start : ts;
      }
    }
    return ts;
  },
);
