/**
 * The "checked before" index: earlier fact-checks from several sources (an archive file, a
 * review file), each replaceable on its own. A claim is matched in two stages: BM25 over claim
 * and title picks candidates, then the learned re-ranker scores each (features.ts) and its
 * calibrated probability becomes the similarity. Serialisable, so the editor can cache it.
 */
import { agreementOf, type Agreement } from './agreement';
import { Bm25Index, type Bm25IndexData } from './bm25Index';
import { ascending } from './docTerms';
import { FactStore, type SavedFacts } from './factStore';
import { pairFeatures, queryContext, type FeatureVector } from './features';
import { prepareCandidate, prepareText, type PreparedCandidate } from './prepared';
import { acronymsOf, spelledOut } from './acronyms';
import { gluedWords } from './gluedWords';
import { cleanClaimText } from './normalize';
import { rankCandidates, type RerankerModel } from './reranker';
import { RERANKER_MODEL } from './rerankerModel.generated';
import { terms } from './tokens';
import type { FactCheck } from './types';

/** BM25 candidates the re-ranker sees per claim: on the CLEF-2020 tweets 12 rank as well as 20 (5-fold CV MAP@5 0.856 vs 0.858) at 60% of the cost. */
export const CANDIDATES = 12;
export { POSSIBLE_SIMILARITY } from './similarity';
/**
 * An acronym of the claim ("AOC") is looked for, spelled out, in this many first-stage hits
 * ("Alexandria Ocasio-Cortez"), and those words are searched again at this weight (they also
 * count in the re-ranker's features). On the CLEF-2020 tweets: dev MAP@5 0.860 → 0.867,
 * 5-fold 0.877 → 0.878 (an earlier form of the scan: 12 hits 0.857 / 0.875, weight 0.5
 * 0.865 / 0.877, weight 1 0.861 / 0.877).
 */
const ACRONYM_POOL = 30;
const ACRONYM_WEIGHT = 0.3;
/** Changes whenever tokens, features or the saved layout change: older caches are rebuilt (6: typed arrays and fact texts, cacheFile.ts). */
export const INDEX_FORMAT = 6;

/** What the title field holds: the fact-check's title and its other headings. */
export const headingsOf = (fact: FactCheck): string => (fact.subtitle ? `${fact.title ?? ''} ${fact.subtitle}` : fact.title ?? '');
const factText = (fact: FactCheck): string => `${fact.claim} ${headingsOf(fact)}`;

export interface Match {
  fact: FactCheck;
  /** Calibrated probability (0–1) that the fact-check checked this claim. */
  similarity: number;
  strong: boolean;
  /** What disagrees (numbers, names, negation); each lowers the similarity (agreement.ts). */
  agreement: Agreement;
}

export interface MatchOptions {
  /** How many matches to return (default 5). */
  top?: number;
  /** Leave out fact-checks of this article (its own reviews are not "checked before"). */
  excludeArticle?: string;
}

export interface SerializedMatchIndex {
  format: 'claimlens-match-index';
  version: number;
  model: string;
  sources: string[];
  /** Per document, in index order: its source (index into `sources`) and fact-check. */
  docSources: Int32Array;
  facts: SavedFacts;
  index: Bm25IndexData;
}

export interface ScoredCandidate {
  doc: number;
  fact: FactCheck;
  features: FeatureVector;
  agreement: Agreement;
}

const PREPARED_CACHE = 20_000;

export class MatchIndex {
  private bm25: Bm25Index;
  private facts = new FactStore();
  private readonly docsBySource = new Map<string, number[]>();
  private prepared = new Map<number, PreparedCandidate>();

  constructor(private readonly model: RerankerModel = RERANKER_MODEL) {
    this.bm25 = new Bm25Index(model.bm25);
  }

  get size(): number {
    return this.bm25.size;
  }

  sources(): string[] {
    return [...this.docsBySource.keys()];
  }

  hasSource(source: string): boolean {
    return this.docsBySource.has(source);
  }

  countOf(source: string): number {
    return this.docsBySource.get(source)?.length ?? 0;
  }

  /** Adds a source, or replaces what it held (one review file or archive file changed). */
  setSource(source: string, facts: readonly FactCheck[]): void {
    this.removeSource(source);
    const docs: number[] = [];
    for (const fact of facts) {
      const doc = this.bm25.add([terms(fact.claim), terms(headingsOf(fact))]);
      this.facts.set(doc, fact);
      docs.push(doc);
    }
    this.docsBySource.set(source, docs);
    // Prepared candidates hold idf-weighted vectors: the archive's statistics just changed.
    this.prepared.clear();
  }

  removeSource(source: string): boolean {
    const docs = this.docsBySource.get(source);
    if (!docs) return false;
    for (const doc of docs) {
      this.bm25.remove(doc);
      this.facts.delete(doc);
    }
    this.docsBySource.delete(source);
    // The idf of every term may have changed, and prepared candidates hold idf.
    this.prepared.clear();
    if (this.bm25.deadSlots > 1000 && this.bm25.deadSlots > this.bm25.size) this.compact();
    return true;
  }

  private compact(): void {
    const mapping = this.bm25.compact();
    this.facts.renumber(mapping);
    for (const [source, docs] of this.docsBySource) this.docsBySource.set(source, docs.map((d) => mapping[d]));
    this.prepared = new Map();
  }

  private preparedOf(doc: number): PreparedCandidate {
    let p = this.prepared.get(doc);
    if (!p) {
      const fact = this.facts.get(doc);
      p = prepareCandidate(this.bm25, fact.claim, headingsOf(fact));
      if (this.prepared.size >= PREPARED_CACHE) this.prepared.clear();
      this.prepared.set(doc, p);
    }
    return p;
  }

