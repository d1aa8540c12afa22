/**
 * Table-driven rule tests: a case names a rule, a short sentence of our own, and what the analysis must show with the
 * rule on. The same expectation must fail with the rule switched off, so each case proves its rule does something.
 */
import * as assert from 'node:assert/strict';
import { analyze, type Analysis, type Quote, type QuoteKind } from '../../../../src/core/analysis';

export interface QuoteExpectation {
  /** Picks the quote: the first whose text contains this. */
  containing: string;
  kind?: QuoteKind;
  text?: string;
  /** Resolved speaker name (null: none). */
  speaker?: string | null;
  /** Speaker mention as written. */
  mention?: string;
  cue?: string | null;
}

export interface RuleCase {
  rule: string;
  text: string;
  /** The quote the rule shapes; its `rules` must name the rule. */
  quote?: QuoteExpectation;
  /** The rule drops the marks or words around this: no quote contains it. */
  noQuote?: string;
  /** Number of quotes in the analysis. */
  count?: number;
  /** Rules switched off in both runs, where another rule would otherwise do this one's work. */
  without?: string[];
  /** A sentence of the analysis has exactly this text (as written in the document). */
  sentence?: string;
  /** The rule reads the text for every step (markup.*), so quotes do not list it in their `rules`. */
  unrecorded?: true;
}

/** Why the analysis does not meet the case, or null when it does. */
export function mismatch(c: RuleCase, a: Analysis, checkRules: boolean): string | null {
  if (c.count !== undefined && a.quotes.length !== c.count) return `${a.quotes.length} quotes, not ${c.count}`;
  if (c.noQuote !== undefined && a.quotes.some((q) => q.text.includes(c.noQuote!))) return `a quote contains ${JSON.stringify(c.noQuote)}`;
  if (c.sentence !== undefined && !a.sentences.some((s) => s.text === c.sentence)) return `no sentence reads ${JSON.stringify(c.sentence)}`;
  if (!c.quote) return null;
  const e = c.quote;
  const q = a.quotes.find((x) => x.text.includes(e.containing));
  if (!q) return `no quote contains ${JSON.stringify(e.containing)}`;
  const got = observed(q);
  for (const key of ['kind', 'text', 'speaker', 'mention', 'cue'] as const) {
    if (e[key] !== undefined && got[key] !== e[key]) return `${key} is ${JSON.stringify(got[key])}, not ${JSON.stringify(e[key])}`;
  }
  if (checkRules && !c.unrecorded && !q.rules.includes(c.rule)) return `rules ${JSON.stringify(q.rules)} do not name ${c.rule}`;
  return null;
}

function observed(q: Quote): Record<'kind' | 'text' | 'speaker' | 'mention' | 'cue', string | null> {
  return { kind: q.kind, text: q.text, speaker: q.speaker?.name ?? null, mention: q.speaker?.mention.text ?? null, cue: q.cue?.text ?? null };
}

/** One `it` per case: it holds with the rule on, and fails with the rule off. */
export function ruleTests(cases: readonly RuleCase[]): void {
  for (const c of cases) {
    it(`${c.rule}: ${c.text.replace(/\s+/g, ' ').slice(0, 70)}`, () => {
      const without = c.without ?? [];
      const on = analyze(c.text, { disabledRules: without });
      assert.equal(mismatch(c, on, true), null, `with ${c.rule} on: ${describe(on)}`);
      const off = analyze(c.text, { disabledRules: [...without, c.rule] });
      assert.notEqual(mismatch(c, off, false), null, `with ${c.rule} off the result is the same: ${describe(off)}`);
    });
  }
}

function describe(a: Analysis): string {
  return JSON.stringify({ quotes: a.quotes.map((q) => ({ ...observed(q), rules: q.rules })), sentences: a.sentences.map((s) => s.text) });
}
