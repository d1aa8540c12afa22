/**
 * A second candidate channel keyed on what names a claim (issue 18): BM25's first 12, plus the
 * best-scored of its candidates 13–40 that hold all the tweet's names and numbers (stems of
 * capitalised words and acronyms, numbers and years: signals.ts); the re-ranker trained on such
 * pools as trainReranker trains it, with whether a candidate came from the second channel as an
 * extra column. Dev MAP@5 (trained on "train") beside 5-fold MAP@5, as harness.ts:
 *   npx esbuild scripts/matching/exp/entityPool.ts --bundle --platform=node --outfile=out/scripts/entityPool.js && node out/scripts/entityPool.js
 * Measured 2026-12-08 against 0.858 / 0.874 (conditional logit): the channel lifts dev recall from
 * 0.944 to 0.949 (one tweet; the rest of the misses share neither names nor words); MAP@5 0.858-0.865
 * dev, 0.874-0.876 5-fold, with the share as a column or not. Not shipped.
 */
import { DEFAULT_BM25 } from '../../../src/core/matching/bm25Index';
import { MatchIndex, type ScoredCandidate } from '../../../src/core/matching/matchIndex';
import { cleanClaimText } from '../../../src/core/matching/normalize';
import { claimSignals } from '../../../src/core/matching/signals';
import { terms } from '../../../src/core/matching/tokens';
import type { FactCheck } from '../../../src/core/matching/types';
import { rankingFigures } from '../../eval/rankingMetrics';
import { loadMatchingData } from '../data';
import { rankGroup, trainReranker, type CandidateGroup, type MatchingQuery } from '../training';

const data = loadMatchingData();
const byId = new Map(data.archive.map((f) => [f.id, f]));
const index = new MatchIndex();
index.setSource(data.archiveFile, data.archive);
const DEEP = 40;

interface Pooled {
  query: MatchingQuery;
  cands: ScoredCandidate[];
  /** Per candidate: the share of the tweet's names and numbers it holds (0 when the tweet has none). */
  keyed: number[];
}

const copyKey = (f: FactCheck): string => terms(f.claim).join(' ');

function keysOf(text: string): string[] {
  const s = claimSignals(text);
  return [...s.entities, ...s.numbers, ...s.years];
}

function pooled(q: MatchingQuery, withoutRelevant: boolean): Pooled {
  const rel = new Set(q.relevant);
  const copies = new Set(q.relevant.flatMap((id) => (byId.has(id) ? [copyKey(byId.get(id)!)] : [])));
  const exclude = withoutRelevant ? (f: FactCheck) => rel.has(f.id) || copies.has(copyKey(f)) : undefined;
  const cands = index.candidates(q.text, exclude, DEEP);
  const keys = keysOf(cleanClaimText(q.text));
  const keyed = cands.map((c) => {
    if (keys.length === 0) return 0;
    const f = c.fact;
    const s = claimSignals(`${f.claim} ${f.title ?? ''}`);
    const have = new Set([...terms(`${f.claim} ${f.title ?? ''}`), ...s.numbers, ...s.years]);
    return keys.filter((k) => have.has(k)).length / keys.length;
  });
  return { query: q, cands, keyed };
}

const t0 = Date.now();
const present = data.queries.map((q) => pooled(q, false));
const absent = data.queries.map((q) => pooled(q, true));
console.log(`pools built in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

let minShare = 1;
/** BM25's first 12 and up to `extra` of the rest holding most of the tweet's keys (at least minShare), most first, then BM25 order; `column`: the share as a feature. */
function group(p: Pooled, extra: number, column: boolean): CandidateGroup {
  const idx = p.cands.map((_, i) => i).filter((i) => i < 12);
  const rest = p.cands.map((_, i) => i).filter((i) => i >= 12 && p.keyed[i] > 0 && p.keyed[i] >= minShare);
  idx.push(...rest.sort((a, b) => p.keyed[b] - p.keyed[a] || a - b).slice(0, extra));
  const rel = new Set(p.query.relevant);
  return {
    query: p.query,
    ids: idx.map((i) => p.cands[i].fact.id),
    rows: idx.map((i) => (column ? [...p.cands[i].features, p.keyed[i]] : p.cands[i].features)),
    agreements: idx.map((i) => p.cands[i].agreement),
    labels: idx.map((i) => (rel.has(p.cands[i].fact.id) ? 1 : 0)),
  };
}

const all = data.queries.map((_, i) => i);
const dev = all.filter((i) => data.queries[i].split !== 'train');
const train = all.filter((i) => data.queries[i].split === 'train');

function run(name: string, extra: number, column: boolean): void {
  const fit = (tr: number[], te: number[]): { gs: CandidateGroup[]; ranked: string[][] } => {
    const model = trainReranker(tr.map((i) => group(present[i], extra, column)), tr.map((i) => group(absent[i], extra, column)), DEFAULT_BM25);
    const gs = te.map((i) => group(present[i], extra, column));
    return { gs, ranked: gs.map((g) => rankGroup(model, g)) };
  };
  const fig = (gs: CandidateGroup[], ranked: string[][]) => rankingFigures(gs.map((g, i) => ({ ranked: ranked[i], relevant: g.query.relevant })));
  const d = fit(train, dev);
  const cvG: CandidateGroup[] = [];
  const cvR: string[][] = [];
  for (let k = 0; k < 5; k++) {
    const te = all.filter((i) => i % 5 === k);
    const r = fit(all.filter((i) => i % 5 !== k), te);
    te.forEach((i, j) => ((cvG[i] = r.gs[j]), (cvR[i] = r.ranked[j])));
  }
  const recall = dev.filter((i) => group(present[i], extra, false).labels.includes(1)).length / dev.length;
  const df = fig(d.gs, d.ranked);
  const size = dev.reduce((s, i) => s + group(present[i], extra, false).ids.length, 0) / dev.length;
  console.log(`${name.padEnd(34)} dev recall ${recall.toFixed(3)} (${size.toFixed(1)} cands) MAP@5 ${df['map@5'].toFixed(4)} MAP@1 ${df['map@1'].toFixed(4)} MRR@10 ${df['mrr@10'].toFixed(4)} | 5-fold ${fig(cvG, cvR)['map@5'].toFixed(4)}`);
}

run('bm25@12', 0, false);
for (const share of [1, 0.5]) {
  minShare = share;
  console.log(`keys held: at least ${share}`);
  for (const extra of [4, 8]) {
    run(`bm25@12 + ${extra} keyed`, extra, false);
    run(`bm25@12 + ${extra} keyed, share column`, extra, true);
  }
}
if (process.argv.includes('--old')) for (const extra of [2, 4, 8]) {
  run(`bm25@12 + ${extra} keyed`, extra, false);
  run(`bm25@12 + ${extra} keyed, flag column`, extra, true);
}
