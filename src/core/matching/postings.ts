/**
 * One field's postings: per term, [doc, tf, doc, tf, …] in doc order, in an Int32Array with its
 * used length. Built from saved documents in two counting passes into one buffer (a view per
 * term), so loading a 100,000-claim index allocates a few arrays, not 30,000 growing ones; a list
 * that outgrows its view moves to an array of its own.
 */
import type { DocTermStore } from './docTerms';

const EMPTY = new Int32Array(0);

export class Postings {
  /** lists[term]: its postings, valid up to lengths[term]. */
  readonly lists: Int32Array[] = [];
  lengths: Int32Array = new Int32Array(16);

  get terms(): number {
    return this.lists.length;
  }

  addTerm(): void {
    if (this.lists.length === this.lengths.length) this.lengths = grown(this.lengths, this.lengths.length * 2);
    this.lists.push(EMPTY);
  }

  add(term: number, doc: number, tf: number): void {
    let list = this.lists[term];
    const at = this.lengths[term];
    if (at + 2 > list.length) list = this.lists[term] = grown(list, Math.max(4, list.length * 2));
    list[at] = doc;
    list[at + 1] = tf;
    this.lengths[term] = at + 2;
  }

  /**
   * Postings of all documents of `store`'s field (all live, numbered in order), for `terms`
   * terms; `df` receives each term's document count. `tf` is scratch of at least `terms` zeros.
   */
  static build(store: DocTermStore, field: number, terms: number, df: Int32Array, tf: Int32Array): Postings {
    const ids = store.data(field);
    const docs = store.size;
    // Pass 1: each term's document count (tf dedupes a term repeated in a document).
    for (let doc = 0, start = 0; doc < docs; doc++) {
      const end = store.end(field, doc);
      for (let i = start; i < end; i++) {
        if (tf[ids[i]]++ === 0) df[ids[i]]++;
      }
      for (let i = start; i < end; i++) tf[ids[i]] = 0;
      start = end;
    }
    const out = new Postings();
    const lengths = (out.lengths = new Int32Array(Math.max(terms, 16)));
    const starts = new Int32Array(terms);
    let total = 0;
    for (let t = 0; t < terms; t++) {
      starts[t] = total;
      total += 2 * df[t];
    }
    const all = new Int32Array(total);
    for (let t = 0; t < terms; t++) out.lists.push(all.subarray(starts[t], starts[t] + 2 * df[t]));
    // Pass 2: [doc, tf] pairs in doc order, written straight into the shared buffer.
    for (let doc = 0, start = 0; doc < docs; doc++) {
      const end = store.end(field, doc);
      for (let i = start; i < end; i++) tf[ids[i]]++;
      for (let i = start; i < end; i++) {
        const id = ids[i];
        if (tf[id] === 0) continue; // already posted
        const at = starts[id] + lengths[id];
        all[at] = doc;
        all[at + 1] = tf[id];
        lengths[id] += 2;
        tf[id] = 0;
      }
      start = end;
    }
    return out;
  }
}

function grown(a: Int32Array, size: number): Int32Array {
  const out = new Int32Array(size);
  out.set(a);
  return out;
}
