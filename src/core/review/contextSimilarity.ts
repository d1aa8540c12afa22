/**
 * How well the text around a candidate matches the stored prefix/suffix. The comparison is
 * aligned at the quote boundary (edit distance between the stored context and the same
 * number of characters next to the candidate), not a substring search: a substring search
 * finds some loose match in any English text (≈0.4 for unrelated text), which would let a
 * look-alike sentence borrow credibility it does not have. Strings are ≤ 64 characters, so
 * the plain dynamic-programming distance is cheap.
 */
import { CONTEXT_LENGTH } from './selectors';

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/** Stands for "the text ends here" in a context cut short by the start or end of the text. */
const EDGE = '\u0000';

/**
 * A stored context shorter than the selectors' CONTEXT_LENGTH (less one, for a surrogate pair kept
 * whole) was cut by the edge of the text: the edge is part of it. Otherwise a one-character
 * suffix such as a closing mark would match after any quotation anywhere.
 */
function cutByEdge(stored: string): boolean {
  return stored.length < CONTEXT_LENGTH - 1;
}

/** 1 = identical context, 0 = nothing in common. An empty stored context means "text edge". */
export function prefixSimilarity(stored: string, text: string, start: number): number {
  if (!stored.length) return start === 0 ? 1 : 0;
  if (cutByEdge(stored)) {
    const from = start - stored.length - 1;
    const actual = (from < 0 ? EDGE : '') + text.slice(Math.max(0, from), start);
    return Math.max(0, 1 - editDistance(EDGE + stored, actual) / (stored.length + 1));
  }
  const actual = text.slice(Math.max(0, start - stored.length), start);
  return Math.max(0, 1 - editDistance(stored, actual) / stored.length);
}

export function suffixSimilarity(stored: string, text: string, end: number): number {
  if (!stored.length) return end === text.length ? 1 : 0;
  if (cutByEdge(stored)) {
    const to = end + stored.length + 1;
    const actual = text.slice(end, to) + (to > text.length ? EDGE : '');
    return Math.max(0, 1 - editDistance(stored + EDGE, actual) / (stored.length + 1));
  }
  const actual = text.slice(end, end + stored.length);
  return Math.max(0, 1 - editDistance(stored, actual) / stored.length);
}
