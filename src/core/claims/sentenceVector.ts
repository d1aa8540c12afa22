/**
 * A sentence as the learned claim scorer sees it: the engine's interpretable features (numbers,
 * comparisons, tense, hedges…) by name, plus hashed word, word-pair and within-word character
 * n-grams. Every hashed term belongs to one group a reader understands — the word it came from or
 * the two-word phrase — so a score can be explained as the sum of what each group added.
 */
import type { Token } from '../text/tokens';
import { extractFeatures } from './features';
import type { FeatureHit } from './featureIds';
import type { ContextHit } from './context';
import { bucketOfHash } from './hashing';
import { TermKeys } from './termKeys';
import { readerExcerpt } from '../text/strings';

/** How words become hashed features; stored in the model file so training and scoring agree. */
export interface HashingConfig {
  /** The table has 2^bits buckets. */
  bits: number;
  /** Character n-grams of each word (padded with spaces at both ends), from charMin to charMax long. */
  charMin: number;
  charMax: number;
  /** Word-class n-grams (e.g. "Pronoun Modal Verb") up to this length, credited to their phrase; 0: none. */
  classNgrams: number;
  /**
   * Character n-grams of each word as written (digits kept, glued punctuation such as "$", "%", "," kept),
   * 2 to rawChars long, only those the normalised block lacks; 0 or absent: none.
   */
  rawChars?: number;
  /**
   * Each block's length after normalising (words, characters, word classes, words as written); absent: 1 each.
   * A larger one lets the same L2 penalty give that block's weights more room.
   */
  blockScales?: number[];
}

/** What scoring needs of a sentence (training caches keep only this). */
export interface ScoringVector {
  named: readonly { feature: string }[];
  buckets: ArrayLike<number>;
  values: ArrayLike<number>;
}

export interface SentenceVector extends ScoringVector {
  /** Interpretable features present, with the words that triggered them; then the context ones (context.ts). */
  named: (FeatureHit | ContextHit)[];
  /** Hashed terms: bucket, value and the index of the group (in `groups`) each one explains. */
  buckets: number[];
  values: number[];
  termGroup: number[];
  /** Groups as shown to a reader: `word "unemployment"`, `phrase "percent of"`. */
  groups: string[];
}

const START = '<s>';

/** compromise's tags, coarsest first that decides: one word class per token. */
const WORD_CLASSES = ['Value', 'Pronoun', 'ProperNoun', 'Modal', 'Copula', 'PastTense', 'Gerund', 'Verb', 'Noun', 'Adjective', 'Adverb', 'Preposition', 'Determiner', 'Conjunction', 'QuestionWord'];

function wordClass(t: Token): string {
  for (const c of WORD_CLASSES) if (t.tags.has(c)) return c;
  return 'Other';
}

/** A word as a feature: lower case, every digit as 0 (so "80" and "95" share evidence). */
export function wordForm(t: Token): string {
  const w = t.lower;
  // Most words have no digit: looking costs less than replacing nothing.
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return w.replace(/\d/g, '0');
  }
  return w;
}

/** Shown in reasons: the word as written, trimmed of glued punctuation, at most 40 characters. */
function shown(s: string): string {
  return readerExcerpt(s, 40);
}

/**
 * The hashed terms of a sentence as they are added. Each is credited to a group by reference
 * (a word or a word pair of the sentence, see groupsOf); the groups' labels, which only an
 * explanation reads, are built when asked for.
 */
class Builder {
  readonly buckets: number[] = [];
  readonly values: number[] = [];
  readonly termRef: number[] = [];
  private readonly keys: TermKeys;

  constructor(private readonly bits: number) {
    this.keys = new TermKeys();
  }

  /** The key `prefix + source.slice(from, to)` counts once per sentence (presence, not frequency). */
  add(prefix: string, source: string, from: number, to: number, groupRef: number): void {
    const h = this.keys.add(prefix, source, from, to);
    if (h < 0) return;
    this.buckets.push(bucketOfHash(h, this.bits));
    this.values.push(1);
    this.termRef.push(groupRef);
  }

  /** Scales the values from `from` on to unit length: long sentences do not win by length alone. */
  normalise(from: number, length = 1): void {
    const n = this.values.length - from;
    if (n <= 0) return;
    const v = length / Math.sqrt(n);
    for (let i = from; i < this.values.length; i++) this.values[i] = v;
  }
}

/** Is the UTF-16 code unit `c` (not a surrogate) a letter? Cached per code unit: the test is a regular expression. */
const LETTER = /^\p{L}$/u;
const letterCache = new Uint8Array(0x10000);
function isLetterUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (letterCache[c] === 0) letterCache[c] = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return letterCache[c] === 1;
}

const NOT_LETTER_OR_SPACE = /[^\p{L} ]/u;
const SURROGATE = /[\ud800-\udfff]/;

/**
 * others[k]: how many of the first k code units of `padded` are neither a letter nor a space, so an
 * n-gram holds one when the count grows across it; null when `padded` has a surrogate (a pair is one
 * code point to the regular expression, so such words take the expression itself).
 */
function otherCounts(padded: string, counts: number[]): number[] | null {
  if (SURROGATE.test(padded)) return null;
  counts[0] = 0;
  for (let k = 0; k < padded.length; k++) {
    const c = padded.charCodeAt(k);
    counts[k + 1] = counts[k] + (c === 0x20 || isLetterUnit(c) ? 0 : 1);
  }
  return counts;
}

