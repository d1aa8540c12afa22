/**
 * The reference row of `npm run eval -- --cv`: a plain TF-IDF logistic regression as scikit-learn
 * would set it up — word unigrams and bigrams (token pattern \w\w+) and within-word character
 * 2–5-grams, each block with smoothed IDF from the training fold only and L2-normalised, then
 * L2-regularised logistic regression with C = 1 (at most 100 L-BFGS steps, scikit-learn's default). It trains on the same rows as the learned model
 * in every fold, with the same per-dataset intercepts, so the difference is the features and the model.
 */
import { fitLogistic, type SparseRows } from '../train/logistic';
import type { LabelledRow } from '../train/dataset';
import type { Trainer } from './crossValidation';

interface Block {
  /** Term ids of each row with their counts. */
  ids: Int32Array[];
  counts: Float64Array[];
}

class Interner {
  readonly ids = new Map<string, number>();
  id(term: string): number {
    let i = this.ids.get(term);
    if (i === undefined) this.ids.set(term, (i = this.ids.size));
    return i;
  }
}

function counted(terms: number[]): { ids: Int32Array; counts: Float64Array } {
  const m = new Map<number, number>();
  for (const t of terms) m.set(t, (m.get(t) ?? 0) + 1);
  const sorted = [...m].sort((a, b) => a[0] - b[0]);
  return { ids: Int32Array.from(sorted, ([t]) => t), counts: Float64Array.from(sorted, ([, c]) => c) };
}

function wordTerms(text: string, dict: Interner): number[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}_]{2,}/gu) ?? [];
  const out = words.map((w) => dict.id(`w ${w}`));
  for (let i = 1; i < words.length; i++) out.push(dict.id(`w ${words[i - 1]} ${words[i]}`));
  return out;
}

/** scikit-learn's char_wb: each whitespace-separated word padded with one space, n-grams 2–5. */
function charTerms(text: string, dict: Interner): number[] {
  const out: number[] = [];
  for (const word of text.toLowerCase().split(/\s+/).filter(Boolean)) {
    const w = ` ${word} `;
    for (let n = 2; n <= 5; n++) {
      for (let s = 0; s + n <= w.length; s++) out.push(dict.id(`c ${w.slice(s, s + n)}`));
      if (n >= w.length) break;
    }
  }
  return out;
}

function blockOf(rows: LabelledRow[], terms: (t: string, d: Interner) => number[], dict: Interner): Block {
  const ids: Int32Array[] = [];
  const counts: Float64Array[] = [];
  for (const r of rows) {
    const c = counted(terms(r.text, dict));
    ids.push(c.ids);
    counts.push(c.counts);
  }
  return { ids, counts };
}

/** Column of each term seen in the training rows (−1: unseen) and its smoothed IDF. */
function vocabulary(block: Block, train: number[], nTerms: number, firstCol: number): { col: Int32Array; idf: Float64Array; next: number } {
  const df = new Int32Array(nTerms);
  for (const r of train) for (const t of block.ids[r]) df[t]++;
  const col = new Int32Array(nTerms).fill(-1);
  const idf = new Float64Array(nTerms);
  let next = firstCol;
  for (let t = 0; t < nTerms; t++) {
    if (df[t] === 0) continue;
    col[t] = next++;
    idf[t] = Math.log((1 + train.length) / (1 + df[t])) + 1;
  }
  return { col, idf, next };
}

export function tfidfTrainer(rows: LabelledRow[], ctDataset: string): Trainer {
  const dict = new Interner();
  const blocks = [blockOf(rows, wordTerms, dict), blockOf(rows, charTerms, dict)];
  const nTerms = dict.ids.size;
  return (train) => {
    let next = 2;
    const vocabs = blocks.map((b) => {
      const v = vocabulary(b, train, nTerms, next);
      next = v.next;
      return v;
    });
    const rowEntries = (r: number): [number, number][] => {
      const out: [number, number][] = [[0, 1]];
      if (rows[r].dataset === ctDataset) out.push([1, 1]);
      blocks.forEach((b, k) => {
        const { col, idf } = vocabs[k];
        const part: [number, number][] = [];
        b.ids[r].forEach((t, j) => {
          if (col[t] >= 0) part.push([col[t], b.counts[r][j] * idf[t]]);
        });
        const norm = Math.sqrt(part.reduce((s, [, v]) => s + v * v, 0)) || 1;
        for (const [c, v] of part) out.push([c, v / norm]);
      });
      return out;
    };
    const rowPtr = new Int32Array(train.length + 1);
    const cols: number[] = [];
    const vals: number[] = [];
    train.forEach((r, i) => {
      for (const [c, v] of rowEntries(r)) {
        cols.push(c);
        vals.push(v);
      }
      rowPtr[i + 1] = cols.length;
    });
    const x: SparseRows = { rowPtr, cols: Int32Array.from(cols), vals: Float64Array.from(vals), nCols: next };
    const penalty = new Float64Array(next).fill(1);
    penalty[0] = penalty[1] = 0;
    const y = Uint8Array.from(train, (r) => (rows[r].label ? 1 : 0));
    const w = fitLogistic({ x, y, rowWeight: new Float64Array(train.length).fill(1), penalty }, { maxIter: 100, gradTol: 1e-6 });
    // Scored with the ClaimBuster intercept: a debate's ranking does not depend on it.
    return (idx) => idx.map((r) => {
      const z = rowEntries(r).reduce((s, [c, v]) => s + (c === 1 ? 0 : w[c] * v), 0);
      return 1 / (1 + Math.exp(-z));
    });
  };
}
