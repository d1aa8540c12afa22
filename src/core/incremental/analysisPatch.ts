/**
 * A compact difference between two analyses of successive revisions of one document, so the
 * worker sends the host only what changed after a keystroke instead of the whole analysis of a
 * long article (whose structured clone would block the extension host for milliseconds).
 *
 * Per list (sentences, claims, quotes, …): the first `head` items are unchanged, the last `tail`
 * items are unchanged except that every `start`/`end` moved by `shift` (the edit's length
 * change), and `mid` replaces the rest. Items are treated as immutable values.
 */
import type { Analysis } from '../types';

export interface ListPatch {
  head: number;
  tail: number;
  mid: unknown[];
}

export type AnalysisPatch =
  | { kind: 'full'; analysis: Analysis }
  | { kind: 'delta'; shift: number; lists: Record<string, ListPatch>; other: Record<string, unknown> };

const isOffsetKey = (key: string | undefined): boolean => key === 'start' || key === 'end';

/** Deep equality where offsets in `b` may be those of `a` moved by `shift`. */
export function sameShifted(a: unknown, b: unknown, shift: number, key?: string): boolean {
  if (typeof a === 'number' && isOffsetKey(key)) return a + shift === b;
  if (typeof a !== 'object' || a === null) return a === b;
  if (typeof b !== 'object' || b === null) return false;
  return sameObject(a, b, shift);
}

// Runs for every item of a long article on every keystroke: plain loops, no intermediate arrays.
function sameObject(a: object, b: object, shift: number): boolean {
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      const x: unknown = a[i];
      const y: unknown = b[i];
      if (x === y && (shift === 0 || typeof x !== 'object')) continue;
      if (!sameShifted(x, y, shift)) return false;
    }
    return true;
  }
  if (Array.isArray(b)) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let keys = 0;
  for (const k in ra) {
    keys++;
    const x = ra[k];
    const y = rb[k];
    if (typeof x === 'number' && (k === 'start' || k === 'end')) {
      if (x + shift !== y) return false;
    } else if (x !== y || (shift !== 0 && typeof x === 'object' && x !== null)) {
      if (typeof x !== 'object' || x === null || typeof y !== 'object' || y === null) return false;
      if (!sameObject(x, y, shift)) return false;
    }
  }
  for (const k in rb) if (--keys < 0 || !(k in ra)) return false;
  return keys === 0;
}

/** A copy with every `start`/`end` moved by `shift`; parts without offsets are shared. */
export function shiftOffsets<T>(value: T, shift: number): T {
  if (shift === 0 || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    return (value.some((v) => typeof v === 'object' && v !== null) ? value.map((v) => shiftOffsets(v, shift)) : value) as T;
  }
  const src = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k in src) {
    const v = src[k];
    out[k] = typeof v === 'number' && (k === 'start' || k === 'end') ? v + shift : typeof v === 'object' ? shiftOffsets(v, shift) : v;
  }
  return out as T;
}

function diffList(prev: unknown[], next: unknown[], shift: number, knownTail = 0): ListPatch {
  const max = Math.min(prev.length, next.length);
  let head = 0;
  // Unchanged items before an edit are usually the very same objects: no need to look inside.
  while (head < max && (prev[head] === next[head] || sameShifted(prev[head], next[head], 0))) head++;
  let tail = Math.min(knownTail, max - head);
  while (tail < max - head && sameShifted(prev[prev.length - 1 - tail], next[next.length - 1 - tail], shift)) tail++;
  return { head, tail, mid: next.slice(head, next.length - tail) };
}

/**
 * `shift` = length of the text `next` was computed on minus that of `prev`'s text.
 * `knownTails` (from the incremental linker): per list, trailing items known to be `prev`'s moved
 * by `shift`, so a keystroke costs no comparison of the whole article.
 * Falls back to a full patch when there is nothing to diff against.
 */
export function diffAnalysis(prev: Analysis | undefined, next: Analysis, shift: number, knownTails?: Record<string, number>): AnalysisPatch {
  if (!prev) return { kind: 'full', analysis: next };
  const lists: Record<string, ListPatch> = {};
  const other: Record<string, unknown> = {};
  const p = prev as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(next as unknown as Record<string, unknown>)) {
    const before = p[key];
    if (Array.isArray(value) && Array.isArray(before)) lists[key] = diffList(before, value, shift, knownTails?.[key] ?? 0);
    else other[key] = value;
  }
  return { kind: 'delta', shift, lists, other };
}

export function applyAnalysisPatch(prev: Analysis | undefined, patch: AnalysisPatch): Analysis {
  if (patch.kind === 'full') return patch.analysis;
  if (!prev) throw new Error('a delta patch needs the previous analysis');
  const p = prev as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = { ...patch.other };
  for (const [key, lp] of Object.entries(patch.lists)) {
    const before = p[key] as unknown[];
    const tail = lp.tail > 0 ? before.slice(before.length - lp.tail).map((item) => shiftOffsets(item, patch.shift)) : [];
    out[key] = before.slice(0, lp.head).concat(lp.mid, tail);
  }
  return out as unknown as Analysis;
}
