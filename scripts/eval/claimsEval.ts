/** Claim figures per dataset over labelled sentences (see ../shared/eval/README.md). */
import { analyze, DEFAULT_CLAIM_THRESHOLD } from '../../src/core/analysis';
import type { Claim, Sentence } from '../../src/core/types';
import { averagePrecision, prf } from './metrics';

export interface ClaimSentence {
  id: string;
  text: string;
  label: boolean;
  meta: { dataset: string; doc_id?: string };
}

export interface ClaimFigures {
  p: number;
  r: number;
  f1: number;
  ap: number;
  map?: number;
}

/**
 * A labelled sentence's score: the highest check-worthiness the engine gives any sentence it
 * finds in the text (the engine scores every sentence; claims are those at or above the
 * threshold), or the highest claim score when sentence scores are absent.
 */
export function sentenceScore(text: string, analyzeFn: (t: string) => { claims: Claim[]; sentences?: Sentence[] } = analyze): number {
  const a = analyzeFn(text);
  let best = 0;
  for (const s of a.sentences ?? []) best = Math.max(best, s.score ?? 0);
  for (const c of a.claims) best = Math.max(best, c.score);
  return best;
}

export function evaluateClaims(rows: Iterable<ClaimSentence>, threshold = DEFAULT_CLAIM_THRESHOLD, analyzeFn?: (t: string) => { claims: Claim[]; sentences?: Sentence[] }): Record<string, ClaimFigures> {
  const byDataset = new Map<string, { score: number; label: boolean; doc?: string }[]>();
  for (const row of rows) {
    const ds = row.meta?.dataset ?? 'unknown';
    let list = byDataset.get(ds);
    if (!list) byDataset.set(ds, (list = []));
    list.push({ score: sentenceScore(row.text, analyzeFn), label: row.label === true, doc: row.meta?.doc_id });
  }
  const out: Record<string, ClaimFigures> = {};
  for (const [ds, items] of [...byDataset].sort(([a], [b]) => a.localeCompare(b))) {
    const predPos = items.filter((x) => x.score >= threshold);
    const tp = predPos.filter((x) => x.label).length;
    const gold = items.filter((x) => x.label).length;
    const fig: ClaimFigures = { ...prf(tp, predPos.length, gold), ap: averagePrecision(items) };
    // MAP for every dataset whose rows name their document (debate, article), not only CLEF-2019.
    if (items.some((x) => x.doc !== undefined)) {
      const docs = new Map<string, typeof items>();
      for (const x of items) {
        const k = x.doc ?? '';
        if (!docs.has(k)) docs.set(k, []);
        docs.get(k)!.push(x);
      }
      const aps = [...docs.values()].filter((d) => d.some((x) => x.label)).map((d) => averagePrecision(d));
      fig.map = aps.length ? aps.reduce((a, b) => a + b, 0) / aps.length : 0;
    }
    out[ds] = fig;
  }
  return out;
}
