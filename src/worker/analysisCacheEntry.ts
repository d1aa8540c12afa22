/**
 * What the analysis caches share (the desktop's DiskAnalysisCache, the web build's UriAnalysisCache): the
 * interface, the limits and the entry format, checked before an entry is trusted.
 */
import type { Analysis } from '../core/types';

export interface AnalysisCache {
  read(text: string): Promise<Analysis | undefined>;
  write(text: string, analysis: Analysis): Promise<void>;
}

export const MAX_CACHED_CHARS = 300_000;
export const MAX_ENTRIES = 200;
export const FORMAT = 1;

export interface Entry {
  format: number;
  length: number;
  analysis: Analysis;
}

/** The entry if it is one of ours for a text of this length, with spans inside the text. */
export function parseEntry(raw: string, length: number): Entry | undefined {
  let entry: Partial<Entry>;
  try {
    entry = JSON.parse(raw) as Partial<Entry>;
  } catch {
    return undefined;
  }
  const a = entry?.analysis;
  if (entry?.format !== FORMAT || entry.length !== length || !a) return undefined;
  if (!Array.isArray(a.sentences) || !Array.isArray(a.claims) || !Array.isArray(a.quotes)) return undefined;
  const inside = (s: { start?: unknown; end?: unknown }) =>
    typeof s?.start === 'number' && typeof s.end === 'number' && s.start >= 0 && s.start <= s.end && s.end <= length;
  if (![...a.sentences, ...a.claims, ...a.quotes].every(inside)) return undefined;
  return entry as Entry;
}