  /**
   * The re-ranker's input for a claim: the BM25 candidates (minus those `exclude` rejects) with
   * their feature vectors. Training and evaluation use exactly what matching uses; `limit`
   * other than CANDIDATES is for experiments with larger pools (scripts/matching/exp/pools.ts).
   */
  candidates(text: string, exclude?: (fact: FactCheck) => boolean, limit = CANDIDATES): ScoredCandidate[] {
    const cleaned = cleanClaimText(text);
    const glued = gluedWords(text, (term) => this.bm25.termId(term) !== undefined);
    const queryText = glued.length > 0 ? `${cleaned} ${glued.join(' ')}` : cleaned;
    let query = prepareText(queryText, text);
    let queryIds = this.bm25.queryIds(query.terms);
    if (queryIds.length === 0) return [];
    const wanted = exclude ? limit * 2 : limit;
    const acronyms = acronymsOf(cleaned);
    let hits = this.bm25.search(queryIds, acronyms.length > 0 ? Math.max(wanted, ACRONYM_POOL) : wanted);
    const keep = (h: { doc: number }): boolean => !exclude?.(this.facts.get(h.doc));
    // Most claims hold no acronym: nothing to spell out, no second search.
    const spelled = acronyms.length > 0 ? [...new Set(hits.filter(keep).flatMap((h) => spelledOut(acronyms, factText(this.facts.get(h.doc)))))].join(' ') : '';
    const asked = new Set(queryIds);
    // Searched again only when the spelled-out name adds words (a claim may name both forms).
    if (spelled && this.bm25.queryIds(terms(spelled)).some((id) => !asked.has(id))) {
      query = prepareText(`${queryText} ${spelled}`, text);
      queryIds = this.bm25.queryIds(query.terms);
      hits = this.bm25.search(queryIds, wanted, queryIds.map((id) => (asked.has(id) ? 1 : ACRONYM_WEIGHT)));
    }
    hits = (exclude ? hits.filter(keep) : hits).slice(0, limit);
    const context = queryContext(this.bm25, query, queryIds, hits[0]?.score ?? 0);
    return hits.map((h, rank) => {
      const prepared = this.preparedOf(h.doc);
      const features = pairFeatures(context, { doc: h.doc, score: h.score, fields: h.fields, rank, prepared });
      return { doc: h.doc, fact: this.facts.get(h.doc), features, agreement: agreementOf(query, prepared) };
    });
  }

  /** The best earlier fact-checks of a claim (a sentence, a quote or a tweet), best first. */
  match(text: string, options: MatchOptions = {}): Match[] {
    const exclude = options.excludeArticle === undefined ? undefined : (f: FactCheck) => f.article === options.excludeArticle;
    const cands = this.candidates(text, exclude);
    const ranked = rankCandidates(this.model, cands.map((c) => c.features), cands.map((c) => c.agreement));
    return ranked.slice(0, options.top ?? 5).map((r) => ({ fact: cands[r.index].fact, similarity: r.similarity, strong: r.strong, agreement: cands[r.index].agreement }));
  }

  /** The saved form (typed arrays and long strings: written with cacheFile.ts's encodeCache). */
  toJSON(): SerializedMatchIndex {
    const sources = this.sources();
    const sourceOf = new Int32Array(this.bm25.slots).fill(-1);
    sources.forEach((s, i) => {
      for (const doc of this.docsBySource.get(s)!) sourceOf[doc] = i;
    });
    const docs: number[] = [];
    for (let doc = 0; doc < sourceOf.length; doc++) if (sourceOf[doc] >= 0 && this.bm25.isLive(doc)) docs.push(doc);
    const facts = this.facts.save(docs, (doc) => sources[sourceOf[doc]]);
    const docSources = Int32Array.from(docs, (doc) => sourceOf[doc]);
    return { format: 'claimlens-match-index', version: INDEX_FORMAT, model: this.model.id, sources, docSources, facts, index: this.bm25.toData() };
  }

  /** A saved index, or undefined when it was saved by another version or does not fit together (rebuild it then). */
  static fromJSON(data: unknown, model: RerankerModel = RERANKER_MODEL): MatchIndex | undefined {
    const d = data as Partial<SerializedMatchIndex> | undefined;
    if (!d || d.format !== 'claimlens-match-index' || d.version !== INDEX_FORMAT || d.model !== model.id) return undefined;
    const { sources, docSources, facts, index } = d;
    if (!Array.isArray(sources) || !(docSources instanceof Int32Array) || !index || !savedFactsFit(facts, docSources.length)) return undefined;
    if (docSources.some((s) => s < 0 || s >= sources.length)) return undefined;
    const out = new MatchIndex(model);
    try {
      out.bm25 = Bm25Index.fromData(index, model.bm25);
    } catch {
      return undefined; // a damaged cache is rebuilt, never trusted
    }
    if (out.bm25.size !== docSources.length) return undefined;
    out.facts = FactStore.fromSaved(facts, (doc) => sources[docSources[doc]]);
    const docsOf = sources.map((s) => {
      const docs: number[] = [];
      out.docsBySource.set(s, docs);
      return docs;
    });
    docSources.forEach((s, doc) => docsOf[s].push(doc));
    return out;
  }
}

/** Bytes and offsets that agree with each other and with the number of documents. */
const savedFactsFit = (facts: SavedFacts | undefined, docs: number): facts is SavedFacts => facts?.bytes instanceof Uint8Array && ascending(facts.ends, facts.bytes.length, docs);
