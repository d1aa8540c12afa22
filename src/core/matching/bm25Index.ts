/**
 * A two-field (claim, title) BM25 inverted index that grows and shrinks one document at a time.
 * Documents are kept as term-id lists (docTerms.ts), so removing one, compacting, and loading a
 * saved index never re-tokenise text. Scores are summed per field with a weight each.
 *
 * Why not MiniSearch: measured on the 10,389 Snopes claims it took 2.6 ms per tweet-length
 * query (it scores and sorts every document that shares a word) and 1.5 s to index; the
 * matcher needs ≈0.3 ms per claim to match a whole article in 50 ms, and per-field statistics
 * for its re-ranker. Postings here are flat Int32Arrays scanned into a score buffer.
 */

import { DocTermStore, savedTermsFit, type FieldTerms } from './docTerms';
import { Postings } from './postings';

export const FIELDS = ['claim', 'title'] as const;
export type Field = (typeof FIELDS)[number];
const FIELD_COUNT = FIELDS.length;

export interface Bm25Params {
  k1: number;
  b: number;
  /** Weight of each field's score in the sum. */
  weights: readonly number[];
}

/** Titles weigh 0.7 of claims: on the CLEF-2020 tweets 0.811 MAP@5 vs 0.809 at 1 (BM25 alone). */
export const DEFAULT_BM25: Bm25Params = { k1: 1.2, b: 0.75, weights: [1, 0.7] };

/** See idf(). */
export const MIN_IDF_DOCS = 10_000;

export interface ScoredDoc {
  doc: number;
  score: number;
  /** The unweighted BM25 of each field (score = Σ weight × field). */
  fields: number[];
}

/** The saved form: terms and each document's term ids per field (postings are rebuilt). */
export interface Bm25IndexData {
  terms: string[];
  /** Per field: live documents only, renumbered 0…size-1 in doc order. */
  fields: FieldTerms[];
}

export class Bm25Index {
  private readonly termIds = new Map<string, number>();
  private readonly termList: string[] = [];
  /** postings[field]: per term [doc, tf, doc, tf, …] (may hold removed docs until compaction). */
  private postings: Postings[] = FIELDS.map(() => new Postings());
  /** df[field][term] counting live documents only. */
  private df: number[][] = FIELDS.map(() => []);
  /** Each document's term ids per field in text order (removed ones too, until compaction). */
  private docTerms = new DocTermStore(FIELD_COUNT);
  /** lengths[field][doc] and alive[doc] (1/0): what the postings loop reads, in flat arrays. */
  private lengths: number[][] = FIELDS.map(() => []);
  private alive: number[] = [];
  private liveCount = 0;
  private totalLength = FIELDS.map(() => 0);
  private scratch: Float64Array[] = FIELDS.map(() => new Float64Array(0));
  private marks = new Uint8Array(0);
  private touched = new Int32Array(0);
  /** Scratch of addIds, one count per term, all 0 between calls. */
  private tf = new Int32Array(0);
  /** norms[field][doc] = k1 × b × length / average length, kept until a document is added or removed. */
  private norms: Float64Array[] | undefined;

  constructor(private readonly params: Bm25Params = DEFAULT_BM25) {}

  get size(): number {
    return this.liveCount;
  }

  /** Number of document slots, live or removed (doc numbers are below this). */
  get slots(): number {
    return this.docTerms.size;
  }

  get deadSlots(): number {
    return this.docTerms.size - this.liveCount;
  }

  termId(term: string): number | undefined {
    return this.termIds.get(term);
  }

  term(id: number): string {
    return this.termList[id];
  }

  /** Adds a document given each field's terms; returns its doc number. */
  add(fieldTerms: readonly (readonly string[])[]): number {
    return this.addIds(fieldTerms.map((ts) => ts.map((t) => this.intern(t))));
  }

