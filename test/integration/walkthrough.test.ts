/**
 * The Get Started walkthrough in a real extension host: *ClaimLens: Get Started* opens it (a
 * non-text editor takes the front), and the commands its step buttons run act on the article
 * open beside it — Next Unreviewed Claim moves the cursor there and gives it the focus, Open
 * Review File opens the review file in the article's group, not over the walkthrough.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CMD, OPEN_WALKTHROUGH_COMMAND } from '../../src/commands/ids';
import { api, claims, closeAll, ready, run, until, writeArticle } from './editorSupport';

const ARTICLE = [
  'Harbor Authority Says Cargo Volumes Hit Record High',
  '',
  'Cargo volumes at the port rose 9% in 2024 to 2.3 million containers, the harbor authority said on Monday.',
  '',
  'Unemployment in the city fell to 3.1 percent last year, down from 4.5 percent in 2023.',
  '',
].join('\n');

/** Opens the walkthrough, then the article beside it without taking the focus: the walkthrough stays in front. */
async function walkthroughBesideArticle(file: string): Promise<vscode.TextEditor> {
  await vscode.commands.executeCommand(OPEN_WALKTHROUGH_COMMAND);
  const front = await until(() => vscode.window.tabGroups.activeTabGroup.activeTab, 'the walkthrough opened');
  assert.ok(!(front.input instanceof vscode.TabInputText), `a walkthrough in front, not ${front.label}`);
  const document = await vscode.workspace.openTextDocument(file);
  const article = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
  await ready(document);
  await until(() => vscode.window.activeTextEditor === undefined, 'the walkthrough still in front');
  assert.equal(vscode.window.tabGroups.activeTabGroup.activeTab?.label, front.label);
  return article;
}

function describeGroups(): string {
  return vscode.window.tabGroups.all.map((g) => `${g.viewColumn}${g.isActive ? '*' : ''}: ${g.tabs.map((t) => t.label).join(', ')}`).join(' | ');
}

describe('walkthrough', function () {
  this.timeout(60_000);
  afterEach(closeAll);

  it('opens with ClaimLens: Get Started, and its buttons act on the article beside it', async () => {
    const file = writeArticle(ARTICLE);
    const article = await walkthroughBesideArticle(file);
    const { articles } = await api();
    const [first] = claims(articles.get(article.document.uri)!);

    const next = await run(CMD.nextUnreviewed);
    assert.equal(next.ok, true, next.message);
    assert.deepEqual(next.keys, [first.key]);
    assert.equal(vscode.window.activeTextEditor?.document, article.document, 'the article takes the focus');
    assert.equal(article.document.offsetAt(article.selection.start), first.range!.start);

    const marked = await run(CMD.markUnverified);
    assert.equal(marked.ok, true, marked.message);

    // Again from the start (once an article had the focus, VS Code keeps it as the active text editor
    // behind the walkthrough, and the command acts on it anyway).
    await closeAll();
    const again = await walkthroughBesideArticle(file);
    const opened = await run(CMD.openSidecar);
    assert.equal(opened.ok, true, opened.message);
    const sidecar = vscode.window.activeTextEditor;
    assert.ok(sidecar?.document.uri.path.endsWith('.claimlens.json'), sidecar?.document.uri.path);
    assert.equal(sidecar.viewColumn, again.viewColumn, `in the article's group: ${describeGroups()}`);
    assert.ok(vscode.window.tabGroups.all[0].tabs.some((t) => !(t.input instanceof vscode.TabInputText)), 'the walkthrough stays open');
  });

  it('acts on no article when several are visible and none is in front', async () => {
    const a = writeArticle(ARTICLE);
    await walkthroughBesideArticle(a);
    const b = await vscode.workspace.openTextDocument(writeArticle(ARTICLE));
    await vscode.window.showTextDocument(b, { viewColumn: vscode.ViewColumn.Three, preserveFocus: true });
    await ready(b);
    await until(() => vscode.window.visibleTextEditors.length === 2 && vscode.window.activeTextEditor === undefined, 'two articles beside the walkthrough');
    const next = await run(CMD.nextUnreviewed);
    assert.equal(next.ok, false);
    assert.equal(next.message, 'Open an article first.');
  });
});
