/**
 * Harness of the candidate-pool experiments (issue 18; rows in poolRun.ts): each query's first
 * 100 BM25 candidates with the shipped features (also with its relevant fact-checks and their
 * copies removed, the never-checked lists the calibration needs), each candidate's rank and
 * score in a character 4-gram retriever, pools chosen from them by a rule, and the re-ranker
 * trained as trainReranker trains it: dev MAP@5 (trained on "train") beside 5-fold MAP@5.
 */
import { DEFAULT_BM25 } from '../../../src/core/matching/bm25Index';
import { MatchIndex, type ScoredCandidate } from '../../../src/core/matching/matchIndex';
import { cleanClaimText } from '../../../src/core/matching/normalize';
import { terms } from '../../../src/core/matching/tokens';
import { rankingFigures } from '../../eval/rankingMetrics';
import { loadMatchingData } from '../data';
import { rankGroup, trainReranker, type CandidateGroup, type MatchingQuery } from '../training';
import { CharRetriever } from './charGrams';

export const data = loadMatchingData();
const index = new MatchIndex();
index.setSource(data.archiveFile, data.archive);
const docOf = new Map(data.archive.map((f, i) => [f.id, i]));
const chars = new CharRetriever(data.archive, 4);

/** BM25 candidates kept per query; every pool is chosen from them. */
const BIG = 100;
/** Characters retriever hits kept per query (a rank beyond counts as this). */
const CHAR_HITS = 300;

export interface Pooled {
  query: MatchingQuery;
  cands: ScoredCandidate[];
  /** Per archive index: 0-based rank and score in the character retriever, and cosine (same retriever) for the BM25 candidates. */
  charRank: Map<number, number>;
  charScore: Map<number, number>;
  cos: Map<number, number>;
}

const copyKey = (claim: string): string => terms(claim).join(' ');

function pooled(q: MatchingQuery, withoutRelevant: boolean): Pooled {
  const rel = new Set(q.relevant);
  const copies = new Set(q.relevant.flatMap((id) => (docOf.has(id) ? [copyKey(data.archive[docOf.get(id)!].claim)] : [])));
  const exclude = withoutRelevant ? (f: { id: string; claim: string }) => rel.has(f.id) || copies.has(copyKey(f.claim)) : undefined;
  const cands = index.candidates(q.text, exclude, BIG);
  const text = cleanClaimText(q.text);
  const hits = chars.search(text, CHAR_HITS * 2).filter((h) => !exclude || !exclude(data.archive[h.doc])).slice(0, CHAR_HITS);
  const docs = cands.map((c) => docOf.get(c.fact.id)!);
  const cos = chars.cosines(text, docs);
  return { query: q, cands, charRank: new Map(hits.map((h, i) => [h.doc, i])), charScore: new Map(hits.map((h) => [h.doc, h.score])), cos: new Map(docs.map((d, i) => [d, cos[i]])) };
}