  private intern(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termList.length;
      this.termIds.set(term, id);
      this.termList.push(term);
      // Dense arrays (no holes) keep the postings loop on V8's fast path.
      for (let f = 0; f < FIELD_COUNT; f++) {
        this.postings[f].addTerm();
        this.df[f].push(0);
      }
    }
    return id;
  }

  private addIds(ids: readonly ArrayLike<number>[]): number {
    return this.post(this.docTerms.append(ids));
  }

  /** Counts a stored document in the postings and statistics; returns it. */
  private post(doc: number): number {
    this.norms = undefined;
    this.alive.push(1);
    if (this.tf.length < this.termList.length) this.tf = new Int32Array(Math.max(this.termList.length, this.tf.length * 2));
    const tf = this.tf;
    for (let f = 0; f < FIELD_COUNT; f++) {
      // Term frequencies counted in a vocabulary-wide scratch array: no Map and no sort per document.
      const list = this.docTerms.data(f);
      const start = this.docTerms.start(f, doc);
      const end = this.docTerms.end(f, doc);
      const postings = this.postings[f];
      const df = this.df[f];
      this.lengths[f].push(end - start);
      for (let i = start; i < end; i++) tf[list[i]]++;
      for (let i = start; i < end; i++) {
        const id = list[i];
        if (tf[id] === 0) continue; // already posted
        postings.add(id, doc, tf[id]);
        df[id]++;
        tf[id] = 0;
      }
      this.totalLength[f] += end - start;
    }
    this.liveCount++;
    return doc;
  }

  remove(doc: number): void {
    if (!this.isLive(doc)) return;
    for (let f = 0; f < FIELD_COUNT; f++) {
      const ids = this.docTerms.terms(f, doc);
      for (const id of new Set(ids)) this.df[f][id]--;
      this.totalLength[f] -= ids.length;
    }
    this.alive[doc] = 0;
    this.norms = undefined;
    this.liveCount--;
  }

  isLive(doc: number): boolean {
    return this.alive[doc] === 1;
  }

  documentFrequency(field: number, termId: number): number {
    return this.df[field][termId] ?? 0;
  }

  /**
   * Inverse document frequency over at least MIN_IDF_DOCS documents: in a small archive (a
   * team's first reviews) every word is "common", which would make its scores incomparable
   * with what the re-ranker learned on 10,389 claims; counted as part of a larger collection,
   * a word in 1 of 3 documents weighs like a rare word.
   */
  idf(field: number, termId: number): number {
    const n = this.documentFrequency(field, termId);
    return Math.log(1 + (Math.max(this.liveCount, MIN_IDF_DOCS) - n + 0.5) / (n + 0.5));
  }

  avgLength(field: number): number {
    return this.liveCount === 0 ? 0 : this.totalLength[field] / this.liveCount;
  }

  /** Query term ids known to the index, each once. */
  queryIds(queryTerms: readonly string[]): number[] {
    const out = new Set<number>();
    for (const t of queryTerms) {
      const id = this.termIds.get(t);
      if (id !== undefined) out.add(id);
    }
    return [...out];
  }

  /**
   * The `k` best live documents by the weighted sum of field BM25 scores; `termWeights`
   * (parallel to `queryIds`) scales each query term, 1 when absent.
   */
  search(queryIds: readonly number[], k: number, termWeights?: readonly number[]): ScoredDoc[] {
    if (this.marks.length < this.docTerms.size) {
      const size = Math.max(this.docTerms.size, this.marks.length * 2);
      this.scratch = FIELDS.map(() => new Float64Array(size));
      this.marks = new Uint8Array(size);
      this.touched = new Int32Array(size);
    }
    const norms = (this.norms ??= this.lengthNorms());
    // Documents with a score, in the order first scored, in a buffer kept between searches (an
    // array grown per query was most of what matching an article allocated).
    const touched = this.touched;
    let count = 0;
    const marks = this.marks;
    const { k1, b } = this.params;
    const c0 = k1 * (1 - b);
    const alive = this.alive;
    for (let f = 0; f < FIELD_COUNT; f++) {
      const norm = norms[f];
      const scores = this.scratch[f];
      const { lists, lengths } = this.postings[f];
      for (let q = 0; q < queryIds.length; q++) {
        const id = queryIds[q];
        const list = lists[id];
        const end = lengths[id];
        if (this.df[f][id] === 0) continue;
        const w = (termWeights?.[q] ?? 1) * this.idf(f, id) * (k1 + 1);
        for (let i = 0; i < end; i += 2) {
          const doc = list[i];
          if (alive[doc] === 0) continue;
          const tf = list[i + 1];
          if (marks[doc] === 0) {
            marks[doc] = 1;
            touched[count++] = doc;
          }
          scores[doc] += (w * tf) / (tf + c0 + norm[doc]);
        }
      }
    }
    const weights = this.params.weights;
    const [claim, title] = this.scratch;
    const total = (doc: number): number => weights[0] * claim[doc] + weights[1] * title[doc];
    const best = topK(touched, count, total, k).map((d) => ({ ...d, fields: [claim[d.doc], title[d.doc]] }));
    for (let i = 0; i < count; i++) {
      const doc = touched[i];
      claim[doc] = 0;
      title[doc] = 0;
      marks[doc] = 0;
    }
    return best;
  }

  /** Per field and document, k1 × b × length / average: the denominator's length part, computed as the loop did. */
  private lengthNorms(): Float64Array[] {
    const { k1, b } = this.params;
    return FIELDS.map((_, f) => {
      const c1 = (k1 * b) / Math.max(1e-9, this.avgLength(f));
      const lengths = this.lengths[f];
      const out = new Float64Array(lengths.length);
      for (let doc = 0; doc < lengths.length; doc++) out[doc] = c1 * lengths[doc];
      return out;
    });
  }

  /** Renumbers live documents densely; returns old doc number → new (-1 for removed). */
  compact(): Int32Array {
    const old = this.docTerms;
    const wasAlive = this.alive;
    const mapping = new Int32Array(old.size).fill(-1);
    this.postings = FIELDS.map(() => {
      const postings = new Postings();
      for (let t = 0; t < this.termList.length; t++) postings.addTerm();
      return postings;
    });
    this.df = FIELDS.map(() => this.termList.map(() => 0));
    this.docTerms = new DocTermStore(FIELD_COUNT);
    this.alive = [];
    this.lengths = FIELDS.map(() => []);
    this.liveCount = 0;
    this.totalLength = FIELDS.map(() => 0);
    for (let doc = 0; doc < old.size; doc++) {
      if (wasAlive[doc] === 1) mapping[doc] = this.addIds(FIELDS.map((_, f) => old.terms(f, doc)));
    }
    return mapping;
  }

  /** Live documents only, in doc order; fromData() numbers them 0…size-1 in that order. */
  toData(): Bm25IndexData {
    if (this.deadSlots === 0) return { terms: [...this.termList], fields: this.docTerms.saved() };
    const live = new DocTermStore(FIELD_COUNT);
    for (let doc = 0; doc < this.docTerms.size; doc++) {
      if (this.isLive(doc)) live.append(FIELDS.map((_, f) => this.docTerms.terms(f, doc)));
    }
    return { terms: [...this.termList], fields: live.saved() };
  }

  /** A saved index; throws when the data does not fit together (a damaged cache). */
  static fromData(data: Bm25IndexData, params: Bm25Params = DEFAULT_BM25): Bm25Index {
    if (!Array.isArray(data.terms) || !Array.isArray(data.fields) || !savedTermsFit(data.fields, FIELD_COUNT, data.terms.length)) throw new Error('index data does not fit together');
    const index = new Bm25Index(params);
    const terms = data.terms.length;
    data.terms.forEach((t, id) => {
      index.termIds.set(t, id);
      index.termList.push(t);
    });
    const docs = (index.docTerms = new DocTermStore(FIELD_COUNT, data.fields));
    index.tf = new Int32Array(terms);
    index.postings = FIELDS.map((_, f) => {
      const df = new Int32Array(terms);
      const postings = Postings.build(docs, f, terms, df, index.tf);
      index.df[f] = Array.from(df);
      // Pushed, not preallocated: the postings loop reads packed arrays faster than holey ones.
      for (let d = 0; d < docs.size; d++) {
        const length = docs.end(f, d) - docs.start(f, d);
        index.lengths[f].push(length);
        index.totalLength[f] += length;
      }
      return postings;
    });
    for (let d = 0; d < docs.size; d++) index.alive.push(1);
    index.liveCount = docs.size;
    return index;
  }
}

/** The k highest scores among the first `count` of `docs`, best first; equal scores by doc number. */
function topK(docs: Int32Array, count: number, scoreOf: (doc: number) => number, k: number): { doc: number; score: number }[] {
  const best: { doc: number; score: number }[] = [];
  for (let n = 0; n < count; n++) {
    const doc = docs[n];
    const score = scoreOf(doc);
    if (best.length === k) {
      const last = best[k - 1];
      if (score < last.score || (score === last.score && doc > last.doc)) continue;
      best.pop();
    }
    let i = best.length;
    while (i > 0 && (best[i - 1].score < score || (best[i - 1].score === score && best[i - 1].doc > doc))) i--;
    best.splice(i, 0, { doc, score });
  }
  return best;
}
