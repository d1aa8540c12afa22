/**
 * What must agree between two wordings of the same claim beyond shared words: the numbers
 * ("rose 9%" is not "rose 19%"), the years, the names, and whether it is negated.
 */
import { stemOf, words } from './tokens';

export interface ClaimSignals {
  /** Numbers other than years, normalised ("9%" → "9", "$80M" → "80000000", "1,200" → "1200"). */
  numbers: Set<string>;
  /** Four-digit years 1800–2099. */
  years: Set<string>;
  /** Stems of the words of names: capitalised words not opening a sentence, and acronyms. */
  entities: Set<string>;
  /** Negation cues (not, never, no, n't, …). */
  negations: number;
}

const SCALE: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
};
const NUMBER = /(\d+(?:[.,]\d+)*)(?:\s*(thousand|million|billion|trillion|mn|mln|bn|tn|[kmb])\b)?/giu;
const NEGATION = /\b(?:not|no|never|none|nobody|nothing|neither|nor|cannot|without)\b|n['’]t\b/giu;
/** Capitalised words that open clauses or are too common to name anyone. */
const NOT_NAMES = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'i', 'it', 'he', 'she', 'we', 'they', 'you', 'my', 'our', 'his', 'her', 'their', 'in', 'on', 'at', 'of', 'for', 'and', 'or', 'but', 'if', 'is', 'was', 'did', 'does', 'do', 'are', 'were', 'has', 'have', 'had', 'will', 'can', 'no', 'not', 'yes', 'so', 'to', 'as', 'by', 'with', 'from', 'after', 'before', 'when', 'what', 'who', 'why', 'how', 'all', 'just', 'new', 'mr', 'mrs', 'ms', 'dr']);

function numberValue(digits: string, scale: string | undefined): string | undefined {
  const plain = /^\d{1,3}(,\d{3})+(\.\d+)?$/u.test(digits) ? digits.replace(/,/gu, '') : digits.replace(/,/gu, '.');
  const n = Number(plain);
  if (!Number.isFinite(n)) return undefined;
  const factor = scale ? SCALE[scale.toLowerCase()] ?? 1 : 1;
  return String(Math.round(n * factor * 1000) / 1000);
}

function numbersAndYears(text: string): { numbers: Set<string>; years: Set<string> } {
  const numbers = new Set<string>();
  const years = new Set<string>();
  for (const m of text.matchAll(NUMBER)) {
    const before = m.index > 0 ? text[m.index - 1] : ' ';
    if (/[\p{L}]/u.test(before)) continue; // "COVID19", "G7": part of a name
    if (/^(18|19|20)\d\d$/u.test(m[1]) && !m[2]) {
      years.add(m[1]);
      continue;
    }
    const v = numberValue(m[1], m[2]);
    if (v !== undefined) numbers.add(v);
  }
  return { numbers, years };
}

/** Name stems of a capitalised token, memoised: names recur across the claims of an article. */
const tokenStems = new Map<string, string[]>();
const MAX_TOKEN_MEMO = 50_000;

function nameStems(token: string): string[] {
  let out = tokenStems.get(token);
  if (out === undefined) {
    out = [];
    for (const w of words(token)) if (!NOT_NAMES.has(w) && w.length > 1) out.push(stemOf(w));
    if (tokenStems.size >= MAX_TOKEN_MEMO) tokenStems.clear();
    tokenStems.set(token, out);
  }
  return out;
}

function entityStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const sentence of text.split(/(?<=[.!?:;"“”])\s+|\n+/u)) {
    const tokens = sentence.match(/[\p{L}][\p{L}\p{N}'’.-]*/gu) ?? [];
    // A sentence in capitals (a shouted tweet) tells nothing about names.
    if (tokens.length > 3 && tokens.every((t) => t === t.toUpperCase())) continue;
    tokens.forEach((token, i) => {
      if (i === 0 || !/^\p{Lu}/u.test(token)) return;
      for (const s of nameStems(token)) out.add(s);
    });
  }
  return out;
}

export function claimSignals(text: string): ClaimSignals {
  return { ...numbersAndYears(text), entities: entityStems(text), negations: (text.match(NEGATION) ?? []).length };
}

/** Share of `a` found in `b` (1 when `a` is empty: nothing to disagree on). */
export function coverage(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0) return 1;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / a.size;
}

/** 1 when both sides state values of a kind and none of them agree ("9%" vs "19%"). */
export function disagree(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  for (const x of a) if (b.has(x)) return 0;
  return 1;
}
