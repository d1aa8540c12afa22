/**
 * What the Problems panel says about a claim or quote, and which quick fixes it offers. Pure (no
 * vscode): the diagnostics, the code actions and the decorations (which step aside for a claim the
 * Problems panel underlines) share it.
 */
import { firstWords } from '../core/review/firstWords';
import type { ReviewItem } from '../core/review/types';
import { CMD } from '../commands/ids';
import { l10n } from '../l10n/l10n';

export const CODE_UNREVIEWED = 'unreviewed-claim';
export const CODE_DISPUTED = 'disputed';

/** The diagnostic an item gets when diagnostics are on: unreviewed claims and disputed claims or quotes. */
export function problemOf(item: ReviewItem): { code: string; message: string } | undefined {
  if (!item.range || item.orphaned) return undefined;
  const words = `“${firstWords(item.text, 60)}”`;
  if (item.status === 'disputed') {
    const note = item.annotation?.note ? `: ${item.annotation.note.replace(/\s+/g, ' ').trim()}` : '';
    const message = item.kind === 'quote' ? l10n.t('{0} — disputed quote{1}', words, note) : l10n.t('{0} — disputed claim{1}', words, note);
    return { code: CODE_DISPUTED, message };
  }
  if (item.status === 'unreviewed' && item.kind === 'claim') {
    const c = item.claim;
    const message = c
      ? l10n.t('{0} — unreviewed claim ({1}, score {2}): check it against a source.', words, c.type, c.score.toFixed(2))
      : l10n.t('{0} — unreviewed claim (added by hand): check it against a source.', words);
    return { code: CODE_UNREVIEWED, message };
  }
  return undefined;
}

/**
 * The review actions a quick fix offers for an item at the cursor, by its kind and status: [title,
 * command]. Under a workspace verdict scale (`customScale`) the verdicts are picked with Mark Verdict….
 */
export function fixesFor(item: ReviewItem, customScale = false): Array<[string, string]> {
  const speaker: Array<[string, string]> = item.kind === 'quote' ? [[l10n.t('Correct Speaker…'), CMD.correctSpeaker]] : [];
  const markSourced = l10n.t('Mark as Sourced…');
  const markDisputed = l10n.t('Mark as Disputed…');
  const clearStatus = l10n.t('Clear Status');
  if (customScale && item.status !== 'dismissed') {
    return item.status === 'unreviewed'
      ? [[l10n.t('Mark Verdict…'), CMD.markVerdict], ...speaker, [l10n.t('Dismiss (not a claim)'), CMD.dismiss]]
      : [[l10n.t('Mark Verdict…'), CMD.markVerdict], [l10n.t('Edit Note…'), CMD.editNote], ...speaker, [clearStatus, CMD.clearStatus]];
  }
  switch (item.status) {
    case 'unreviewed':
      return [[markSourced, CMD.markSourced], [markDisputed, CMD.markDisputed],
        [l10n.t('Mark as Unverified'), CMD.markUnverified], ...speaker, [l10n.t('Dismiss (not a claim)'), CMD.dismiss]];
    case 'disputed':
      return [[markSourced, CMD.markSourced], [l10n.t('Edit Note…'), CMD.editNote], ...speaker, [clearStatus, CMD.clearStatus]];
    case 'sourced':
      return [[l10n.t('Add Source…'), CMD.addSource], [markDisputed, CMD.markDisputed], ...speaker, [clearStatus, CMD.clearStatus]];
    case 'unverified':
      return [[markSourced, CMD.markSourced], [markDisputed, CMD.markDisputed], ...speaker, [clearStatus, CMD.clearStatus]];
    default:
      return [[l10n.t('Restore (Clear Status)'), CMD.clearStatus]];
  }
}
