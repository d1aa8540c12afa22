/**
 * One flat archive row (a JSON Lines object or a CSV row) as a fact-check. The column names
 * fact-check datasets use are accepted as aliases (case and spaces/underscores ignored):
 * a claim column is required; rating, rating value and scale, URL, date, publisher, title and
 * subtitle are read when present.
 */
import { verdictOf } from '../rating';
import type { FactCheck } from '../types';

const ALIASES: Record<'id' | 'claim' | 'title' | 'subtitle' | 'rating' | 'ratingValue' | 'bestRating' | 'worstRating' | 'url' | 'date' | 'publisher', string[]> = {
  id: ['id', 'identifier', 'claimid', 'vclaimid'],
  claim: ['claim', 'claimreviewed', 'claimtext', 'statement', 'text', 'vclaim'],
  title: ['title', 'headline', 'name', 'reviewtitle'],
  subtitle: ['subtitle', 'subheadline', 'subhead', 'alternativeheadline', 'dek'],
  rating: ['rating', 'textualrating', 'verdict', 'ruling', 'label', 'alternatename', 'truthrating'],
  ratingValue: ['ratingvalue', 'score'],
  bestRating: ['bestrating'],
  worstRating: ['worstrating'],
  url: ['url', 'link', 'reviewurl', 'factcheckurl', 'sourceurl'],
  date: ['date', 'datepublished', 'reviewdate', 'published', 'claimdate'],
  publisher: ['publisher', 'author', 'organization', 'organisation', 'site', 'factchecker', 'source'],
};

export type RecordField = keyof typeof ALIASES;

const normKey = (k: string): string => k.toLowerCase().replace(/[\s_-]+/gu, '');

/** Maps a row's own column names to ours (first alias wins); undefined when no claim column. */
export function columnMap(keys: readonly string[]): Partial<Record<RecordField, string>> | undefined {
  const byNorm = new Map<string, string>();
  for (const k of keys) if (!byNorm.has(normKey(k))) byNorm.set(normKey(k), k);
  const out: Partial<Record<RecordField, string>> = {};
  for (const [field, aliases] of Object.entries(ALIASES) as [RecordField, string[]][]) {
    const hit = aliases.find((a) => byNorm.has(normKey(a)));
    if (hit) out[field] = byNorm.get(normKey(hit));
  }
  return out.claim ? out : undefined;
}

/** A cell as trimmed text; objects with a `name` (an author) give the name. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (value && typeof value === 'object' && !Array.isArray(value) && 'name' in value) return textOf((value as { name: unknown }).name);
  if (Array.isArray(value)) return textOf(value[0]);
  return undefined;
}

export function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const n = Number(value.trim());
  return Number.isFinite(n) ? n : undefined;
}

export interface RecordPlace {
  file: string;
  line: number;
}

/** The fact-check of one row, or an error message for the row. */
export function factFromRecord(row: Record<string, unknown>, columns: Partial<Record<RecordField, string>>, where: RecordPlace): FactCheck | string {
  const get = (f: RecordField): unknown => (columns[f] === undefined ? undefined : row[columns[f]!]);
  const claim = textOf(get('claim'));
  if (!claim) return `no claim text (column "${columns.claim ?? 'claim'}" is empty)`;
  const rating = textOf(get('rating'));
  const ratingValue = numberOf(get('ratingValue'));
  const bestRating = numberOf(get('bestRating'));
  const worstRating = numberOf(get('worstRating'));
  const fact: FactCheck = {
    id: textOf(get('id')) ?? `line-${where.line}`,
    origin: 'archive',
    claim,
    verdict: verdictOf({ text: rating, value: ratingValue, worst: worstRating, best: bestRating }),
    file: where.file,
    line: where.line,
  };
  const optional = { title: textOf(get('title')), subtitle: textOf(get('subtitle')), rating, url: textOf(get('url')), date: textOf(get('date')), publisher: textOf(get('publisher')) };
  for (const [k, v] of Object.entries(optional)) if (v !== undefined) (fact as unknown as Record<string, unknown>)[k] = v;
  if (ratingValue !== undefined) fact.ratingValue = ratingValue;
  if (bestRating !== undefined) fact.bestRating = bestRating;
  if (worstRating !== undefined) fact.worstRating = worstRating;
  return fact;
}
