/** The quote hover names the engine rules that found, attributed and shaped the quote, and offers Correct Speaker…. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, openArticle, readSidecar, run, writeArticle } from './editorSupport';

const ARTICLE = ['Harbor Notes', '', '"We will finish the new pier by the spring," the harbor master said on Monday.', ''].join('\n');

describe('quote hover', function () {
  this.timeout(60_000);
  afterEach(closeAll);

  it('lists the rule ids of the quote', async () => {
    const { editor, state } = await openArticle(writeArticle(ARTICLE));
    const quote = state.items.find((i) => i.kind === 'quote' && i.quote?.text.includes('new pier'));
    assert.ok(quote?.range, JSON.stringify(state.items.map((i) => i.kind)));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(quote.range.start + 2));
    const text = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value)).join('\n');
    assert.match(text, /Rules: `marks\.double` · `after\.x-said` · `kind\.whole-sentence`/);
  });

  it('offers Correct Speaker…, which saves the reviewer\'s name for the speaker', async () => {
    const { editor, state } = await openArticle(writeArticle(ARTICLE));
    const quote = state.items.find((i) => i.kind === 'quote' && i.quote?.text.includes('new pier'))!;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(quote.range!.start + 2));
    const md = hovers.flatMap((h) => h.contents).find((c): c is vscode.MarkdownString => typeof c !== 'string' && /ClaimLens · Quote/.test((c as vscode.MarkdownString).value))!;
    assert.match(md.value, /Correct Speaker…\]\(command:claimlens\.correctSpeaker\?/);
    assert.ok((md.isTrusted as { enabledCommands: string[] }).enabledCommands.includes('claimlens.correctSpeaker'));
    const r = await run('claimlens.correctSpeaker', { uri: editor.document.uri.toString(), keys: [quote.key], speaker: 'Ann Harbor' });
    assert.equal(r.ok, true, r.message);
    // The review is saved before the command returns.
    const saved = readSidecar(editor.document.uri.fsPath).annotations.find((a) => a.kind === 'quote');
    assert.equal(saved?.speaker, 'Ann Harbor');
  });
});
