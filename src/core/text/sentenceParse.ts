/**
 * compromise, one sentence at a time, cached by sentence text. compromise splits a text into
 * sentences first and tags each on its own, so parsing the sentences one by one yields the same
 * terms and tags as parsing the whole paragraph (checked on every paragraph of the evaluation
 * data), while a one-character edit re-parses one sentence instead of the whole paragraph.
 */
import nlp from 'compromise/two';
import { ParagraphCache, type ParagraphCacheLimits } from '../incremental/paragraphCache';
import { ownCopy } from './strings';
import { fasterBulkMatch, type BulkMatch } from './fastSweep';

export interface RawTerm {
  readonly text: string;
  readonly pre: string;
  readonly post: string;
  /** Shared between terms with the same tags: never mutate. */
  readonly tags: ReadonlySet<string>;
}

interface CompromiseTerm {
  text?: string;
  pre?: string;
  post?: string;
  tags?: Iterable<string>;
}

interface CompromiseWorld {
  hooks: string[];
  methods: {
    one: { bulkMatch: BulkMatch; tokenize: { splitSentences(text: string, world: CompromiseWorld): string[]; fromString(text: string, world: CompromiseWorld): CompromiseTerm[][] } };
  };
}

interface CompromiseDoc {
  document?: CompromiseTerm[][];
  compute(steps: string[]): void;
}

/**
 * About 18 MB of terms per MB of sentence text: room for a 1 MB article and a few smaller ones
 * (the keystrokes that count are in the article being edited).
 */
export const DEFAULT_SENTENCE_CACHE_LIMITS: ParagraphCacheLimits = { maxEntries: 30_000, maxChars: 2_000_000 };

const MAX_TAG_SETS = 20_000;

const world = (nlp as unknown as { world(): CompromiseWorld }).world();

/**
 * compromise/two: the tokenizer and tagger without the 'three' plugins (chunks, views, …), none of
 * whose output is read here: the same terms and tags (checked on the evaluation data and in unit
 * tests against the full package), about 60 KB less to load in the worker and no 'chunks' step,
 * which cost about 12% of every parse.
 */
const steps = world.hooks;
const View = (nlp('') as unknown as { constructor: new (document: CompromiseTerm[][]) => CompromiseDoc }).constructor;

/**
 * The post-tagger's sweep as compromise does it, with less looking up: tagging costs about a third less CPU (the 49,695
 * sentences of the dev files and seeds: 47.8 → 31.2 s, every term's tags identical; scripts/bench/exp/sweepCheck.ts).
 */
const stockBulkMatch = world.methods.one.bulkMatch;
const fastBulkMatch = fasterBulkMatch(stockBulkMatch);

/**
 * What nlp(text) does: tokenize, then each step in order; the faster sweep only for the while, so compromise as
 * anyone else calls it stays as shipped.
 */
function tagged(text: string): CompromiseDoc {
  const doc = new View(world.methods.one.tokenize.fromString(text, world));
  world.methods.one.bulkMatch = fastBulkMatch;
  try {
    doc.compute(steps);
  } finally {
    world.methods.one.bulkMatch = stockBulkMatch;
  }
  return doc;
}

/** compromise's own sentence splitter (cheap: no tagging); its pieces join back to the text. */
export function splitSentences(text: string): string[] {
  return world.methods.one.tokenize.splitSentences(text, world);
}

/**
 * A sentence's terms as cached. Their pieces (pre, text, post) join back to the sentence, so three
 * offsets per term say where each ends, beside its shared tag set: half the memory of term objects
 * with their own strings (8 instead of 17 MB for the sentences of a 1 MB article). A hit rebuilds
 * the terms as slices of the sentence. Should the pieces not join back (never seen), the terms are
 * kept as they are.
 */
interface Packed {
  ends: Int32Array;
  tags: ReadonlySet<string>[];
}
type Entry = Packed | RawTerm[];

function pack(sentence: string, terms: RawTerm[]): Entry {
  const ends = new Int32Array(terms.length * 3);
  let at = 0;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    for (const [k, piece] of [t.pre, t.text, t.post].entries()) {
      if (!sentence.startsWith(piece, at)) return terms;
      at += piece.length;
      ends[3 * i + k] = at;
    }
  }
  return at === sentence.length ? { ends, tags: terms.map((t) => t.tags) } : terms;
}

function unpack(sentence: string, entry: Entry): RawTerm[] {
  if (Array.isArray(entry)) return entry;
  const { ends, tags } = entry;
  const terms: RawTerm[] = new Array<RawTerm>(tags.length);
  let from = 0;
  for (let i = 0; i < tags.length; i++) {
    const a = ends[3 * i];
    const b = ends[3 * i + 1];
    const c = ends[3 * i + 2];
    terms[i] = { pre: sentence.slice(from, a), text: sentence.slice(a, b), post: sentence.slice(b, c), tags: tags[i] };
    from = c;
  }
  return terms;
}

export class SentenceParser {
  private readonly cache: ParagraphCache<Entry>;
  /** Tag sets by their joined names: a few hundred distinct sets cover a whole article. */
  private readonly tagSets = new Map<string, ReadonlySet<string>>();
  hits = 0;
  misses = 0;

  constructor(limits: ParagraphCacheLimits = DEFAULT_SENTENCE_CACHE_LIMITS) {
    this.cache = new ParagraphCache<Entry>(limits);
  }

  get size(): number {
    return this.cache.size;
  }

  get totalChars(): number {
    return this.cache.totalChars;
  }

  /** The text's terms, one array per sentence, in text order (as compromise's `doc.document`). */
  parse(text: string): RawTerm[][] {
    const out: RawTerm[][] = [];
    for (const sentence of splitSentences(text)) {
      const entry = this.cache.get(sentence);
      if (entry === undefined) {
        this.misses++;
        // A copy, so the cached key does not keep the whole paragraph (or document) alive.
        const own = ownCopy(sentence);
        const terms = this.parseOne(own);
        this.cache.set(own, pack(own, terms));
        out.push(terms);
      } else {
        this.hits++;
        out.push(unpack(sentence, entry));
      }
    }
    return out;
  }

  clear(): void {
    this.cache.clear();
    this.tagSets.clear();
    this.hits = 0;
    this.misses = 0;
  }

  private parseOne(sentence: string): RawTerm[] {
    const doc = tagged(sentence);
    const terms: RawTerm[] = [];
    // One sentence in, so one sentence out; should compromise split it again, its pieces stay one sentence.
    for (const s of doc.document ?? []) {
      for (const t of s) terms.push({ text: t.text ?? '', pre: t.pre ?? '', post: t.post ?? '', tags: this.tagSet(t.tags) });
    }
    return terms;
  }

  private tagSet(tags: Iterable<string> | undefined): ReadonlySet<string> {
    const names = [...(tags ?? [])];
    const key = names.join(',');
    let set = this.tagSets.get(key);
    if (set === undefined) {
      // Bounded like the cache; in practice a few hundred distinct sets exist.
      if (this.tagSets.size >= MAX_TAG_SETS) this.tagSets.clear();
      set = new Set(names);
      this.tagSets.set(key, set);
    }
    return set;
  }
}
