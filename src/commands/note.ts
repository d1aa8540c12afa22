/** "Edit Note…", and the note prompt "Mark as Disputed…" shares. */
import * as vscode from 'vscode';
import type { ArticleService } from '../articles/contracts';
import type { ReviewItem } from '../core/review/types';
import { applyReview } from './applyReview';
import { promptTitle } from './promptText';
import type { ReviewCommand } from './results';
import { type CommandArg, normalizeArg } from './targets';

/** The note given in the argument (tests, other views), else asked for; undefined = cancelled. */
export async function askNote(arg: CommandArg, items: ReviewItem[], action: string, prompt: string): Promise<string | undefined> {
  if (arg.note !== undefined) return arg.note;
  const existing = items.length === 1 ? items[0].annotation?.note ?? '' : '';
  return vscode.window.showInputBox({ title: promptTitle(action, items), prompt, value: existing, ignoreFocusOut: true });
}

export function editNoteCommand(articles: ArticleService): ReviewCommand {
  return async (raw, extra) => {
    const arg = normalizeArg(raw, extra);
    return applyReview(articles, arg, async (items) => {
      const note = await askNote(arg, items, vscode.l10n.t('Note'), items.length === 1 ? vscode.l10n.t('Note for this claim (empty clears it)') : vscode.l10n.t('Note for each of them (empty clears it)'));
      return note === undefined ? undefined : { note };
    }, (n) => (n === 1 ? vscode.l10n.t('Saved the note on claim.') : vscode.l10n.t('Saved the note on {0} claims.', n)));
  };
}
