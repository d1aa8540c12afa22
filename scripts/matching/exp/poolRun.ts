/**
 * Re-runs the candidate-pool experiments of README "Accuracy" (claim matching, issue 18):
 *   npx esbuild scripts/matching/exp/poolRun.ts --bundle --platform=node --outfile=out/scripts/poolExp.js \
 *     && node out/scripts/poolExp.js [row names…]
 * About 15 minutes on a busy 2-core machine; with names (e.g. `recall bm25@30+char two`) only those rows.
 */
import { DEFAULT_BM25 } from '../../../src/core/matching/bm25Index';
import { rankGroup, trainReranker, type CandidateGroup } from '../training';
import { fitLogit, fitMlp, rankRaw, type Scorer } from './mlp';
import { absent, all, charFeatures, charRecall, cosineFeatures, devIdx, evaluate, group, present, recall, report, type Extra } from './pools';

const only = process.argv.slice(2);
const want = (name: string): boolean => only.length === 0 || only.includes(name);
const both =
  (...fs: Extra[]): Extra =>
  (p, c) =>
    fs.flatMap((f) => f(p, c));

if (want('recall')) {
  const ks = [5, 12, 20, 30, 50];
  for (const rule of ['bm25', 'rrf', 'union4', 'union8', 'union12'])
    console.log(`recall ${rule.padEnd(8)}` + ks.map((k) => ` @${k} dev ${recall(rule, k, devIdx).toFixed(3)} all ${recall(rule, k, all).toFixed(3)}`).join(' |'));
  console.log(`recall ${'char'.padEnd(8)}` + ks.map((k) => ` @${k} dev ${charRecall(k, devIdx).toFixed(3)} all ${charRecall(k, all).toFixed(3)}`).join(' |'));
}

// [name, pool rule, candidates per test query, extra columns, candidates per training query]
const ROWS: [string, string, number, Extra | undefined, number?][] = [
  ['bm25@12', 'bm25', 12, undefined],
  ['bm25@12+char', 'bm25', 12, charFeatures],
  ['bm25@16+char', 'bm25', 16, charFeatures],
  ['bm25@20', 'bm25', 20, undefined],
  ['bm25@20+char', 'bm25', 20, charFeatures],
  ['bm25@30', 'bm25', 30, undefined],
  ['bm25@30+char', 'bm25', 30, charFeatures],
  ['rrf@12', 'rrf', 12, undefined],
  ['rrf@12+char', 'rrf', 12, charFeatures],
  ['rrf@20+char', 'rrf', 20, charFeatures],
  ['rrf@30+char', 'rrf', 30, charFeatures],
  ['union4@12', 'union4', 12, undefined],
  ['union4@12+char', 'union4', 12, charFeatures],
  ['union8@12+char', 'union8', 12, charFeatures],
  ['union12@12+char', 'union12', 12, charFeatures],
  ['union8@20+char', 'union8', 20, charFeatures],
  ['bm25@12 trained on 20', 'bm25', 12, undefined, 20],
  ['bm25@12+char trained on 30', 'bm25', 12, charFeatures, 30],
  ['union8@12+char trained on union8@30', 'union8', 12, charFeatures, 30],
  ['bm25@12+cos', 'bm25', 12, cosineFeatures(false, false)],
  ['bm25@12+cos rel rank', 'bm25', 12, cosineFeatures(true, true)],
  ['bm25@12+cos rel+char', 'bm25', 12, both(cosineFeatures(true, false), charFeatures)],
  ['bm25@20+cos rel+char', 'bm25', 20, both(cosineFeatures(true, false), charFeatures)],
];
for (const [name, rule, k, extra, trainK] of ROWS) if (want(name)) evaluate(name, rule, k, extra, trainK);

/** Columns known before a candidate is prepared: the first-stage score, its log, rank, field scores. */
const CHEAP = [0, 1, 2, 3, 4];
/** A conditional logit on the cheap columns and the character rank/score keeps `keep` of the pool; the full re-ranker orders those. */
function twoStage(name: string, rule: string, pool: number, keep: number): void {
  const cheap = (g: CandidateGroup): CandidateGroup => ({ ...g, rows: g.rows.map((r) => [...CHEAP.map((j) => r[j]), ...r.slice(-2)]) });
  const select = (f: Scorer, g: CandidateGroup): CandidateGroup => {
    const rows = cheap(g).rows;
    const kept = rows.map((x, i) => ({ i, s: f(x) })).sort((a, b) => b.s - a.s || a.i - b.i).slice(0, keep).map((o) => o.i).sort((a, b) => a - b);
    return { ...g, ids: kept.map((i) => g.ids[i]), rows: kept.map((i) => g.rows[i]), agreements: kept.map((i) => g.agreements[i]), labels: kept.map((i) => g.labels[i]) };
  };
  report(name, (train, test) => {
    const first = fitLogit(train.map((i) => cheap(group(present[i], rule, pool, charFeatures))));
    const pick = (ps: typeof present, qs: number[]) => qs.map((i) => select(first, group(ps[i], rule, pool, charFeatures)));
    const model = trainReranker(pick(present, train), pick(absent, train), DEFAULT_BM25);
    const groups = pick(present, test);
    return { ranked: groups.map((g) => rankGroup(model, g)), groups };
  });
}
if (want('two')) {
  twoStage('two stages: bm25@30 -> 12', 'bm25', 30, 12);
  twoStage('two stages: union8@20 -> 12', 'union8', 20, 12);
  twoStage('two stages: bm25@50 -> 16', 'bm25', 50, 16);
}

function raw(name: string, fit: (gs: CandidateGroup[]) => Scorer, extra?: Extra): void {
  report(name, (train, test) => {
    const f = fit(train.map((i) => group(present[i], 'bm25', 12, extra)));
    const groups = test.map((i) => group(present[i], 'bm25', 12, extra));
    return { ranked: groups.map((g) => rankRaw(f, g)), groups };
  });
}
if (want('mlp')) {
  raw('raw score: conditional logit, bm25@12', fitLogit);
  for (const [hidden, l2, epochs] of [[4, 1e-3, 300], [8, 1e-3, 200], [8, 1e-2, 200], [16, 1e-2, 300]])
    raw(`raw score: MLP ${hidden} hidden, L2 ${l2}, ${epochs} epochs`, (gs) => fitMlp(gs, hidden, l2, epochs));
  raw('raw score: MLP 8 hidden, L2 0.01, 200 epochs, +char', (gs) => fitMlp(gs, 8, 1e-2, 200), charFeatures);
}
