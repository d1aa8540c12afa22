/**
 * Unsupervised association from the archive itself: document-level PPMI of two stems over the
 * claim + title of every fact-check (pairs seen together at least 3 times). The feature: the
 * idf-weighted share of a candidate's stems the claim lacks, each counted by its strongest (or
 * mean) association with the claim's stems.
 */
import { data, fTerms, qTerms, type Learner } from './harness';
import { idf } from './model1';

const N = data.archive.length;
const df = new Map<string, number>();
const co = new Map<string, Map<string, number>>();
for (const f of data.archive) {
  const ts = [...new Set([...fTerms(f.id)[0], ...fTerms(f.id)[1]])];
  for (const a of ts) {
    df.set(a, (df.get(a) ?? 0) + 1);
    let row = co.get(a);
    if (!row) co.set(a, (row = new Map()));
    for (const b of ts) if (a !== b) row.set(b, (row.get(b) ?? 0) + 1);
  }
}
const MIN = 3;
const ppmi = (a: string, b: string): number => {
  const n = co.get(a)?.get(b) ?? 0;
  if (n < MIN) return 0;
  return Math.max(0, Math.log((n * N) / (df.get(a)! * df.get(b)!)));
};
export const cooc = (mode: 'max' | 'mean'): Learner => () => (q, id) => {
  const qs = [...new Set(qTerms.get(q.id)!)].filter((t) => df.has(t));
  const qset = new Set(qs);
  const ds = [...new Set([...fTerms(id)[0], ...fTerms(id)[1]])];
  let bridge = 0;
  let norm = 0;
  for (const c of ds) {
    norm += idf(c);
    if (qset.has(c)) continue;
    let best = 0;
    for (const w of qs) best = mode === 'max' ? Math.max(best, ppmi(w, c)) : best + ppmi(w, c) / Math.max(1, qs.length);
    bridge += idf(c) * best;
  }
  return [norm ? bridge / norm : 0];
};
