/**
 * Candidate pair features tried as extra re-ranker columns (issue 18), each row against the
 * shipped features (dev MAP@5 trained on "train" / 5-fold over all 997):
 *   npx esbuild scripts/matching/exp/featRun.ts --bundle --platform=node --outfile=out/scripts/featRun.js && node out/scripts/featRun.js
 */
import { bothFeatures, evaluate, fTerms, qTerms, type ListFeatures } from './harness';
import { idf } from './model1';

const RARE = 5;
const weighted = (q: Set<string>, has: (t: string) => boolean, rareOnly = false): number => {
  let total = 0;
  let hit = 0;
  for (const t of q) {
    const w = idf(t);
    if (rareOnly && w < RARE) continue;
    total += w;
    if (has(t)) hit += w;
  }
  return total === 0 ? 0 : hit / total;
};
const pairs = (ts: string[], window: number): Set<string> => {
  const out = new Set<string>();
  for (let i = 0; i < ts.length; i++) for (let j = i + 1; j <= i + window && j < ts.length; j++) out.add(`${ts[i]} ${ts[j]}`);
  return out;
};
const shared = (a: Set<string>, b: Set<string>): number => {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
};
const perField: ListFeatures = (g) => {
  const q = new Set(qTerms.get(g.query.id)!);
  return g.ids.map((id) => {
    const [c, t] = fTerms(id).map((x) => new Set(x));
    return [weighted(q, (x) => c.has(x)), weighted(q, (x) => t.has(x))];
  });
};
const rare: ListFeatures = (g) => {
  const q = new Set(qTerms.get(g.query.id)!);
  return g.ids.map((id) => {
    const [c, t] = fTerms(id).map((x) => new Set(x));
    return [weighted(q, (x) => c.has(x) || t.has(x), true)];
  });
};
const rarePerField: ListFeatures = (g) => {
  const q = new Set(qTerms.get(g.query.id)!);
  return g.ids.map((id) => {
    const [c, t] = fTerms(id).map((x) => new Set(x));
    return [weighted(q, (x) => c.has(x), true), weighted(q, (x) => t.has(x), true)];
  });
};
const skipPairs =
  (window: number): ListFeatures =>
  (g) => {
    const q = pairs(qTerms.get(g.query.id)!, window);
    return g.ids.map((id) => {
      const [c, t] = fTerms(id);
      return [Math.log1p(shared(q, pairs(c, window))), Math.log1p(shared(q, pairs(t, window)))];
    });
  };
/** Each column minus the list's best of it: how far behind the leader a candidate is. */
const relative =
  (f: ListFeatures): ListFeatures =>
  (g) => {
    const rows = f(g);
    const best = rows[0]?.map((_, j) => Math.max(...rows.map((r) => r[j]))) ?? [];
    return rows.map((r) => r.map((v, j) => v - best[j]));
  };

const only = process.argv[2];
const rows: [string, ListFeatures | undefined][] = [
  ['shipped features', undefined],
  ['query cover in claim / in title', perField],
  ['query rare-term cover', rare],
  ['query rare-term cover per field', rarePerField],
  ['skip pairs (window 3) per field', skipPairs(3)],
  ['word pairs per field', skipPairs(1)],
  ['query cover per field, relative to best', relative(perField)],
  ['cover per field + rare per field', bothFeatures(perField, rarePerField)],
  ['word pairs per field + cover per field', bothFeatures(skipPairs(1), perField)],
  ['word pairs per field + skip pairs (3)', bothFeatures(skipPairs(1), skipPairs(3))],
];
for (const [name, f] of rows) if (!only || name.includes(only)) evaluate(name, undefined, [], f);
// The shipped word-pair column (7, claim and title together) replaced by the per-field ones.
if (!only || only === 'replace') evaluate('word pairs per field instead of together', undefined, [7], skipPairs(1));
