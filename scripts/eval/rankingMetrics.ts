/**
 * Ranking figures of ../shared/eval/README.md (matching): AP@k is the sum of precision at each
 * relevant rank within the first k, divided by the number of relevant items; MRR@k the
 * reciprocal rank of the first relevant item within k (0 when none). Means over queries.
 */
export function averagePrecisionAt(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  if (relevant.size === 0) return 0;
  let hits = 0;
  let sum = 0;
  for (let i = 0; i < Math.min(k, ranked.length); i++) {
    if (!relevant.has(ranked[i])) continue;
    hits++;
    sum += hits / (i + 1);
  }
  return sum / relevant.size;
}

export function reciprocalRankAt(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  for (let i = 0; i < Math.min(k, ranked.length); i++) if (relevant.has(ranked[i])) return 1 / (i + 1);
  return 0;
}

export interface RankingFigures {
  'map@1': number;
  'map@3': number;
  'map@5': number;
  'map@10': number;
  'mrr@10': number;
  queries: number;
}

export function rankingFigures(runs: readonly { ranked: readonly string[]; relevant: readonly string[] }[]): RankingFigures {
  const mean = (f: (r: { ranked: readonly string[]; relevant: ReadonlySet<string> }) => number): number =>
    runs.length === 0 ? 0 : runs.reduce((s, r) => s + f({ ranked: r.ranked, relevant: new Set(r.relevant) }), 0) / runs.length;
  return {
    'map@1': mean((r) => averagePrecisionAt(r.ranked, r.relevant, 1)),
    'map@3': mean((r) => averagePrecisionAt(r.ranked, r.relevant, 3)),
    'map@5': mean((r) => averagePrecisionAt(r.ranked, r.relevant, 5)),
    'map@10': mean((r) => averagePrecisionAt(r.ranked, r.relevant, 10)),
    'mrr@10': mean((r) => reciprocalRankAt(r.ranked, r.relevant, 10)),
    queries: runs.length,
  };
}
