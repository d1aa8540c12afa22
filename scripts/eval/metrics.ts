/** Metric definitions of ../shared/eval/README.md: quote span matching, P/R/F1, average precision. */

export interface SpanLike {
  start: number;
  end: number;
}

/** Trim quotation marks, whitespace and punctuation from both ends; returns the trimmed range. */
export function trimRange(text: string, s: SpanLike): SpanLike {
  const slice = text.slice(s.start, s.end);
  const lead = slice.length - slice.replace(/^[\p{P}\p{Z}\s]+/u, '').length;
  const rest = slice.slice(lead);
  const trail = rest.length - rest.replace(/[\p{P}\p{Z}\s]+$/u, '').length;
  return { start: s.start + lead, end: Math.max(s.start + lead, s.end - trail) };
}

function overlap(a: SpanLike, b: SpanLike): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Overlap matches: overlap ≥ half the shorter span; one-to-one, largest overlaps first. Returns [goldIdx, predIdx] pairs. */
export function matchSpans(gold: SpanLike[], pred: SpanLike[]): [number, number][] {
  const cands: [number, number, number][] = [];
  for (let g = 0; g < gold.length; g++) {
    for (let p = 0; p < pred.length; p++) {
      const o = overlap(gold[g], pred[p]);
      const shorter = Math.min(gold[g].end - gold[g].start, pred[p].end - pred[p].start);
      if (o > 0 && shorter > 0 && o * 2 >= shorter) cands.push([o, g, p]);
    }
  }
  cands.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const gUsed = new Set<number>();
  const pUsed = new Set<number>();
  const out: [number, number][] = [];
  for (const [, g, p] of cands) {
    if (gUsed.has(g) || pUsed.has(p)) continue;
    gUsed.add(g);
    pUsed.add(p);
    out.push([g, p]);
  }
  return out;
}

/** Exact matches of trimmed spans, one-to-one. */
export function countExact(gold: SpanLike[], pred: SpanLike[]): number {
  const remaining = new Map<string, number>();
  for (const g of gold) remaining.set(`${g.start}:${g.end}`, (remaining.get(`${g.start}:${g.end}`) ?? 0) + 1);
  let n = 0;
  for (const p of pred) {
    const k = `${p.start}:${p.end}`;
    const left = remaining.get(k) ?? 0;
    if (left > 0) {
      remaining.set(k, left - 1);
      n++;
    }
  }
  return n;
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

export function prf(tp: number, nPred: number, nGold: number): Prf {
  const p = nPred ? tp / nPred : 0;
  const r = nGold ? tp / nGold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/**
 * Average precision as scikit-learn computes it: sum over distinct score thresholds of
 * (recall gained) × (precision at that threshold), so tied scores are treated as one step.
 */
export function averagePrecision(items: { score: number; label: boolean }[]): number {
  const positives = items.filter((x) => x.label).length;
  if (!positives) return 0;
  const sorted = items.slice().sort((a, b) => b.score - a.score);
  let tp = 0;
  let seen = 0;
  let ap = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    let gained = 0;
    while (j < sorted.length && sorted[j].score === sorted[i].score) {
      if (sorted[j].label) gained++;
      j++;
    }
    tp += gained;
    seen += j - i;
    ap += (gained / positives) * (tp / seen);
    i = j;
  }
  return ap;
}
