/** The status commands: Mark as Unverified, Clear Status, Dismiss, and Mark as Disputed… (with a note). */
import type { ArticleService } from '../articles/contracts';
import * as vscode from 'vscode';
import type { ReviewStatus } from '../core/review/types';
import { statusLabel } from '../l10n/statusWords';
import { applyReview } from './applyReview';
import { askNote } from './note';
import { subjectOf } from './promptText';
import type { ReviewCommand } from './results';
import { normalizeArg } from './targets';

export function setStatusCommand(articles: ArticleService, status: ReviewStatus): ReviewCommand {
  return async (raw, extra) => applyReview(articles, normalizeArg(raw, extra), async () => ({ status }), (n) => markedMessage(n, status));
}

export function markDisputedCommand(articles: ArticleService): ReviewCommand {
  return async (raw, extra) => {
    const arg = normalizeArg(raw, extra);
    return applyReview(articles, arg, async (items) => {
      const note = await askNote(arg, items, vscode.l10n.t('Mark as Disputed'), vscode.l10n.t('Why is {0} disputed? (optional note)', subjectOf(items)));
      if (note === undefined) return undefined;
      // An empty answer keeps any existing note rather than wiping it.
      return note.trim() ? { status: 'disputed', note } : { status: 'disputed' };
    }, (n) => markedMessage(n, 'disputed'));
  };
}

/** Whole sentences per status: the status word is an adjective whose form differs between languages. */
function markedMessage(n: number, status: ReviewStatus): string {
  const one = n === 1;
  switch (status) {
    case 'sourced': return one ? vscode.l10n.t('Marked claim sourced.') : vscode.l10n.t('Marked {0} claims sourced.', n);
    case 'disputed': return one ? vscode.l10n.t('Marked claim disputed.') : vscode.l10n.t('Marked {0} claims disputed.', n);
    case 'unverified': return one ? vscode.l10n.t('Marked claim unverified.') : vscode.l10n.t('Marked {0} claims unverified.', n);
    case 'dismissed': return one ? vscode.l10n.t('Marked claim dismissed.') : vscode.l10n.t('Marked {0} claims dismissed.', n);
    case 'unreviewed': return one ? vscode.l10n.t('Marked claim unreviewed.') : vscode.l10n.t('Marked {0} claims unreviewed.', n);
    default: return vscode.l10n.t('Marked {0} claim(s): {1}.', n, statusLabel(status));
  }
}
