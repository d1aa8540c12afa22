/** Claim figures per dataset over labelled sentences (see ../shared/eval/README.md). */
import { analyze, DEFAULT_CLAIM_THRESHOLD } from '../../src/core/analysis';
import type { Claim, Sentence } from '../../src/core/types';
import { averagePrecision, prf } from './metrics';

export interface ClaimSentence {
  id: string;
  text: string;
  label: boolean;
  meta: { dataset: string; doc_id?: string; speaker?: string; line_number?: number };
}

type AnalyzeFn = (t: string) => { claims: Claim[]; sentences?: Sentence[] };

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
export function sentenceScore(text: string, analyzeFn: AnalyzeFn = analyze): number {
  const a = analyzeFn(text);
  let best = 0;
  for (const s of a.sentences ?? []) best = Math.max(best, s.score ?? 0);
  for (const c of a.claims) best = Math.max(best, c.score);
  return best;
}

/** Transcript rows on consecutive lines of one speaker in one document: one turn, a paragraph to the engine. */
function sameTurn(a: ClaimSentence, b: ClaimSentence): boolean {
  const m = a.meta;
  const n = b.meta;
  return !!m && !!n && m.doc_id !== undefined && m.speaker !== undefined && m.doc_id === n.doc_id && m.speaker === n.speaker && typeof m.line_number === 'number' && n.line_number === m.line_number + 1;
}

/**
 * Every row's score. Rows of a transcript turn (sameTurn) are analysed together as the paragraph an
 * article of the transcript would have, so each sentence is scored with its context (context.ts), and
 * a row scores as the best sentence the engine finds in it; any other row is analysed alone.
 */
export function rowScores(rows: ClaimSentence[], analyzeFn: AnalyzeFn = analyze): number[] {
  const out: number[] = [];
  for (let start = 0; start < rows.length; ) {
    let end = start + 1;
    while (end < rows.length && sameTurn(rows[end - 1], rows[end])) end++;
    if (end - start === 1) out.push(sentenceScore(rows[start].text, analyzeFn));
    else {
      const spans: [number, number][] = [];
      let text = '';
      for (let i = start; i < end; i++) {
        if (text) text += ' ';
        spans.push([text.length, text.length + rows[i].text.length]);
        text += rows[i].text;
      }
      const sentences = analyzeFn(text).sentences ?? [];
      for (const [a, b] of spans) out.push(sentences.filter((s) => s.start < b && s.end > a).reduce((best, s) => Math.max(best, s.score ?? 0), 0));
    }
    start = end;
  }
  return out;
}

export function evaluateClaims(rows: Iterable<ClaimSentence>, threshold = DEFAULT_CLAIM_THRESHOLD, analyzeFn?: AnalyzeFn): Record<string, ClaimFigures> {
  const byDataset = new Map<string, { score: number; label: boolean; doc?: string }[]>();
  const all = [...rows];
  const scores = rowScores(all, analyzeFn);
  all.forEach((row, i) => {
    const ds = row.meta?.dataset ?? 'unknown';
    let list = byDataset.get(ds);
    if (!list) byDataset.set(ds, (list = []));
    list.push({ score: scores[i], label: row.label === true, doc: row.meta?.doc_id });
  });
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
