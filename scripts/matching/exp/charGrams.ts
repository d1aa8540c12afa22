/**
 * A character n-gram retriever for the pool experiments (pools.ts): tf-idf (sublinear tf) over
 * the n-grams of claim + headings, cosine with the query. Exact and slow (a full scan per
 * query): it measures what such a retriever would add, not what it would cost.
 */
import { headingsOf } from '../../../src/core/matching/matchIndex';
import { foldAccents } from '../../../src/core/matching/tokens';
import type { FactCheck } from '../../../src/core/matching/types';

export function grams(text: string, n: number): Map<string, number> {
  const s = ` ${foldAccents(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  const out = new Map<string, number>();
  for (let i = 0; i + n <= s.length; i++) out.set(s.slice(i, i + n), (out.get(s.slice(i, i + n)) ?? 0) + 1);
  return out;
}

export class CharRetriever {
  private readonly df = new Map<string, number>();
  private readonly docs: number;
  private readonly vectors: { m: Map<string, number>; norm: number }[];
  private readonly postings = new Map<string, [number, number][]>();

  constructor(
    archive: readonly FactCheck[],
    private readonly n = 4,
  ) {
    this.docs = archive.length;
    const docGrams = archive.map((f) => grams(`${f.claim} ${headingsOf(f)}`, n));
    for (const g of docGrams) for (const k of g.keys()) this.df.set(k, (this.df.get(k) ?? 0) + 1);
    this.vectors = docGrams.map((g, d) => {
      const m = new Map<string, number>();
      for (const [k, tf] of g) {
        const w = this.weight(k, tf);
        m.set(k, w);
        (this.postings.get(k) ?? this.postings.set(k, []).get(k)!).push([d, w]);
      }
      return { m, norm: Math.hypot(...m.values()) };
    });
  }

  /** Sublinear tf × idf; a gram no document has weighs 0. */
  private weight(gram: string, tf: number): number {
    const df = this.df.get(gram);
    return df === undefined ? 0 : (1 + Math.log(tf)) * Math.log(this.docs / df);
  }

  /** The k documents most similar to the text, best first. */
  search(text: string, k: number): { doc: number; score: number }[] {
    const q = this.queryVector(text);
    const acc = new Float64Array(this.vectors.length);
    for (const [g, w] of q.m) for (const [d, dw] of this.postings.get(g) ?? []) acc[d] += w * dw;
    const out: { doc: number; score: number }[] = [];
    acc.forEach((dot, d) => {
      if (dot > 0) out.push({ doc: d, score: dot / (this.vectors[d].norm * q.norm) });
    });
    return out.sort((a, b) => b.score - a.score || a.doc - b.doc).slice(0, k);
  }

  /** Cosine of the text with each of the documents. */
  cosines(text: string, docs: readonly number[]): number[] {
    const q = this.queryVector(text);
    return docs.map((d) => {
      let dot = 0;
      for (const [g, w] of q.m) dot += w * (this.vectors[d].m.get(g) ?? 0);
      return q.norm && this.vectors[d].norm ? dot / (q.norm * this.vectors[d].norm) : 0;
    });
  }

  private queryVector(text: string): { m: Map<string, number>; norm: number } {
    const m = new Map<string, number>();
    for (const [g, tf] of grams(text, this.n)) if (this.df.has(g)) m.set(g, this.weight(g, tf));
    return { m, norm: Math.hypot(...m.values()) };
  }
}
