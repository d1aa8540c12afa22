/**
 * What every exporter takes: one article's review items plus the metadata a published
 * fact-check needs. Built by the CLI from files and flags, and by the editor command from
 * the ArticleService state and settings.
 */
import type { ReviewItem } from '../review/types';

export interface ExportInput {
  /** The article as the user knows it: path as typed (CLI), workspace-relative or file name (editor); shown in reports. */
  articlePath: string;
  /** The article text the items' ranges point into. */
  text: string;
  /** First non-empty line of the article. */
  headline: string;
  /** Public URL of the article (the claim's ClaimReview `itemReviewed.appearance`, the Web Annotation target). */
  url?: string;
  /**
   * The fact-check's own page, ClaimReview's `url`: a template where `{id}` stands for the review's
   * id (`https://example.org/checks/{id}`); required for ClaimReview.
   */
  factCheckUrl?: string;
  /** A fixed ClaimReview `datePublished` (CLI `--date`); without it, each review's own date, local time. */
  datePublished?: string;
  /** Publishing organisation (ClaimReview `author`). */
  organization?: string;
  organizationUrl?: string;
  /** ISO 8601 date (YYYY-MM-DD) of the export (the Markdown report's date). */
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

/** The first non-empty line, trimmed (the headline is never a claim). */
export function headlineOf(text: string): string {
  for (const line of text.split(/\r\n|\r|\n/)) {
    const trimmed = line.trim();
    if (trimmed) return trimmed;
  }
  return '';
}
