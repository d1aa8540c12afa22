/**
 * What every exporter takes: one article's review items plus the metadata a published
 * fact-check needs. Built by the CLI from files and flags, and by the editor command from
 * the ArticleService state and settings.
 */
import { HEADLINE_MAX_CHARS, headlineLine, looksLikeProse } from '../text/headline';
import type { ReviewItem } from '../review/types';
import type { VerdictScale } from '../review/verdictScale';

export interface ExportInput {
  /** The article as the user knows it: path as typed (CLI), workspace-relative or file name (editor); shown in reports. */
  articlePath: string;
  /** The article text the items' ranges point into. */
  text: string;
  /** First non-empty line of the article. */
  headline: string;
  /** The article's public URL (ClaimReview `itemReviewed.appearance.url`, Web Annotation target). */
  url?: string;
  /**
   * ClaimReview `url`, the fact-check's own page: a template with `{id}` (the review's id) and
   * `{article}` (the article's file name without extension). Required for ClaimReview.
   */
  claimReviewUrlTemplate?: string;
  /** ClaimReview: also export verdicts that are not final (unverified), with their textual rating only. */
  includeUnverified?: boolean;
  /** The organisation's verdicts (`.claimlens/verdicts.json`); default: sourced / disputed / unverified. */
  scale?: VerdictScale;
  /** ClaimReview `datePublished` of every review (CLI --date); default: the local date of each review's last change. */
  datePublished?: string;
  /** Publishing organisation (ClaimReview `author`). */
  organization?: string;
  organizationUrl?: string;
  /** The day of the export, local (YYYY-MM-DD): the Markdown report's date. */
  date: string;
  items: readonly ReviewItem[];
}

export type ExportFormat = 'md' | 'csv' | 'claimreview' | 'annotation';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['md', 'csv', 'claimreview', 'annotation'];

/** One file an exporter produces: a name suffix (e.g. `.claimreview.json`) and its content. */
export interface ExportFile {
  suffix: string;
  content: string;
}

export { HEADLINE_MAX_CHARS };

/**
 * The article's headline: the line the News Article grammar styles (core/text/headline.ts headlineLine: the
 * first line, or after a paragraph of prose typed above it the first later short line not ending like a
 * sentence); failing that, the first non-empty line (an export needs a title).
 */
export function headlineOf(text: string): string {
  const h = headlineLine(text);
  if (h) return text.slice(h.start, h.end);
  const lines = text.split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0) return '';
  if (!looksLikeProse(lines[0])) return lines[0];
  return lines.find((l) => Array.from(l).length <= HEADLINE_MAX_CHARS && !/[.!?:;"\u201d\u2019\u00bb]$/u.test(l)) ?? lines[0];
}
