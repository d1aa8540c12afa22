/**
 * The signals the re-ranker weighs for one (claim, earlier fact-check) pair: how well BM25
 * ranked it, how much of each side the other covers (by word weight, word pairs and character
 * 4-grams), and whether numbers, years, names and negation agree.
 */
import { MIN_IDF_DOCS, type Bm25Index } from './bm25Index';
import { GramSet } from './gramSet';
import { bigramKeys, sharedCount, type PreparedCandidate, type PreparedText } from './prepared';
import { dateAgreement } from './dates';
import { coverage, disagree } from './signals';

export const FEATURE_NAMES = [
  'score_rel',
  'score_log',
  'rank_log',
  'bm25_claim',
  'bm25_title',
  'cover_claim',
  'cover_query',
  'bigrams',
  'char4_claim',
  'char4_title',
  'num_shared',
  'num_conflict',
  'year_shared',
  'year_conflict',
  'names_in_query',
  'names_in_candidate',
  'negation_mismatch',
  'candidate_len',
  'query_len',
  'idf_matched_max',
  'idf_matched_sum',
  'rare_cover',
  'media_both',
  'media_candidate_only',
  'date_year',
  'date_month',
  'date_gap',
  'cover_title',
  'tfidf_cosine',
] as const;

export type FeatureVector = number[];

/** idf above which a term is rare (df below about 1 in 150 documents). */
const RARE_IDF = 5;

/** A claim being matched, with what every candidate comparison needs computed once. */
export interface QueryContext {
  text: PreparedText;
  /** Distinct ids of its terms the index knows. */
  ids: number[];
  idSet: Set<number>;
  /** Each distinct term with its idf in the claim field (unknown terms weigh as if seen once). */
  termIdf: { term: string; idf: number }[];
  topScore: number;
  /** Its character 4-grams, for comparing with each candidate's. */
  grams: GramSet;
  /** Its pairs of consecutive known terms (prepared.ts's bigramKeys). */
  bigrams: Float64Array;
  /** Term frequency × idf of each term, and the vector's length. */
  weights: Map<string, number>;
  norm: number;
}

export function queryContext(index: Bm25Index, text: PreparedText, ids: number[], topScore: number): QueryContext {
  const unknown = Math.log(1 + Math.max(index.size, MIN_IDF_DOCS));
  const termIdf = [...text.termSet].map((term) => {
    const id = index.termId(term);
    return { term, idf: id === undefined ? unknown : index.idf(0, id) };
  });
  const idf = new Map(termIdf.map((t) => [t.term, t.idf]));
  const weights = new Map<string, number>();
  for (const t of text.terms) weights.set(t, (weights.get(t) ?? 0) + idf.get(t)!);
  return { text, ids, idSet: new Set(ids), termIdf, topScore, grams: new GramSet(text.grams), bigrams: bigramKeys(index, text.terms), weights, norm: Math.hypot(...weights.values()) };
}

export interface Candidate {
  doc: number;
  /** First-stage score, its unweighted field scores, and 0-based rank. */
  score: number;
  fields: readonly number[];
  rank: number;
  prepared: PreparedCandidate;
}

/** Idf-weighted share of the candidate's claim terms the query has, and of its rare ones. */
function candidateCoverage(q: QueryContext, ids: readonly number[], idfs: Float64Array): [number, number] {
  let total = 0;
  let hit = 0;
  let rare = 0;
  let rareHit = 0;
  for (let i = 0; i < ids.length; i++) {
    const idf = idfs[i];
    const has = q.idSet.has(ids[i]);
    total += idf;
    if (has) hit += idf;
    if (idf >= RARE_IDF) {
      rare++;
      if (has) rareHit++;
    }
  }
  return [total === 0 ? 0 : hit / total, rare === 0 ? 0 : rareHit / rare];
}

/** Idf-weighted share of the query's terms the candidate has, and the largest and summed idf of those. */
function queryCoverage(q: QueryContext, terms: ReadonlySet<string>): [number, number, number] {
  let total = 0;
  let hit = 0;
  let max = 0;
  for (const { term, idf } of q.termIdf) {
    total += idf;
    if (!terms.has(term)) continue;
    hit += idf;
    max = Math.max(max, idf);
  }
  return [total === 0 ? 0 : hit / total, max, hit];
}

/** Idf-weighted share of the candidate's title terms the query has. */
function titleCoverage(q: QueryContext, titleIdf: readonly { term: string; idf: number }[]): number {
  let total = 0;
  let hit = 0;
  for (const { term, idf } of titleIdf) {
    total += idf;
    if (q.text.termSet.has(term)) hit += idf;
  }
  return total === 0 ? 0 : hit / total;
}

/** Cosine of the query's and the candidate's (claim and title) term-frequency × idf vectors. */
function tfidfCosine(q: QueryContext, p: PreparedCandidate): number {
  let dot = 0;
  for (const [t, w] of q.weights) {
    const c = p.tfidf.weights.get(t);
    if (c !== undefined) dot += w * c;
  }
  return q.norm === 0 || p.tfidf.norm === 0 ? 0 : dot / (q.norm * p.tfidf.norm);
}

function shares(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  return a.size > 0 && b.size > 0 && !disagree(a, b) ? 1 : 0;
}

export function pairFeatures(q: QueryContext, c: Candidate): FeatureVector {
  const p = c.prepared;
  const query = q.text;
  const sharedBigrams = sharedCount(q.bigrams, p.bigrams);
  const s = query.signals;
  const [coverClaim, rareCover] = candidateCoverage(q, p.claimIds, p.claimIdf);
  const [coverQuery, idfMax, idfSum] = queryCoverage(q, p.allTerms);
  // Indexed, not spread: spreading into the literal took as long as all the other features.
  const dates = dateAgreement(query.date, p.dates);
  return [
    q.topScore > 0 ? c.score / q.topScore : 0,
    Math.log1p(c.score),
    Math.log1p(c.rank),
    c.fields[0],
    c.fields[1],
    coverClaim,
    coverQuery,
    Math.log1p(sharedBigrams),
    q.grams.dice(p.claim.grams),
    q.grams.dice(p.title.grams),
    shares(s.numbers, p.numbers),
    disagree(s.numbers, p.numbers),
    shares(s.years, p.years),
    disagree(s.years, p.years),
    p.names.size === 0 ? 0.5 : coverage(p.names, query.termSet),
    s.entities.size === 0 ? 0.5 : coverage(s.entities, p.allTerms),
    (s.negations > 0) !== (p.claim.signals.negations > 0) ? 1 : 0,
    Math.log1p(p.claim.terms.length),
    Math.log1p(query.terms.length),
    idfMax,
    idfSum,
    rareCover,
    query.media && p.media ? 1 : 0,
    !query.media && p.media ? 1 : 0,
    dates[0],
    dates[1],
    dates[2],
    titleCoverage(q, p.titleIdf),
    tfidfCosine(q, p),
  ];
}
