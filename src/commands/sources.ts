/** "Mark as Sourced…" and "Add Source…": a source URL checked by core's one rule, asked for when not given. */
import * as vscode from 'vscode';
import type { ArticleService } from '../articles/contracts';
import { validateSourceUrl } from '../core/review/sourceUrl';
import { sourceUrlMessage, sourceUrlProblems } from '../l10n/sourceUrlWords';
import { applyReview } from './applyReview';
import { promptTitle, subjectOf } from './promptText';
import { fail, type ReviewCommand } from './results';
import { type CommandArg, normalizeArg } from './targets';

function urlProblem(url: string): string | undefined {
  const check = validateSourceUrl(url);
  return check.ok ? undefined : sourceUrlMessage(check, sourceUrlProblems());
}

/** The source from the argument (checked) or an input box (checked as the user types); a string is the problem. */
async function askUrl(arg: CommandArg, title: string, prompt: string): Promise<{ url: string; title?: string } | string | undefined> {
  if (arg.url !== undefined) {
    const problem = urlProblem(arg.url);
    return problem ?? { url: arg.url.trim(), title: arg.title };
  }
  const url = await vscode.window.showInputBox({
    title, prompt, placeHolder: 'https://…', ignoreFocusOut: true,
    validateInput: (v) => urlProblem(v),
  });
  return url === undefined ? undefined : { url: url.trim() };
}

/** Mark as Sourced (status 'sourced') or Add Source (status unchanged). */
export function sourceCommand(articles: ArticleService, markSourced: boolean): ReviewCommand {
  return async (raw, extra) => {
    const arg = normalizeArg(raw, extra);
    let problem: string | undefined;
    const result = await applyReview(articles, arg, async (items) => {
      const src = await askUrl(arg, promptTitle(markSourced ? vscode.l10n.t('Mark as Sourced') : vscode.l10n.t('Add Source'), items),
        markSourced ? vscode.l10n.t('Source URL that backs {0}', subjectOf(items)) : vscode.l10n.t('Source URL to add to {0}', subjectOf(items)));
      if (src === undefined) return undefined;
      if (typeof src === 'string') {
        problem = src;
        return undefined;
      }
      return markSourced ? { status: 'sourced', addSource: src } : { addSource: src };
    }, (n) => sourcedMessage(markSourced, n));
    return problem ? fail(problem) : result;
  };
}

function sourcedMessage(markSourced: boolean, n: number): string {
  if (markSourced) return n === 1 ? vscode.l10n.t('Marked claim sourced.') : vscode.l10n.t('Marked {0} claims sourced.', n);
  return n === 1 ? vscode.l10n.t('Added the source to claim.') : vscode.l10n.t('Added the source to {0} claims.', n);
}
