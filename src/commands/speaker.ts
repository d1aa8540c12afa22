/**
 * "Correct Speaker…": the reviewer's name for who said a quote (the detected speaker stays in the
 * analysis; the override is saved in the review file and wins everywhere). Acts on quotes: from
 * the quote hover or the tree (explicit keys), or on the quotes at the cursor / in the selection.
 */
import * as vscode from 'vscode';
import type { ArticleService } from '../articles/contracts';
import { applyReview } from './applyReview';
import { promptTitle } from './promptText';
import { isUnresolved, resolvedName } from '../core/quotes/speakerName';
import { nothing, type ReviewCommand } from './results';
import { type CommandArg, normalizeArg, toUri } from './targets';

/** The quotes under the cursor or the selections of the article's editor, as explicit keys. */
function quotesAtCursor(articles: ArticleService, arg: CommandArg): CommandArg | string {
  const editor = vscode.window.activeTextEditor;
  const uri = arg.uri ? toUri(arg.uri) : editor?.document.uri;
  if (!editor || !uri || editor.document.uri.toString() !== uri.toString()) return vscode.l10n.t('Open the article in an editor first.');
  const keys = new Set<string>();
  for (const sel of editor.selections) {
    const start = editor.document.offsetAt(sel.start);
    const end = editor.document.offsetAt(sel.end);
    for (const item of articles.itemsAt(uri, start, end)) if (item.kind === 'quote' && !item.orphaned) keys.add(item.key);
  }
  return keys.size ? { ...arg, uri, keys: [...keys] } : vscode.l10n.t('Put the cursor in a quote to correct its speaker.');
}

export function correctSpeakerCommand(articles: ArticleService): ReviewCommand {
  return async (raw, extra) => {
    let arg = normalizeArg(raw, extra);
    if (!arg.keys && !arg.key) {
      const found = quotesAtCursor(articles, arg);
      if (typeof found === 'string') return nothing(found);
      arg = found;
    }
    const given = (raw as { speaker?: unknown } | undefined)?.speaker;
    return applyReview(articles, arg, async (items) => {
      const quotes = items.filter((i) => i.kind === 'quote');
      if (quotes.length !== items.length) return undefined;
      let name: string | undefined = typeof given === 'string' ? given : undefined;
      if (name === undefined) {
        const one = quotes.length === 1 ? quotes[0] : undefined;
        // An unresolved `he` is no name to start from: the box starts empty and says which word it was.
        const current = one ? one.annotation?.speaker ?? resolvedName(one.quote?.speaker) ?? '' : '';
        const unresolved = one && !one.annotation?.speaker && isUnresolved(one.quote?.speaker) ? one.quote!.speaker!.mention.text : undefined;
        name = await vscode.window.showInputBox({
          title: promptTitle(vscode.l10n.t('Correct Speaker'), quotes),
          prompt: unresolved !== undefined
            ? vscode.l10n.t('Who is \u201c{0}\u201d? ClaimLens could not tell (empty: leave it unresolved)', unresolved)
            : vscode.l10n.t('Who said it? (empty: back to the speaker ClaimLens found)'),
          value: current,
          ignoreFocusOut: true,
          validateInput: (v) => (v.trim().length > 200 ? vscode.l10n.t('A name of at most 200 characters.') : undefined),
        });
        if (name === undefined) return undefined;
      }
      const trimmed = name.trim().slice(0, 200);
      return { speaker: trimmed === '' ? null : trimmed };
    }, (n) => (n === 1 ? vscode.l10n.t('Saved the speaker of the quote.') : vscode.l10n.t('Saved the speaker of {0} quotes.', n)));
  };
}
