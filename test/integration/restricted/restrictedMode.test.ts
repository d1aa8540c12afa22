/**
 * Restricted Mode: workspace trust on and this folder untrusted (the launcher's second extension host).
 * ClaimLens declares `capabilities.untrustedWorkspaces` supported ("limited": it runs no workspace code), so
 * VS Code keeps it enabled: it activates, analyses an article (the claims and quotes the decorations
 * paint), hovers a claim and saves a review beside the article, as in a trusted folder. The one restricted
 * setting, the reviewer name, is not taken from the untrusted folder: a repository cannot sign your reviews.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { api, claims, closeAll, openArticle, readSidecar, ready, run, writeArticle } from '../editorSupport';

const ARTICLE = [
  'Harbor Report',
  '',
  'Cargo volumes at the port rose 9% in 2024 to 2.3 million containers, the harbor authority said on Monday.',
  '',
  '"We expect another record year," said Dana Ruiz, the port director.',
  '',
].join('\n');

describe('Restricted Mode (workspace trust on, folder untrusted)', function () {
  this.timeout(60_000);
  after(() => closeAll());

  it('runs in an untrusted workspace', () => {
    assert.equal(vscode.workspace.isTrusted, false, 'the launcher should open this folder untrusted');
  });

  it('keeps ClaimLens enabled and activates it', async () => {
    const extension = vscode.extensions.getExtension('claimlens.claimlens');
    assert.ok(extension, 'ClaimLens is disabled in Restricted Mode (capabilities.untrustedWorkspaces)');
    const capability = extension.packageJSON.capabilities?.untrustedWorkspaces;
    assert.equal(capability?.supported, 'limited');
    assert.deepEqual(capability?.restrictedConfigurations, ['claimlens.reviewerName']);
    await api();
    assert.equal(extension.isActive, true);
  });

  it('analyses, hovers and reviews an article, under your name, not one the untrusted folder sets', async () => {
    await vscode.workspace.getConfiguration('claimlens').update('reviewerName', 'Mallory from the repository', vscode.ConfigurationTarget.Workspace);
    const file = writeArticle(ARTICLE);
    const { editor, state } = await openArticle(file);
    const claim = claims(state)[0];
    assert.ok(claim, 'a claim is found');
    assert.ok(state.items.some((i) => i.kind === 'quote'), 'a quote is found');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(claim.range!.start + 2));
    const text = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value)).join('\n');
    assert.match(text, /ClaimLens · Claim/);
    const r = await run('claimlens.markDisputed', { uri: editor.document.uri, keys: [claim.key], note: 'Checked in Restricted Mode' });
    assert.equal(r.ok, true, r.message);
    await ready(editor.document);
    assert.ok(fs.existsSync(`${file}.claimlens.json`));
    const saved = readSidecar(file).annotations[0];
    assert.equal(saved?.status, 'disputed');
    assert.notEqual(saved?.created.by, 'Mallory from the repository');
  });
});
