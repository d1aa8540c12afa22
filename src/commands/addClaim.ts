/** "Add Claim from Selection": a hand-made claim for the selected text. */
import * as vscode from 'vscode';
import type { ArticleService } from '../articles/contracts';
import { errorMessage, fail, nothing, type ReviewCommand, succeeded } from './results';
import { normalizeArg, toUri } from './targets';

export function addClaimCommand(articles: ArticleService): ReviewCommand {
  return async (raw) => {
    const arg = normalizeArg(raw);
    const editor = vscode.window.activeTextEditor;
    if (!editor) return nothing(vscode.l10n.t('Open an article and select the text of the claim.'));
    const uri = arg.uri ? toUri(arg.uri) : editor.document.uri;
    const state = articles.get(uri);
    if (!state) return nothing(vscode.l10n.t('This file is not a ClaimLens article.'));
    if (state.readOnlyReason) return fail(state.readOnlyReason);
    const sel = editor.selection;
    if (sel.isEmpty) return nothing(vscode.l10n.t('Select the text of the claim first.'));
    try {
      const key = await articles.addClaim(uri, editor.document.offsetAt(sel.start), editor.document.offsetAt(sel.end));
      return succeeded(vscode.l10n.t('Added the claim.'), [key]);
    } catch (e) {
      return fail(errorMessage(e));
    }
  };
}
