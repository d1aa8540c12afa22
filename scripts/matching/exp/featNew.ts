/**
 * More candidate features tried as extra re-ranker columns (issue 18, session h), against the
 * shipped features (dev MAP@5 trained on "train" / 5-fold over all 997):
 *   npx esbuild scripts/matching/exp/featNew.ts --bundle --platform=node --outfile=out/scripts/featNew.js && node out/scripts/featNew.js [name part]
 * Measured 2026-12-07 against 0.858 / 0.874: the best dev rows (body cover + rarest 5 + word pairs
 * per field, 0.870) leave 5-fold at 0.875-0.876; no row gains 0.005 on 5-fold. Not shipped.
 */
import { cleanClaimText } from '../../../src/core/matching/normalize';
import { claimSignals } from '../../../src/core/matching/signals';
import { terms } from '../../../src/core/matching/tokens';
import { bothFeatures, byId, evaluate, fTerms, qTerms, wordPairs, type ListFeatures } from './harness';
import { idf } from './model1';

const weightedCover = (q: Iterable<string>, has: (t: string) => boolean): number => {
  let total = 0;
  let hit = 0;
  for (const t of new Set(q)) {
    total += idf(t);
    if (has(t)) hit += idf(t);
  }
  return total === 0 ? 0 : hit / total;
};
const bag = (id: string): Set<string> => new Set(fTerms(id).flat());
const cosine = (a: Set<string>, b: Set<string>): number => {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const t of a) {
    na += idf(t) ** 2;
    if (b.has(t)) dot += idf(t) ** 2;
  }
  for (const t of b) nb += idf(t) ** 2;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
};

/** How alike a candidate is to the rest of the list (mean and largest idf cosine). */
const centrality: ListFeatures = (g) => {
  const bags = g.ids.map(bag);
  return bags.map((b, i) => {
    const others = bags.filter((_, j) => j !== i).map((o) => cosine(b, o));
    return [others.length ? others.reduce((s, x) => s + x, 0) / others.length : 0, others.length ? Math.max(...others) : 0];
  });
};
/** Idf-weighted share of the tweet's body terms (its author's name left out) the candidate has. */
const bodyCover: ListFeatures = (g) => {
  const body = terms(cleanClaimText(g.query.text, false));
  return g.ids.map((id) => {
    const b = bag(id);
    return [weightedCover(body, (t) => b.has(t))];
  });
};
/** Whether the candidate names the tweet's author, and whether it matches the body beyond the author. */
const authorOnly: ListFeatures = (g) => {
  const all = new Set(qTerms.get(g.query.id)!);
  const body = new Set(terms(cleanClaimText(g.query.text, false)));
  const author = [...all].filter((t) => !body.has(t));
  return g.ids.map((id) => {
    const b = bag(id);
    const hasAuthor = author.length > 0 && author.every((t) => b.has(t)) ? 1 : 0;
    return [hasAuthor, hasAuthor * weightedCover(body, (t) => b.has(t))];
  });
};
/** How many numbers the two share (log), not only whether they agree. */
const numbersShared: ListFeatures = (g) => {
  const q = claimSignals(g.query.text).numbers;
  return g.ids.map((id) => {
    const f = byId.get(id)!;
    const c = new Set([...claimSignals(f.claim).numbers, ...claimSignals(f.title ?? '').numbers]);
    let n = 0;
    for (const x of q) if (c.has(x)) n++;
    return [Math.log1p(n)];
  });
};
/** How many of the tweet's k rarest known terms the candidate has. */
const rarest =
  (k: number): ListFeatures =>
  (g) => {
    const q = [...new Set(qTerms.get(g.query.id)!)].sort((a, b) => idf(b) - idf(a)).slice(0, k);
    return g.ids.map((id) => {
      const b = bag(id);
      return [q.filter((t) => b.has(t)).length / Math.max(1, q.length)];
    });
  };
/** Rank of the candidate in the list by each of a few columns (0 = best), as log1p. */
const withinRank =
  (f: ListFeatures): ListFeatures =>
  (g) => {
    const rows = f(g);
    return rows.map((r) => r.map((v, j) => Math.log1p(rows.filter((o) => o[j] > v).length)));
  };

/** Consecutive word pairs the tweet shares with the candidate's claim and title apart (log). */
const pairsPerField: ListFeatures = (g) => {
  const q = wordPairs(qTerms.get(g.query.id)!);
  return g.ids.map((id) => fTerms(id).map((f) => Math.log1p([...wordPairs(f)].filter((p) => q.has(p)).length)));
};

const only = process.argv[2];
const rows: [string, ListFeatures | undefined][] = [
  ['shipped features', undefined],
  ['centrality (mean, max cosine to the list)', centrality],
  ['body cover (author left out)', bodyCover],
  ['body cover, rank in list', withinRank(bodyCover)],
  ['author named, and body cover when so', authorOnly],
  ['numbers shared (count)', numbersShared],
  ['rarest 3 terms covered', rarest(3)],
  ['rarest 5 terms covered', rarest(5)],
  ['rarest 3, rank in list', withinRank(rarest(3))],
  ['body cover + rarest 3', bothFeatures(bodyCover, rarest(3))],
  ['combo: body cover + rarest 5', bothFeatures(bodyCover, rarest(5))],
  ['combo: pairs per field + rarest 5', bothFeatures(pairsPerField, rarest(5))],
  ['combo: pairs per field + body cover + rarest 5', bothFeatures(pairsPerField, bodyCover, rarest(5))],
  ['combo: all of centrality, body, rarest 5, pairs', bothFeatures(centrality, pairsPerField, bodyCover, rarest(5))],
];
for (const [name, f] of rows) if (!only || name.includes(only)) evaluate(name, undefined, [], f);
