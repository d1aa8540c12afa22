/** "Edit Note…", and the note prompt "Mark as Disputed…" shares. */
import * as vscode from 'vscode';
import type { ArticleService } from '../articles/contracts';
import type { ReviewItem } from '../core/review/types';
import { applyReview, claimsWord } from './applyReview';
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
      const note = await askNote(arg, items, 'Note', items.length === 1 ? 'Note for this claim (empty clears it)' : 'Note for each of them (empty clears it)');
      return note === undefined ? undefined : { note };
    }, (n) => `Saved the note on ${claimsWord(n)}.`);
  };
}
