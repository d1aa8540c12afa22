/**
 * Paragraph analyses keyed by paragraph content, least recently used first out.
 * Bounded by entry count and by total characters of the keys so that a long session
 * (many documents, much typing) cannot grow memory without limit.
 */
export interface ParagraphCacheLimits {
  maxEntries: number;
  maxChars: number;
}

export const DEFAULT_CACHE_LIMITS: ParagraphCacheLimits = { maxEntries: 20_000, maxChars: 8_000_000 };

export class ParagraphCache<R> {
  // A Map iterates in insertion order: re-inserting on a hit keeps the oldest entry first.
  private readonly entries = new Map<string, R>();
  private chars = 0;

  constructor(private readonly limits: ParagraphCacheLimits = DEFAULT_CACHE_LIMITS) {}

  get size(): number {
    return this.entries.size;
  }

  get totalChars(): number {
    return this.chars;
  }

  get(content: string): R | undefined {
    const hit = this.entries.get(content);
    if (hit !== undefined) {
      this.entries.delete(content);
      this.entries.set(content, hit);
    }
    return hit;
  }

  set(content: string, result: R): void {
    if (this.entries.has(content)) {
      this.entries.delete(content);
    } else {
      this.chars += content.length;
    }
    this.entries.set(content, result);
    this.evict();
  }

  clear(): void {
    this.entries.clear();
    this.chars = 0;
  }

  private evict(): void {
    while (this.entries.size > this.limits.maxEntries || (this.chars > this.limits.maxChars && this.entries.size > 1)) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
      this.chars -= oldest.length;
    }
  }
}
