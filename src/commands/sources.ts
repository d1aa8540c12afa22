/** "Mark as Sourced…" and "Add Source…": a source URL checked by core's one rule, asked for when not given. */
import * as vscode from 'vscode';
import type { ArticleService } from '../articles/contracts';
import { validateSourceUrl } from '../core/review/sourceUrl';
import { applyReview, claimsWord } from './applyReview';
import { promptTitle, subjectOf } from './promptText';
import { fail, type ReviewCommand } from './results';
import { type CommandArg, normalizeArg } from './targets';

function urlProblem(url: string): string | undefined {
  const check = validateSourceUrl(url);
  return check.ok ? undefined : check.error;
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
      const src = await askUrl(arg, promptTitle(markSourced ? 'Mark as Sourced' : 'Add Source', items),
        markSourced ? `Source URL that backs ${subjectOf(items)}` : `Source URL to add to ${subjectOf(items)}`);
      if (src === undefined) return undefined;
      if (typeof src === 'string') {
        problem = src;
        return undefined;
      }
      return markSourced ? { status: 'sourced', addSource: src } : { addSource: src };
    }, (n) => (markSourced ? `Marked ${claimsWord(n)} sourced.` : `Added the source to ${claimsWord(n)}.`));
    return problem ? fail(problem) : result;
  };
}
