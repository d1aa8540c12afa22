/**
 * The plain BM25 reference row of the matching eval (../shared/eval/README.md): one document
 * per verified claim, its claim and title together; k1 1.2, b 0.75; lower-cased words with
 * stop words (NLTK's) removed, no stemming, no query cleaning. Kept apart from the product's matcher on
 * purpose: it is the yardstick, not the thing measured.
 */
import { STOP_WORDS } from '../../src/core/matching/tokens';

const K1 = 1.2;
const B = 0.75;

/** Tokens of two or more word characters (scikit-learn's default pattern), lower case, stop words out. */
const plainTerms = (text: string): string[] => (text.toLowerCase().match(/[\p{L}\p{N}_]{2,}/gu) ?? []).filter((w) => !STOP_WORDS.has(w));

export class PlainBm25 {
  private readonly postings = new Map<string, { doc: number; tf: number }[]>();
  private readonly lengths: number[] = [];
  private readonly avgLength: number;

  constructor(private readonly ids: readonly string[], texts: readonly string[]) {
    texts.forEach((text, doc) => {
      const counts = new Map<string, number>();
      const ts = plainTerms(text);
      for (const t of ts) counts.set(t, (counts.get(t) ?? 0) + 1);
      for (const [t, tf] of counts) {
        let list = this.postings.get(t);
        if (!list) this.postings.set(t, (list = []));
        list.push({ doc, tf });
      }
      this.lengths.push(ts.length);
    });
    this.avgLength = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, this.lengths.length);
  }

  /** Ids of the best `k` documents; ties broken by document order. */
  search(query: string, k: number): string[] {
    const n = this.lengths.length;
    const scores = new Float64Array(n);
    for (const t of plainTerms(query)) {
      const list = this.postings.get(t);
      if (!list) continue;
      const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
      for (const { doc, tf } of list) {
        scores[doc] += (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * this.lengths[doc]) / this.avgLength));
      }
    }
    const order = [...scores.keys()].filter((d) => scores[d] > 0);
    order.sort((a, b) => scores[b] - scores[a] || a - b);
    return order.slice(0, k).map((d) => this.ids[d]);
  }
}
