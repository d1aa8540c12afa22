/**
 * What the Problems panel says about a claim or quote, and which quick fixes it offers. Pure (no
 * vscode): the diagnostics, the code actions and the decorations (which step aside for a claim the
 * Problems panel underlines) share it.
 */
import { firstWords } from '../core/review/firstWords';
import type { ReviewItem } from '../core/review/types';
import { CMD } from '../commands/ids';

export const CODE_UNREVIEWED = 'unreviewed-claim';
export const CODE_DISPUTED = 'disputed';

/** The diagnostic an item gets when diagnostics are on: unreviewed claims and disputed claims or quotes. */
export function problemOf(item: ReviewItem): { code: string; message: string } | undefined {
  if (!item.range || item.orphaned) return undefined;
  const words = `“${firstWords(item.text, 60)}”`;
  if (item.status === 'disputed') {
    const note = item.annotation?.note ? `: ${item.annotation.note.replace(/\s+/g, ' ').trim()}` : '';
    return { code: CODE_DISPUTED, message: `${words} — disputed ${item.kind}${note}` };
  }
  if (item.status === 'unreviewed' && item.kind === 'claim') {
    const c = item.claim;
    const what = c ? `unreviewed claim (${c.type}, score ${c.score.toFixed(2)})` : 'unreviewed claim (added by hand)';
    return { code: CODE_UNREVIEWED, message: `${words} — ${what}: check it against a source.` };
  }
  return undefined;
}

/**
 * The review actions a quick fix offers for an item at the cursor, by its kind and status: [title,
 * command]. Under a workspace verdict scale (`customScale`) the verdicts are picked with Mark Verdict….
 */
export function fixesFor(item: ReviewItem, customScale = false): Array<[string, string]> {
  const speaker: Array<[string, string]> = item.kind === 'quote' ? [['Correct Speaker…', CMD.correctSpeaker]] : [];
  if (customScale && item.status !== 'dismissed') {
    return item.status === 'unreviewed'
      ? [['Mark Verdict…', CMD.markVerdict], ...speaker, ['Dismiss (not a claim)', CMD.dismiss]]
      : [['Mark Verdict…', CMD.markVerdict], ['Edit Note…', CMD.editNote], ...speaker, ['Clear Status', CMD.clearStatus]];
  }
  switch (item.status) {
    case 'unreviewed':
      return [['Mark as Sourced…', CMD.markSourced], ['Mark as Disputed…', CMD.markDisputed],
        ['Mark as Unverified', CMD.markUnverified], ...speaker, ['Dismiss (not a claim)', CMD.dismiss]];
    case 'disputed':
      return [['Mark as Sourced…', CMD.markSourced], ['Edit Note…', CMD.editNote], ...speaker, ['Clear Status', CMD.clearStatus]];
    case 'sourced':
      return [['Add Source…', CMD.addSource], ['Mark as Disputed…', CMD.markDisputed], ...speaker, ['Clear Status', CMD.clearStatus]];
    case 'unverified':
      return [['Mark as Sourced…', CMD.markSourced], ['Mark as Disputed…', CMD.markDisputed], ...speaker, ['Clear Status', CMD.clearStatus]];
    default:
      return [['Restore (Clear Status)', CMD.clearStatus]];
  }
}
