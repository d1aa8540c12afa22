/**
 * `called it "crazy" and said …`, `had "been friends," he claimed …`, `was "wrapped up," referring to …`: the reported
 * clause ends at the mark when a coordinated verb, a new subject and its verb, or a detached participle (which tells
 * how it was said) follow it (not `"A" and "B"`, and not after a subordinate clause: `that if "X," he would …`).
 */
import { noteRule, rule } from '../../rules/rule';
import { has, isCue } from '../speakers';
import { tokenAt, type QuoteContext } from '../context';

/** The text after the mark (`rest`, from `from`), the clause's start and the content's start. */
export interface PredicateScan {
  rest: string;
  from: number;
  clauseFrom: number;
  contentStart: number;
}

/** A rule gets the best break so far (-1: none) and returns the new best. */
type BreakFn = (ctx: QuoteContext, p: PredicateScan, best: number) => number;

/** A closing mark then `and`/`but` (a verb may follow), or then a comma and a subject pronoun (a verb may follow). */
const AND_AFTER_CLOSE = /["\u201d],?[ \t\u00a0]+(?:and|but)[ \t\u00a0]+(?=\p{L})/gu;
const PRONOUN_AFTER_CLOSE = /(?:,["\u201d]|["\u201d],)[ \t\u00a0]*(?=(?:he|she|they|we|I|it)[ \t\u00a0]+\p{L})/gu;
/** A closing mark and a comma, then a detached participle (`"…," claiming …`, `"…," according to …`). */
const PARTICIPLE_AFTER_CLOSE = /(?:,["\u201d]|["\u201d],)[ \t\u00a0]+(?=\p{Ll}+ing\b)/gu;
const NAME_AFTER_CLOSE = /(?:,["\u201d]|["\u201d],)[ \t\u00a0]*(?=\p{Lu})/gu;
const SUBORDINATOR = /\b(?:although|though|if|when|whenever|while|because|since|unless|once|until)\b/i;

/** Index of the token starting exactly at `at`, or -1. */
function tokenStartingAt(ctx: QuoteContext, at: number): number {
  const i = tokenAt(ctx.tokens, at);
  return ctx.tokens[i]?.start === at ? i : -1;
}

/**
 * A base-form verb in the content before the mark (`to "stop X"`, `going to "work hard"`): a bare infinitive after
 * `and` coordinates with it, inside the content (`to "stop X" and call Y`), not with the finite cue.
 */
function infinitiveInside({ tokens }: QuoteContext, contentStart: number, from: number): boolean {
  for (let i = tokenAt(tokens, contentStart) + 1; i < tokens.length && tokens[i].start < from; i++) {
    if (!has(tokens[i], 'Infinitive')) continue;
    // Governed by `to`, a modal or `do` (an adverb may stand between): `to "really call"`, `didn't go`, `gotta get`.
    const g = has(tokens[i - 1], 'Adverb') && i - 2 >= 0 ? tokens[i - 2] : tokens[i - 1];
    if (/^(?:to|do|does|did|didn't|don't|doesn't|gotta|wanna|gonna)$/.test(g.lower) || has(g, 'Modal')) return true;
  }
  return false;
}

export const coordinatedVerb = rule<BreakFn>(
  'end.coordinated-verb',
  'A second verb of the same subject after the mark ends the content: `called it "crazy" and said …`.',
  (ctx, p, best) => {
    const tokens = ctx.tokens;
    const infinitive = infinitiveInside(ctx, p.contentStart, p.from);
    for (const mm of p.rest.matchAll(AND_AFTER_CLOSE)) {
      let i = tokenStartingAt(ctx, p.from + mm.index + mm[0].length);
      // One adverb may come first (`but later said`, `and then called`).
      if (i >= 0 && has(tokens[i], 'Adverb') && !tokens[i].post) i++;
      const t = tokens[i];
      // A verb right after `and`/`but`, not a noun, pronoun, adverb or copula: a second predicate of the same subject
      // (a copula more often continues the quoted clause: `is "not X," but is Y`).
      if (i >= 0 && has(t, 'Verb') && !has(t, 'Noun') && !has(t, 'Pronoun') && !has(t, 'Modal') && !has(t, 'Adverb') && !has(t, 'Copula') && !(infinitive && has(t, 'Infinitive'))) {
        return p.from + mm.index + 1;
      }
    }
    return best;
  },
);

/**
 * A comma at the mark, then what starts a new predicate: the first such place before `best` ends the clause there,
 * unless the clause is subordinate (`that if "X," he would …`).
 */
function commaBreak(ctx: QuoteContext, p: PredicateScan, best: number, re: RegExp, startsPredicate: (i: number) => boolean): number {
  for (const mm of p.rest.matchAll(re)) {
    const at = p.from + mm.index;
    if (best >= 0 && at >= best) return best;
    if (!startsPredicate(tokenStartingAt(ctx, at + mm[0].length))) continue;
    return SUBORDINATOR.test(ctx.text.slice(p.clauseFrom, at)) ? best : at + 2;
  }
  return best;
}

export const participleAfterMark = rule<BreakFn>(
  'end.participle',
  'A detached participle after the mark tells how it was said: `was "wrapped up," referring to the talks`.',
  (ctx, p, best) =>
    commaBreak(ctx, p, best, PARTICIPLE_AFTER_CLOSE, (i) => {
      const t = ctx.tokens[i];
      return t !== undefined && (has(t, 'Verb') || has(t, 'Gerund') || t.lower === 'according');
    }),
);

export const pronounAfterMark = rule<BreakFn>(
  'end.pronoun-subject',
  'A subject pronoun and its verb after the mark: `they had "been friends," he claimed`.',
  (ctx, p, best) => commaBreak(ctx, p, best, PRONOUN_AFTER_CLOSE, (i) => i >= 0 && has(ctx.tokens[i], 'Pronoun') && has(ctx.tokens[i + 1], 'Verb')),
);

export const namedSourceAfterMark = rule<BreakFn>(
  'end.named-source',
  'A named source and its speech verb after the mark: `called him "a buffoon," Susan said`.',
  (ctx, p, best) =>
    commaBreak(ctx, p, best, NAME_AFTER_CLOSE, (first) => {
      const tokens = ctx.tokens;
      if (first < 0) return false;
      let i = first;
      while (i < first + 5 && tokens[i] && /^\p{Lu}/u.test(tokens[i].text) && !tokens[i].post) i++;
      return !(i === first || i - first === 1 && tokens[first].lower === 'the' || !isCue(tokens[i]));
    }),
);

/** Where a new predicate after the mark ends the clause in text[from, to), or -1; `ids` gets the deciding rule. */
export function predicateBreak(ctx: QuoteContext, clauseFrom: number, from: number, to: number, contentStart: number, ids?: string[]): number {
  const p: PredicateScan = { rest: ctx.text.slice(from, to), from, clauseFrom, contentStart };
  let best = -1;
  let by = '';
  for (const r of ctx.rules.quotes.predicateBreaks) {
    if (!ctx.rules.on(r)) continue;
    const next = r.fn(ctx, p, best);
    if (next !== best) by = r.id;
    best = next;
  }
  if (ids && by) noteRule(ids, by);
  return best;
}
