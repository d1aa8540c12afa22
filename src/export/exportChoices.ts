/** The formats offered by "ClaimLens: Export Review…" (no vscode import: unit-testable). */
import { basename, isAbsolute } from 'node:path';
import type { ExportFormat } from '../core/export/types';

export interface ExportChoice {
  label: string;
  description: string;
  format: ExportFormat;
  /** ClaimReview: one file per claim, saved into a chosen folder. */
  split?: boolean;
  /** Save-dialog filter. */
  filter: Record<string, string[]>;
}

export const EXPORT_CHOICES: readonly ExportChoice[] = [
  { label: 'Markdown report', description: 'Summary, claims with status, notes and sources, quotes with speakers', format: 'md', filter: { Markdown: ['md'] } },
  { label: 'CSV', description: 'One row per claim or quote, for spreadsheets', format: 'csv', filter: { CSV: ['csv'] } },
  { label: 'ClaimReview JSON-LD', description: 'schema.org markup for reviewed claims (needs the organisation and fact-check URL settings)', format: 'claimreview', filter: { 'JSON-LD': ['json', 'jsonld'] } },
  { label: 'ClaimReview JSON-LD, one file per claim', description: 'Into a folder you choose', format: 'claimreview', split: true, filter: {} },
  { label: 'W3C Web Annotation JSON-LD', description: 'Every review as an annotation with text selectors', format: 'annotation', filter: { 'JSON-LD': ['jsonld', 'json'] } },
];

/** Settings the export reads (`claimlens.export.*`), trimmed; empty = not configured. */
export interface ExportSettings {
  organization: string;
  organizationUrl: string;
  articleUrl: string;
  /** ClaimReview `url` template (`{id}`: the review's id). */
  factCheckUrl: string;
}

/**
 * How an export names its article (CSV `article` column, Markdown "Article:" line): the
 * workspace-relative path, like the CLI's typed path, or for a file outside the workspace
 * (asRelativePath then returns it unchanged) just its name, never an absolute path, which
 * would publish the user's folder layout.
 */
export function exportArticlePath(fsPath: string, workspaceRelative: string): string {
  return isAbsolute(workspaceRelative) ? basename(fsPath) : workspaceRelative;
}
