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
import { bucketOf } from './hashing';
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
  return t.lower.replace(/\d/g, '0');
}

/** Shown in reasons: the word as written, trimmed of glued punctuation, at most 40 characters. */
function shown(s: string): string {
  return readerExcerpt(s, 40);
}

class Builder {
  readonly buckets: number[] = [];
  readonly values: number[] = [];
  readonly termGroup: number[] = [];
  readonly groups: string[] = [];
  private readonly groupIndex = new Map<string, number>();
  private readonly seenKeys = new Set<string>();

  constructor(private readonly bits: number) {}

  group(label: string): number {
    let g = this.groupIndex.get(label);
    if (g === undefined) {
      g = this.groups.length;
      this.groups.push(label);
      this.groupIndex.set(label, g);
    }
    return g;
  }

  /** Each key counts once per sentence (presence, not frequency). Returns whether it was new. */
  add(key: string, group: number): boolean {
    if (this.seenKeys.has(key)) return false;
    this.seenKeys.add(key);
    this.buckets.push(bucketOf(key, this.bits));
    this.values.push(1);
    this.termGroup.push(group);
    return true;
  }

  /** Scales the values from `from` on to unit length: long sentences do not win by length alone. */
  normalise(from: number, length = 1): void {
    const n = this.values.length - from;
    if (n <= 0) return;
    const v = length / Math.sqrt(n);
    for (let i = from; i < this.values.length; i++) this.values[i] = v;
  }
}

/** Block 4: n-grams of the words as written that the normalised block lacks (digits, punctuation, short ones). */
function addRawChars(b: Builder, tokens: Token[], from: number, to: number, wordGroups: number[], cfg: HashingConfig): void {
  const rawFrom = b.values.length;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    const padded = ` ${t.pre}${t.lower}${t.post} `;
    for (let n = 2; n <= (cfg.rawChars ?? 0); n++) {
      for (let s = 0; s + n <= padded.length; s++) {
        const gram = padded.slice(s, s + n);
        if (n < cfg.charMin || /[^\p{L} ]/u.test(gram)) b.add(`r|${gram}`, wordGroups[i - from]);
      }
    }
  }
  b.normalise(rawFrom, cfg.blockScales?.[3]);
}

export function sentenceVector(tokens: Token[], from: number, to: number, text: string, cfg: HashingConfig): SentenceVector {
  const b = new Builder(cfg.bits);
  const words: string[] = [];
  const wordGroups: number[] = [];
  for (let i = from; i < to; i++) {
    const w = wordForm(tokens[i]);
    words.push(w);
    wordGroups.push(b.group(`word "${shown(tokens[i].text)}"`));
  }
  // Block 1: words and word pairs (with the sentence start, so openers like "so" or "thank" count).
  const pairGroups: number[] = [];
  for (let i = 0; i < words.length; i++) {
    b.add(`w|${words[i]}`, wordGroups[i]);
    const prev = i === 0 ? START : words[i - 1];
    const label = i === 0 ? `opening word "${shown(tokens[from].text)}"` : `phrase "${shown(text.slice(tokens[from + i - 1].start, tokens[from + i].end))}"`;
    pairGroups.push(b.group(label));
    b.add(`b|${prev} ${words[i]}`, pairGroups[i]);
  }
  b.normalise(0, cfg.blockScales?.[0]);
  // Block 2: character n-grams inside each word, credited to that word.
  const charFrom = b.values.length;
  for (let i = 0; i < words.length; i++) {
    const padded = ` ${words[i]} `;
    for (let n = cfg.charMin; n <= cfg.charMax; n++) {
      for (let s = 0; s + n <= padded.length; s++) b.add(`c|${padded.slice(s, s + n)}`, wordGroups[i]);
    }
  }
  b.normalise(charFrom, cfg.blockScales?.[1]);
  // Block 3: word-class n-grams (a figure after a verb, a modal after "we"), credited to the
  // phrase of their last two words, so a reader sees phrases rather than grammar.
  const classFrom = b.values.length;
  const classes = [START];
  for (let i = from; i < to; i++) classes.push(wordClass(tokens[i]));
  for (let n = 2; n <= cfg.classNgrams; n++) {
    for (let e = n; e <= classes.length; e++) b.add(`p|${classes.slice(e - n, e).join(' ')}`, pairGroups[e - 2]);
  }
  b.normalise(classFrom, cfg.blockScales?.[2]);
  if (cfg.rawChars) addRawChars(b, tokens, from, to, wordGroups, cfg);
  return { named: extractFeatures(tokens, from, to, text), buckets: b.buckets, values: b.values, termGroup: b.termGroup, groups: b.groups };
}
