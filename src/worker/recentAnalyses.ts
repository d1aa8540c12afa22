/**
 * The analyses of the articles closed last, kept in memory (issue 20): an article reopened as it was
 * closed is painted in the same extension host task that learns of it, with no round trip to the worker
 * and no read of the disk cache (./analysisCache.ts), both of which came after the text was shown. Bounded
 * by count and by characters; the least recently closed goes first.
 */
import type { Analysis } from '../core/types';

export const RECENT_MAX_ENTRIES = 8;
/** Total characters of the texts kept (their analyses are kept with them). */
export const RECENT_MAX_CHARS = 1_000_000;

export class RecentAnalyses {
  /** By document id, in the order closed (a Map keeps insertion order). */
  private readonly entries = new Map<string, { text: string; analysis: Analysis }>();
  private chars = 0;

  constructor(
    private readonly maxEntries = RECENT_MAX_ENTRIES,
    private readonly maxChars = RECENT_MAX_CHARS,
  ) {}

  /** Keeps the complete analysis of `text`, the document's text as it was closed. */
  remember(docId: string, text: string, analysis: Analysis): void {
    this.forget(docId);
    if (text.length > this.maxChars) return;
    this.entries.set(docId, { text, analysis });
    this.chars += text.length;
    for (const [oldest] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.chars <= this.maxChars) break;
      this.forget(oldest);
    }
  }

  /** The analysis kept for this document if its text is the same, and forgets it (the open document has its own). */
  take(docId: string, text: string): Analysis | undefined {
    const entry = this.entries.get(docId);
    this.forget(docId);
    return entry?.text === text ? entry.analysis : undefined;
  }

  get size(): number {
    return this.entries.size;
  }

  private forget(docId: string): void {
    const entry = this.entries.get(docId);
    if (!entry) return;
    this.entries.delete(docId);
    this.chars -= entry.text.length;
  }
}
