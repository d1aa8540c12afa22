/**
 * How well the text around a candidate matches the stored prefix/suffix. The comparison is
 * aligned at the quote boundary (edit distance between the stored context and the same
 * number of characters next to the candidate), not a substring search: a substring search
 * finds some loose match in any English text (≈0.4 for unrelated text), which would let a
 * look-alike sentence borrow credibility it does not have. Strings are ≤ 64 characters, so
 * the plain dynamic-programming distance is cheap.
 */

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

/** 1 = identical context, 0 = nothing in common. An empty stored context means "text edge". */
export function prefixSimilarity(stored: string, text: string, start: number): number {
  if (!stored.length) return start === 0 ? 1 : 0;
  const actual = text.slice(Math.max(0, start - stored.length), start);
  return Math.max(0, 1 - editDistance(stored, actual) / stored.length);
}

export function suffixSimilarity(stored: string, text: string, end: number): number {
  if (!stored.length) return end === text.length ? 1 : 0;
  const actual = text.slice(end, end + stored.length);
  return Math.max(0, 1 - editDistance(stored, actual) / stored.length);
}
