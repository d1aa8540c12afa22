/**
 * The words of a review status, in one place: what the tree, the hover, the status bar, the
 * Claim Details webview, the commands and the Markdown report call each status, its icon and its
 * theme colour. Plain data (no vscode), so the webview bundle and the CLI can import it too.
 */
import type { BuiltInStatus, ReviewStatus } from './types';

export { REVIEW_STATUSES, type ReviewStatus } from './types';

export interface StatusWords {
  /** Title-case name: tree groups, tooltips, the report. */
  label: string;
  /** Prefix of the status in the Markdown report (empty for dismissed, which the report leaves out). */
  emoji: string;
  /** Codicon id of the status in the tree and the hover. */
  codicon: string;
  /** Theme colour (package.json `contributes.colors`) of that icon. */
  iconColor: string;
  /** Label of the button that sets it in Claim Details, and what the button says on hover. */
  button: string;
  buttonHint: string;
}

// status       label         emoji codicon                 button        hint of the button
const TABLE: readonly (readonly [BuiltInStatus, string, string, string, string, string])[] = [
  ['unreviewed', 'Unreviewed', '⏳', 'circle-large-outline', 'Clear', 'Back to unreviewed'],
  ['sourced', 'Sourced', '✅', 'pass-filled', 'Sourced', 'Backed by a source'],
  ['disputed', 'Disputed', '❌', 'error', 'Disputed', 'Contradicted by evidence'],
  ['unverified', 'Unverified', '❔', 'question', 'Unverified', 'Could not be checked'],
  ['dismissed', 'Dismissed', '', 'circle-slash', 'Dismiss', 'Not a claim'],
];

/** The built-in statuses' words; a workspace scale's verdicts are looked up with statusLook (./statusLook.ts). */
export const STATUS_WORDS: Readonly<Record<BuiltInStatus, StatusWords>> = Object.fromEntries(
  TABLE.map(([status, label, emoji, codicon, button, buttonHint]) => [
    status, { label, emoji, codicon, iconColor: `claimlens.sidebar.${status}Icon`, button, buttonHint },
  ]),
) as Record<BuiltInStatus, StatusWords>;

/** Order of the status buttons in Claim Details: the verdicts first, then clear and dismiss. */
export const BUTTON_ORDER: readonly BuiltInStatus[] = ['sourced', 'disputed', 'unverified', 'unreviewed', 'dismissed'];

/** The default scale's verdicts. */
export const REVIEWED_STATUSES: readonly ReviewStatus[] = ['sourced', 'disputed', 'unverified'];

/**
 * A reviewer has given a verdict (any verdict id, of the default scale, the workspace's, or one the
 * scale no longer defines): these count as "reviewed" in the status bar, the views and the CLI.
 */
export function isReviewed(status: string): boolean {
  return status !== 'unreviewed' && status !== 'dismissed';
}

/** Statuses that are painted in the editor (dismissed items get no decoration). */
export type VisibleStatus = Exclude<BuiltInStatus, 'dismissed'>;
export const VISIBLE_STATUSES: readonly VisibleStatus[] = ['unreviewed', 'sourced', 'disputed', 'unverified'];

/** Theme colours (package.json `contributes.colors`) of a built-in status's editor decorations. */
export function decorationColors(status: VisibleStatus): { claimBackground: string; claimBorder: string; quoteBorder: string; ruler: string } {
  const name = STATUS_WORDS[status].label;
  return {
    claimBackground: `claimlens.claim${name}Background`,
    claimBorder: `claimlens.claim${name}Border`,
    quoteBorder: `claimlens.quote${name}Border`,
    ruler: `claimlens.ruler${name}`,
  };
}

/**
 * Visible statuses from the most urgent to the least: a disputed claim needs a write-up, an
 * unreviewed one a look, an unverified one perhaps another try, a sourced one nothing. Where only one
 * status can be shown for several claims (a line's gutter icon), the most urgent wins.
 */
export const URGENCY_ORDER: readonly VisibleStatus[] = ['disputed', 'unreviewed', 'unverified', 'sourced'];

/** An orphan (its text is gone) has its own icon whatever its status. */
export const ORPHAN_ICON = { codicon: 'debug-disconnect', iconColor: 'claimlens.sidebar.orphanedIcon' } as const;
