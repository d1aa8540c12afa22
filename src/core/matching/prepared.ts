/**
 * Texts prepared once for many comparisons: a claim being matched (per query) and each
 * archive entry (cached per document). Character 4-grams are kept as sorted hashes so a Dice
 * coefficient is one merge, not thousands of string look-ups.
 */
import type { Bm25Index } from './bm25Index';
import { namedDates, signatureDate, type ClaimDate, type NamedDates } from './dates';
import { claimSignals, type ClaimSignals } from './signals';
import { foldAccents, terms } from './tokens';

export interface PreparedText {
  /** Shows or links a picture or video (tweets: a pic.twitter.com or video link, or the words). */
  media: boolean;
  terms: string[];
  termSet: Set<string>;
  /** Sorted, distinct hashes of the character 4-grams of the lower-cased, accent-free text. */
  grams: Int32Array;
  signals: ClaimSignals;
  /** When it was posted (a tweet's signature date). */
  date?: ClaimDate;
}

const MEDIA_WORDS = /\b(?:photo(?:graph)?s?|pic(?:ture)?s?|images?|videos?|footage|clips?|memes?|screenshots?|watch|filmed|photographed)\b|pic\.twitter\.com\/|youtu\.?be/iu;

function charGrams(text: string, n = 4): Int32Array {
  const s = ` ${foldAccents(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  const out = new Int32Array(Math.max(0, s.length - n + 1));
  // FNV-1a of each n-character window, read in place (as hash(s.slice(i, i + n))).
  for (let i = 0; i + n <= s.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + n; j++) h = Math.imul(h ^ s.charCodeAt(j), 0x01000193);
    out[i] = h | 0;
  }
  out.sort();
  let k = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[k++] = out[i];
  return out.slice(0, k);
}

/** Term ids stay below this (a vocabulary of 67 million words), so a pair of them is one exact double. */
const PAIR_BASE = 2 ** 26;

/**
 * The distinct pairs of consecutive terms ("word bigrams") of each list whose two terms the
 * index knows, as sorted numbers (first id × 2^26 + second): a pair with an unknown term is in
 * no archive entry, and comparing numbers is a merge, not a string look-up per pair.
 */
export function bigramKeys(index: Bm25Index, ...lists: (readonly string[])[]): Float64Array {
  const keys: number[] = [];
  for (const ts of lists) {
    let previous = ts.length > 0 ? index.termId(ts[0]) : undefined;
    for (let i = 1; i < ts.length; i++) {
      const id = index.termId(ts[i]);
      if (previous !== undefined && id !== undefined) keys.push(previous * PAIR_BASE + id);
      previous = id;
    }
  }
  const sorted = Float64Array.from(keys).sort();
  let k = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[k++] = sorted[i];
  return sorted.slice(0, k);
}

/** How many values two sorted distinct lists share. */
export function sharedCount(a: Float64Array, b: Float64Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

/** `raw`: the text before cleaning, whose links tell that a tweet carried a picture or video. */
export function prepareText(text: string, raw = text): PreparedText {
  const ts = terms(text);
  const date = signatureDate(raw);
  return { media: MEDIA_WORDS.test(raw), terms: ts, termSet: new Set(ts), grams: charGrams(text), signals: claimSignals(text), ...(date ? { date } : {}) };
}

/**
 * An archive entry as the features need it: its two fields, what they state together, and the
 * idf of its terms (valid while the index's statistics are: MatchIndex drops these on change).
 */
export interface PreparedCandidate {
  claim: PreparedText;
  title: PreparedText;
  /** Distinct term ids of the claim field, and the idf (claim field) of each. */
  claimIds: number[];
  claimIdf: Float64Array;
  /** Distinct terms of the title, each with its idf in the title field. */
  titleIdf: { term: string; idf: number }[];
  allTerms: Set<string>;
  /** Consecutive-term pairs of claim and title (bigramKeys). */
  bigrams: Float64Array;
  numbers: Set<string>;
  years: Set<string>;
  names: Set<string>;
  media: boolean;
  dates: NamedDates;
  /** Term frequency × idf (claim field) of each term of claim and title, and the vector's length. */
  tfidf: { weights: Map<string, number>; norm: number };
}

function tfidfVector(index: Bm25Index, ts: readonly string[]): { weights: Map<string, number>; norm: number } {
  const weights = new Map<string, number>();
  for (const t of ts) {
    const id = index.termId(t);
    weights.set(t, (weights.get(t) ?? 0) + (id === undefined ? 0 : index.idf(0, id)));
  }
  return { weights, norm: Math.hypot(...weights.values()) };
}

export function prepareCandidate(index: Bm25Index, claimText: string, titleText: string): PreparedCandidate {
  const claim = prepareText(claimText);
  const title = prepareText(titleText);
  const claimIds = [...new Set(claim.terms.flatMap((t) => index.termId(t) ?? []))];
  const titleIdf = [...new Set(title.terms)].map((term) => {
    const id = index.termId(term);
    return { term, idf: id === undefined ? 0 : index.idf(1, id) };
  });
  const union = (f: (p: PreparedText) => Iterable<string>): Set<string> => new Set([...f(claim), ...f(title)]);
  return {
    claim,
    title,
    claimIds,
    claimIdf: Float64Array.from(claimIds, (id) => index.idf(0, id)),
    titleIdf,
    allTerms: union((p) => p.termSet),
    bigrams: bigramKeys(index, claim.terms, title.terms),
    numbers: union((p) => p.signals.numbers),
    years: union((p) => p.signals.years),
    names: union((p) => p.signals.entities),
    media: claim.media || title.media,
    dates: namedDates(`${claimText} ${titleText}`),
    tfidf: tfidfVector(index, [...claim.terms, ...title.terms]),
  };
}
