/** FNV-1a (32-bit) over UTF-16 code units: deterministic, fast, no dependency. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * Hands out ids built from a content hash plus an occurrence counter, so the same text
 * appearing twice in one document still gets two distinct (but stable) ids.
 */
export class IdAllocator {
  private readonly seen = new Map<string, number>();
  constructor(private readonly prefix: string) {}

  next(text: string): string {
    const base = `${this.prefix}-${fnv1a(text.trim())}`;
    const n = this.seen.get(base) ?? 0;
    this.seen.set(base, n + 1);
    return n === 0 ? base : `${base}-${n + 1}`;
  }
}
