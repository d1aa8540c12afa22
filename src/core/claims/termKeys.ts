/**
 * The hashed terms of one sentence, each key once (presence, not frequency), without building the
 * keys as strings: a key is a two-character prefix (`c|`, `r|`, …) and a range of a string (a
 * padded word, a word pair), hashed piece by piece with FNV-1a. Keys are told apart by their
 * 32-bit hash and, when two hashes are equal, by their text, so the terms are exactly those a set
 * of the built key strings would keep. Building the strings was most of the scorer's time.
 */
import { FNV_OFFSET, fnv1aOver } from './hashing';

/**
 * Open addressing over the full hashes, shared by every TermKeys (a sentence's vector is built in
 * one synchronous call, so one is in use at a time): a slot holds a term index + 1 when its stamp
 * is the current set's, so a new set starts empty without clearing the table, and no typed array
 * is allocated per sentence (those live outside the heap and cost a collection's worth of bookkeeping).
 */
const INITIAL_SLOTS = 1 << 12;
/** A table grown past this for one long sentence is let go at the next, not kept for the thread's life. */
const MAX_KEPT_SLOTS = 1 << 16;
let slotTerm = new Int32Array(INITIAL_SLOTS);
let slotStamp = new Int32Array(INITIAL_SLOTS);
let currentStamp = 0;

/** FNV-1a state after each prefix, so a key's hash starts from it. */
const prefixStates = new Map<string, number>();

export class TermKeys {
  /** Per term (in the order added): its full hash and where its key's text is. */
  readonly hashes: number[] = [];
  private readonly prefixes: string[] = [];
  private readonly sources: string[] = [];
  private readonly froms: number[] = [];
  private readonly tos: number[] = [];
  /** Keys whose hash an earlier, different key had (rare): told apart by their text. */
  private collided: Set<string> | undefined;
  private readonly stamp: number;

  constructor() {
    if (slotTerm.length > MAX_KEPT_SLOTS) {
      slotTerm = new Int32Array(INITIAL_SLOTS);
      slotStamp = new Int32Array(INITIAL_SLOTS);
    }
    if (currentStamp >= 0x3fffffff) {
      slotStamp.fill(0);
      currentStamp = 0;
    }
    this.stamp = ++currentStamp;
  }

  get size(): number {
    return this.hashes.length;
  }

  /** Adds the key `prefix + source.slice(from, to)` unless present; returns its 32-bit hash, or -1 when present. */
  add(prefix: string, source: string, from: number, to: number): number {
    let start = prefixStates.get(prefix);
    if (start === undefined) prefixStates.set(prefix, (start = fnv1aOver(FNV_OFFSET, prefix, 0, prefix.length)));
    const h = fnv1aOver(start, source, from, to) >>> 0;
    const stamp = this.stamp;
    const mask = slotTerm.length - 1;
    let at = h & mask;
    for (; slotStamp[at] === stamp; at = (at + 1) & mask) {
      const k = slotTerm[at] - 1;
      if (this.hashes[k] !== h) continue;
      if (this.sameKey(k, prefix, source, from, to)) return -1;
      const key = prefix + source.slice(from, to);
      this.collided ??= new Set();
      if (this.collided.has(key)) return -1;
      this.collided.add(key);
      break;
    }
    this.hashes.push(h);
    this.prefixes.push(prefix);
    this.sources.push(source);
    this.froms.push(from);
    this.tos.push(to);
    // The first key of a hash holds its slot; a colliding one is found through `collided`.
    if (slotStamp[at] !== stamp) {
      slotStamp[at] = stamp;
      slotTerm[at] = this.hashes.length;
    }
    if (this.hashes.length * 2 > slotTerm.length) this.grow();
    return h;
  }

  private sameKey(k: number, prefix: string, source: string, from: number, to: number): boolean {
    if (this.prefixes[k] !== prefix || this.tos[k] - this.froms[k] !== to - from) return false;
    const other = this.sources[k];
    const offset = this.froms[k] - from;
    for (let i = from; i < to; i++) if (source.charCodeAt(i) !== other.charCodeAt(i + offset)) return false;
    return true;
  }

  /** Twice the slots, every term's first-of-its-hash entry placed again. */
  private grow(): void {
    slotTerm = new Int32Array(slotTerm.length * 2);
    slotStamp = new Int32Array(slotTerm.length);
    const stamp = this.stamp;
    const mask = slotTerm.length - 1;
    for (let k = 0; k < this.hashes.length; k++) {
      let at = this.hashes[k] & mask;
      while (slotStamp[at] === stamp && this.hashes[slotTerm[at] - 1] !== this.hashes[k]) at = (at + 1) & mask;
      if (slotStamp[at] !== stamp) {
        slotStamp[at] = stamp;
        slotTerm[at] = k + 1;
      }
    }
  }
}
