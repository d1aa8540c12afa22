/**
 * Each document's term ids, per field, in one growable Int32Array with each document's end
 * offset: 100,000 documents are four flat arrays instead of 200,000 small ones (less heap, less
 * for the garbage collector to walk), and a saved index loads as those arrays as they are.
 */

/** One field's documents: `ids` holds every document's term ids in doc order, document d at ids[ends[d-1] ?? 0 … ends[d]). */
export interface FieldTerms {
  ids: Int32Array;
  ends: Int32Array;
}

export class DocTermStore {
  private readonly ids: Int32Array[];
  private readonly ends: Int32Array[];
  /** Ids stored per field (ids[f] may be longer: room to grow). */
  private readonly used: number[];
  private count = 0;

  constructor(fields: number, saved?: readonly FieldTerms[]) {
    this.ids = Array.from({ length: fields }, (_, f) => saved?.[f].ids ?? new Int32Array(1024));
    this.ends = Array.from({ length: fields }, (_, f) => saved?.[f].ends ?? new Int32Array(256));
    this.used = this.ids.map((ids) => (saved ? ids.length : 0));
    this.count = saved?.[0]?.ends.length ?? 0;
  }

  /** Documents stored, removed ones included (doc numbers are below this). */
  get size(): number {
    return this.count;
  }

  /** Appends a document's term ids per field; returns its doc number. */
  append(perField: readonly ArrayLike<number>[]): number {
    const doc = this.count;
    for (let f = 0; f < this.ids.length; f++) {
      const list = perField[f] ?? [];
      let ids = this.ids[f];
      const at = this.used[f];
      if (at + list.length > ids.length) ids = this.ids[f] = grow(ids, at + list.length);
      for (let i = 0; i < list.length; i++) ids[at + i] = list[i];
      this.used[f] = at + list.length;
      if (doc >= this.ends[f].length) this.ends[f] = grow(this.ends[f], doc + 1);
      this.ends[f][doc] = this.used[f];
    }
    return ++this.count - 1;
  }

  /** The flat id array of a field (read with start() and end(); valid until the next append). */
  data(field: number): Int32Array {
    return this.ids[field];
  }

  start(field: number, doc: number): number {
    return doc === 0 ? 0 : this.ends[field][doc - 1];
  }

  end(field: number, doc: number): number {
    return this.ends[field][doc];
  }

  terms(field: number, doc: number): Int32Array {
    return this.ids[field].subarray(this.start(field, doc), this.end(field, doc));
  }

  /** Copies of the stored arrays, trimmed: what a saved index holds when no document was removed. */
  saved(): FieldTerms[] {
    return this.ids.map((ids, f) => ({ ids: ids.slice(0, this.used[f]), ends: this.ends[f].slice(0, this.count) }));
  }
}

function grow(a: Int32Array, atLeast: number): Int32Array {
  const out = new Int32Array(Math.max(atLeast, a.length * 2, 16));
  out.set(a);
  return out;
}

/** Whether saved field terms fit together: one per field, as many documents in each, offsets in order, every id a term. */
export function savedTermsFit(fields: readonly FieldTerms[], fieldCount: number, terms: number): boolean {
  return fields.length === fieldCount && fields.every(({ ids, ends }) => ids instanceof Int32Array && ascending(ends, ids.length, fields[0].ends.length) && ids.every((id) => id >= 0 && id < terms));
}

/** Offsets that never decrease and end at `last`, `count` of them, in an Int32Array (a saved index's offsets). */
export function ascending(ends: unknown, last: number, count: number): boolean {
  if (!(ends instanceof Int32Array) || ends.length !== count) return false;
  let prev = 0;
  for (let i = 0; i < ends.length; i++) {
    if (ends[i] < prev) return false;
    prev = ends[i];
  }
  return prev === last;
}