const t0 = Date.now();
export const present = data.queries.map((q) => pooled(q, false));
export const absent = data.queries.map((q) => pooled(q, true));
console.log(`pools built in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

export const docIdx = (c: ScoredCandidate): number => docOf.get(c.fact.id)!;

/**
 * A pool's candidates by a rule: 'bm25' its first k; 'rrf' reciprocal-rank fusion with the
 * character ranks (k0 60), taking the first k; 'unionU' the first k of BM25 and then those of
 * the rest of the 100 that the character retriever ranks in its first U.
 */
export function choose(p: Pooled, rule: string, k: number): ScoredCandidate[] {
  if (rule === 'bm25') return p.cands.slice(0, k);
  if (rule.startsWith('union')) {
    const u = Number(rule.slice(5));
    return [...p.cands.slice(0, k), ...p.cands.slice(k).filter((c) => (p.charRank.get(docIdx(c)) ?? Infinity) < u)];
  }
  const fused = (c: ScoredCandidate, i: number): number => 1 / (60 + i) + 1 / (60 + (p.charRank.get(docIdx(c)) ?? 1000));
  return p.cands.map((c, i) => ({ c, s: fused(c, i) })).sort((a, b) => b.s - a.s).slice(0, k).map((x) => x.c);
}

export const all = data.queries.map((_, i) => i);
export const devIdx = all.filter((i) => data.queries[i].split !== 'train');
export const trainIdx = all.filter((i) => data.queries[i].split === 'train');

/** Share of the queries with a relevant fact-check in the pool. */
export function recall(rule: string, k: number, qs: number[]): number {
  return qs.filter((i) => choose(present[i], rule, k).some((c) => present[i].query.relevant.includes(c.fact.id))).length / qs.length;
}
/** The same for the character retriever's own first k (among the 100 BM25 candidates or not). */
export function charRecall(k: number, qs: number[]): number {
  return qs.filter((i) => [...present[i].charRank].some(([d, r]) => r < k && present[i].query.relevant.includes(data.archive[d].id))).length / qs.length;
}

/** Extra feature columns of a candidate. */
export type Extra = (p: Pooled, c: ScoredCandidate) => number[];

export function group(p: Pooled, rule: string, k: number, extra?: Extra): CandidateGroup {
  const cs = choose(p, rule, k);
  const rel = new Set(p.query.relevant);
  return { query: p.query, ids: cs.map((c) => c.fact.id), rows: cs.map((c) => [...c.features, ...(extra ? extra(p, c) : [])]), agreements: cs.map((c) => c.agreement), labels: cs.map((c) => (rel.has(c.fact.id) ? 1 : 0)) };
}

const map5 = (gs: CandidateGroup[], ranked: string[][]): number => rankingFigures(gs.map((g, i) => ({ ranked: ranked[i], relevant: g.query.relevant })))['map@5'];

/** Trains on the train queries' groups and ranks the test queries' groups (which may differ: another pool). */
export type Runner = (train: number[], test: number[]) => { ranked: string[][]; groups: CandidateGroup[] };

/** Dev MAP@5 (trained on "train") and 5-fold MAP@5 over all queries (fold = index mod 5, as the harness). */
export function report(name: string, run: Runner): void {
  const dev = run(trainIdx, devIdx);
  const ranked: string[][] = [];
  const groups: CandidateGroup[] = [];
  for (let f = 0; f < 5; f++) {
    const test = all.filter((i) => i % 5 === f);
    const r = run(all.filter((i) => i % 5 !== f), test);
    test.forEach((i, j) => ((ranked[i] = r.ranked[j]), (groups[i] = r.groups[j])));
  }
  console.log(`${name.padEnd(52)} dev MAP@5 ${map5(dev.groups, dev.ranked).toFixed(4)} | 5-fold ${map5(groups, ranked).toFixed(4)}`);
}

/** The shipped re-ranker over pools chosen by `rule`: k per test query, trainK per training query. */
export function evaluate(name: string, rule: string, k: number, extra?: Extra, trainK = k): void {
  report(name, (train, test) => {
    const model = trainReranker(train.map((i) => group(present[i], rule, trainK, extra)), train.map((i) => group(absent[i], rule, trainK, extra)), DEFAULT_BM25);
    const groups = test.map((i) => group(present[i], rule, k, extra));
    return { ranked: groups.map((g) => rankGroup(model, g)), groups };
  });
}

/** The character retriever's rank (log) and score of a candidate. */
export const charFeatures: Extra = (p, c) => [Math.log1p(p.charRank.get(docIdx(c)) ?? CHAR_HITS), p.charScore.get(docIdx(c)) ?? 0];

/** The character cosine, also relative to the largest of the first 12 candidates, and its rank among them (log). */
export const cosineFeatures =
  (relative: boolean, rank: boolean): Extra =>
  (p, c) => {
    const v = p.cos.get(docIdx(c))!;
    const others = p.cands.slice(0, 12).map((o) => p.cos.get(docIdx(o))!);
    const max = Math.max(...others);
    return [v, ...(relative ? [max > 0 ? v / max : 0] : []), ...(rank ? [Math.log1p(others.filter((x) => x > v).length)] : [])];
  };
