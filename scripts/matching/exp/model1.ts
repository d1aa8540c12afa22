/**
 * IBM Model 1 word translation t(fact-check stem | claim stem), fitted by EM (NULL word, uniform
 * start) on pairs of a training tweet with its fact-check's claim + title (and optionally the
 * archive's title → claim pairs), or on the archive's pairs alone. Features of a candidate:
 * 'b' bridge — idf-weighted share of its stems the claim lacks, each weighted by its mean (or,
 * with 'm', its largest) translation probability from the claim's stems; 'l' the mean log
 * translation likelihood of its stems. Small probabilities can be pruned (a shipped table would be).
 */
import { data, fTerms, qTerms, type Learner } from './harness';

export type Table = Map<string, Map<string, number>>;
/** IBM Model 1 t(target | source) by EM, NULL source included. */
export function model1(pairs: [string[], string[]][], iterations = 8): Table {
  const t: Table = new Map();
  const tgtVocab = new Set<string>();
  for (const [, tg] of pairs) tg.forEach((c) => tgtVocab.add(c));
  const init = 1 / tgtVocab.size;
  for (const [src, tg] of pairs) for (const w of ['<null>', ...src]) {
    let row = t.get(w);
    if (!row) t.set(w, (row = new Map()));
    for (const c of tg) row.set(c, init);
  }
  for (let it = 0; it < iterations; it++) {
    const count: Table = new Map();
    const total = new Map<string, number>();
    for (const [src, tg] of pairs) {
      const s = ['<null>', ...src];
      for (const c of tg) {
        let z = 0;
        for (const w of s) z += t.get(w)!.get(c)!;
        for (const w of s) {
          const d = t.get(w)!.get(c)! / z;
          let row = count.get(w);
          if (!row) count.set(w, (row = new Map()));
          row.set(c, (row.get(c) ?? 0) + d);
          total.set(w, (total.get(w) ?? 0) + d);
        }
      }
    }
    for (const [w, row] of count) for (const [c, v] of row) t.get(w)!.set(c, v / total.get(w)!);
  }
  return t;
}

const df = new Map<string, number>();
for (const f of data.archive) for (const c of new Set([...fTerms(f.id)[0], ...fTerms(f.id)[1]])) df.set(c, (df.get(c) ?? 0) + 1);
export const idf = (c: string): number => Math.log(1 + data.archive.length / (df.get(c) ?? 1));

export let PRUNE = 0;
export function prune(t: Table): Table {
  if (!PRUNE) return t;
  const out: Table = new Map();
  let n = 0;
  for (const [w, row] of t) {
    if (w === '<null>') continue;
    const r = new Map([...row].filter(([, v]) => v >= PRUNE));
    n += r.size;
    if (r.size) out.set(w, r);
  }
  SIZES.push(n);
  return out;
}
export const SIZES: number[] = [];
export const setPrune = (p: number): void => {
  PRUNE = p;
};
export function features(t: Table, q: string[], d: string[], which: string): number[] {
  const qs = [...new Set(q)].filter((w) => t.has(w));
  const ds = [...new Set(d)];
  const qset = new Set(q);
  let bridge = 0;
  let norm = 0;
  let ll = 0;
  for (const c of ds) {
    let p = 0;
    let mx = 0;
    for (const w of qs) {
      const v = t.get(w)!.get(c) ?? 0;
      p += v;
      mx = Math.max(mx, v);
    }
    p /= Math.max(1, qs.length);
    if (which.includes('m')) p = mx;
    norm += idf(c);
    if (!qset.has(c)) bridge += idf(c) * p;
    ll += Math.log(1e-4 + p);
  }
  const out: number[] = [];
  if (which.includes('b')) out.push(norm ? bridge / norm : 0);
  if (which.includes('l')) out.push(ds.length ? ll / ds.length : 0);
  return out;
}

export const trainPairs = (qs: readonly { id: string; relevant: string[] }[]): [string[], string[]][] =>
  qs.flatMap((q) => q.relevant.map((id): [string[], string[]] => [qTerms.get(q.id)!, [...fTerms(id)[0], ...fTerms(id)[1]]]));

export const supervised = (which: string, withArchive = false, iters = 8): Learner => {
  const archivePairs = withArchive ? data.archive.map((f): [string[], string[]] => [fTerms(f.id)[1], fTerms(f.id)[0]]) : [];
  return (train) => {
    const t = prune(model1([...trainPairs(train), ...archivePairs], iters));
    return (q, id) => features(t, qTerms.get(q.id)!, [...fTerms(id)[0], ...fTerms(id)[1]], which);
  };
};
export const archiveOnly = (which: string): Learner => {
  const t = model1(data.archive.map((f): [string[], string[]] => [fTerms(f.id)[1], fTerms(f.id)[0]]), 5);
  return () => (q, id) => features(t, qTerms.get(q.id)!, [...fTerms(id)[0], ...fTerms(id)[1]], which);
};