/** Block 4: n-grams of the words as written that the normalised block lacks (digits, punctuation, short ones). */
function addRawChars(b: Builder, tokens: Token[], from: number, to: number, cfg: HashingConfig): void {
  const rawFrom = b.values.length;
  const max = cfg.rawChars ?? 0;
  const scratch: number[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    const padded = ` ${t.pre}${t.lower}${t.post} `;
    const counts = otherCounts(padded, scratch);
    for (let n = 2; n <= max; n++) {
      for (let s = 0; s + n <= padded.length; s++) {
        const other = counts ? counts[s + n] !== counts[s] : NOT_LETTER_OR_SPACE.test(padded.slice(s, s + n));
        if (n < cfg.charMin || other) b.add('r|', padded, s, s + n, i - from);
      }
    }
  }
  b.normalise(rawFrom, cfg.blockScales?.[3]);
}

/**
 * Groups by reference: the first `words` references are the words of the sentence, the next `words`
 * its pairs (the first of them the opening word). Their labels, built on demand, name what a reader
 * sees; equal labels are one group, numbered in the order first referenced, words before pairs.
 */
function groupsOf(tokens: Token[], from: number, to: number, text: string, termRef: readonly number[]): { groups: string[]; termGroup: number[] } {
  const words = to - from;
  const groups: string[] = [];
  const index = new Map<string, number>();
  const ofRef: number[] = new Array<number>(2 * words);
  for (let r = 0; r < 2 * words; r++) {
    const i = r < words ? r : r - words;
    const label = r < words
      ? `word "${shown(tokens[from + i].text)}"`
      : i === 0 ? `opening word "${shown(tokens[from].text)}"` : `phrase "${shown(text.slice(tokens[from + i - 1].start, tokens[from + i].end))}"`;
    let g = index.get(label);
    if (g === undefined) {
      g = groups.length;
      groups.push(label);
      index.set(label, g);
    }
    ofRef[r] = g;
  }
  return { groups, termGroup: termRef.map((r) => ofRef[r]) };
}

/**
 * Items joined by single spaces, with a space before the first and after the last, and where each
 * item starts: any run of items, and any item with a space on either side, is a range of one string.
 */
function spaced(items: readonly string[]): { line: string; starts: number[] } {
  const starts: number[] = [];
  let at = 1;
  for (const item of items) {
    starts.push(at);
    at += item.length + 1;
  }
  // join, not +=: a flat string, which the hashing reads code unit by code unit.
  return { line: ['', ...items, ''].join(' '), starts };
}

export function sentenceVector(tokens: Token[], from: number, to: number, text: string, cfg: HashingConfig): SentenceVector {
  const n = to - from;
  const b = new Builder(cfg.bits);
  // Item 0 is the sentence start, item i + 1 word i: a key is a range of `words.line`.
  const items = [START];
  for (let i = from; i < to; i++) items.push(wordForm(tokens[i]));
  const words = spaced(items);
  const wordEnd = (i: number) => words.starts[i + 1] + items[i + 1].length;
  // Block 1: words and word pairs (with the sentence start, so openers like "so" or "thank" count).
  // Group references: word i is i, the pair ending at word i is n + i (see groupsOf).
  for (let i = 0; i < n; i++) {
    b.add('w|', words.line, words.starts[i + 1], wordEnd(i), i);
    b.add('b|', words.line, words.starts[i], wordEnd(i), n + i);
  }
  b.normalise(0, cfg.blockScales?.[0]);
  // Block 2: character n-grams inside each word (padded with a space at both ends), credited to that word.
  const charFrom = b.values.length;
  for (let i = 0; i < n; i++) {
    const padStart = words.starts[i + 1] - 1;
    const padEnd = wordEnd(i) + 1;
    for (let len = cfg.charMin; len <= cfg.charMax; len++) {
      for (let s = padStart; s + len <= padEnd; s++) b.add('c|', words.line, s, s + len, i);
    }
  }
  b.normalise(charFrom, cfg.blockScales?.[1]);
  // Block 3: word-class n-grams (a figure after a verb, a modal after "we"), credited to the
  // phrase of their last two words, so a reader sees phrases rather than grammar.
  const classFrom = b.values.length;
  const classes = [START];
  for (let i = from; i < to; i++) classes.push(wordClass(tokens[i]));
  const classLine = spaced(classes);
  for (let len = 2; len <= cfg.classNgrams; len++) {
    for (let e = len; e <= classes.length; e++) {
      b.add('p|', classLine.line, classLine.starts[e - len], classLine.starts[e - 1] + classes[e - 1].length, n + e - 2);
    }
  }
  b.normalise(classFrom, cfg.blockScales?.[2]);
  if (cfg.rawChars) addRawChars(b, tokens, from, to, cfg);
  return new LabelledVector(extractFeatures(tokens, from, to, text), b, tokens, from, to, text);
}

/** A sentence vector whose groups' labels are built the first time an explanation reads them. */
class LabelledVector implements SentenceVector {
  readonly buckets: number[];
  readonly values: number[];
  private readonly termRef: number[];
  private labelled: { groups: string[]; termGroup: number[] } | undefined;

  constructor(
    readonly named: (FeatureHit | ContextHit)[],
    b: Builder,
    private readonly tokens: Token[],
    private readonly from: number,
    private readonly to: number,
    private readonly text: string,
  ) {
    this.buckets = b.buckets;
    this.values = b.values;
    this.termRef = b.termRef;
  }

  get termGroup(): number[] {
    return this.groupsOf().termGroup;
  }

  get groups(): string[] {
    return this.groupsOf().groups;
  }

  private groupsOf(): { groups: string[]; termGroup: number[] } {
    this.labelled ??= groupsOf(this.tokens, this.from, this.to, this.text, this.termRef);
    return this.labelled;
  }
}
