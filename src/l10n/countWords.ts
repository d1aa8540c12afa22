/**
 * Core's count sentences (src/core/review/counts.ts, English for the CLI) in the user's language, for
 * the status bar, the Review view and the Workspace view. Same numbers, same wording in English.
 */
import { formatThreshold, type ReviewCounts } from '../core/review/counts';
import { l10n } from './l10n';

/** "claims: score ≥ 0.5": the short form, beside a count. */
export function claimThresholdLabel(threshold: number): string {
  return l10n.t('claims: score ≥ {0}', formatThreshold(threshold));
}

/** The one definition of a claim, with the threshold and the setting that sets it. */
export function claimDefinition(threshold: number, setBy: string): string {
  return l10n.t('A claim is a sentence scoring at least {0} ({1}), or one added or reviewed by hand; dismissed claims are not counted. Quotes are counted apart.', formatThreshold(threshold), setBy);
}

/** "3/16 claims reviewed · 2/14 quotes · 1 disputed · 1 orphaned": claims and quotes apart. */
export function describeReviewCounts(c: ReviewCounts): string {
  const parts = [l10n.t('{0}/{1} claims reviewed', c.reviewed, c.total), l10n.t('{0}/{1} quotes', c.quotesReviewed, c.quotes)];
  if (c.disputed) parts.push(l10n.t('{0} disputed', c.disputed));
  if (c.orphaned) parts.push(l10n.t('{0} orphaned', c.orphaned));
  return parts.join(' · ');
}
