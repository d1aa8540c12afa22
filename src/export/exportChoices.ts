/** The formats offered by "ClaimLens: Export Review…" (no vscode import: unit-testable). */
import { basename, isAbsolute } from 'node:path';
import type { ExportFormat } from '../core/export/types';
import type { VerdictScale } from '../core/review/verdictScale';
import { l10n } from '../l10n/l10n';

export interface ExportChoice {
  label: string;
  description: string;
  format: ExportFormat;
  /** ClaimReview: one file per claim, saved into a chosen folder. */
  split?: boolean;
  /** Save-dialog filter. */
  filter: Record<string, string[]>;
}

/** A function, not a constant: the labels are in the user's language, known once the extension is active. */
export function exportChoices(): readonly ExportChoice[] {
  return [
    { label: l10n.t('Markdown report'), description: l10n.t('Summary, claims with status, notes and sources, quotes with speakers'), format: 'md', filter: { Markdown: ['md'] } },
    { label: 'CSV', description: l10n.t('One row per claim or quote, for spreadsheets'), format: 'csv', filter: { CSV: ['csv'] } },
    { label: 'ClaimReview JSON-LD', description: l10n.t('schema.org markup for claims of final verdicts (needs the fact-check URL template and organisation settings)'), format: 'claimreview', filter: { 'JSON-LD': ['json', 'jsonld'] } },
    { label: l10n.t('ClaimReview JSON-LD, one file per claim'), description: l10n.t('Into a folder you choose'), format: 'claimreview', split: true, filter: {} },
    { label: 'W3C Web Annotation JSON-LD', description: l10n.t('Every review as an annotation with text selectors'), format: 'annotation', filter: { 'JSON-LD': ['jsonld', 'json'] } },
  ];
}

/** Settings the export reads (`claimlens.export.*`), trimmed; empty = not configured. */
export interface ExportSettings {
  organization: string;
  organizationUrl: string;
  articleUrl: string;
  /** `claimlens.claimReview.urlTemplate`: the fact-check page of each review. */
  claimReviewUrlTemplate: string;
  /** `claimlens.claimReview.includeUnverified`: export claims of non-final verdicts too (Unverified in the default scale). */
  includeUnverified: boolean;
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

/** Why a ClaimReview export has nothing to publish, naming the scale's verdicts. */
export function nothingToPublish(scale: VerdictScale, includeNonFinal: boolean): string {
  const list = (labels: string[]) => labels.length <= 1 ? labels.join('') : l10n.t('{0} or {1}', labels.slice(0, -1).join(', '), labels[labels.length - 1]);
  const final = scale.verdicts.filter((v) => v.final).map((v) => v.label);
  const other = scale.verdicts.filter((v) => !v.final).map((v) => v.label);
  return includeNonFinal || other.length === 0
    ? l10n.t('no reviewed claims to export as ClaimReview yet (mark claims {0}).', list([...final, ...other]))
    : l10n.t('no reviewed claims to export as ClaimReview yet (mark claims {0}; {1} only with claimlens.claimReview.includeUnverified).', list(final), list(other));
}
