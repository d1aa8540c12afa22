// Foundation in a real extension host: every contributed command is registered, the news-article
// language and its settings are contributed, the ClaimLens views open, and Open Seed Article copies
// a bundled seed somewhere writable — once — and opens it as a news article.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { DEFAULT_LANGUAGES } from '../../src/settings/settings';
import { OPEN_SEED_COMMAND } from '../../src/commands/ids';
import { DEFAULT_SEED_GLOB, type OpenSeedResult } from '../../src/seeds/openSeedCommand';
import { SEED_COPY_FOLDER } from '../../src/seeds/seeds';

const EXTENSION_ID = 'claimlens.claimlens';
const SEED = '000_f9e8f79b6daea75d.txt';

interface Contributes {
  commands: Array<{ command: string; title: string; category?: string }>;
  views: Record<string, Array<{ id: string }>>;
}

function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed`);
  return ext;
}

function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder');
  return folder.uri.fsPath;
}

async function openSeed(arg?: unknown): Promise<OpenSeedResult> {
  const result = await vscode.commands.executeCommand<OpenSeedResult | undefined>(OPEN_SEED_COMMAND, arg);
  assert.ok(result, `${OPEN_SEED_COMMAND} opened nothing`);
  return result;
}

async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

describe('Foundation', function () {
  this.timeout(60_000);
  const copyDir = (): string => path.join(workspaceRoot(), SEED_COPY_FOLDER);

  before(async () => {
    await extension().activate();
    fs.rmSync(copyDir(), { recursive: true, force: true });
  });
  afterEach(closeAll);
  // Later suites share this workspace: leave no copied seeds behind.
  after(() => fs.rmSync(copyDir(), { recursive: true, force: true }));

  it('registers every contributed command, each titled in the ClaimLens category', async () => {
    const contributed = (extension().packageJSON.contributes as Contributes).commands;
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(contributed.filter((c) => !registered.has(c.command)).map((c) => c.command), []);
    assert.deepEqual(contributed.filter((c) => c.category !== 'ClaimLens' || !c.title).map((c) => c.command), []);
    assert.ok(contributed.some((c) => c.command === OPEN_SEED_COMMAND && c.title === 'Open Seed Article…'));
  });

  it('contributes the news-article language to .article files and .txt files under seeds/', async () => {
    assert.ok((await vscode.languages.getLanguages()).includes('news-article'));
    const root = workspaceRoot();
    const languageOf = async (relative: string): Promise<string> =>
      (await vscode.workspace.openTextDocument(path.join(root, relative))).languageId;
    assert.equal(await languageOf('articles/harbor-report.article'), 'news-article');
    assert.equal(await languageOf(`seeds/${SEED}`), 'news-article');
    assert.equal(await languageOf('articles/city-budget.md'), 'markdown');
  });

  it('declares the settings the code reads, with the same defaults', () => {
    const config = vscode.workspace.getConfiguration('claimlens');
    assert.deepEqual(config.inspect('languages')?.defaultValue, DEFAULT_LANGUAGES);
    assert.equal(config.inspect('seedGlob')?.defaultValue, DEFAULT_SEED_GLOB);
  });

  it('opens the ClaimLens views', async () => {
    const views = (extension().packageJSON.contributes as Contributes).views.claimlens.map((v) => v.id);
    assert.deepEqual(views, ['claimlens.review', 'claimlens.details', 'claimlens.workspace']);
    await vscode.commands.executeCommand('workbench.view.extension.claimlens');
    for (const id of views) await vscode.commands.executeCommand(`${id}.focus`);
  });

  it('Open Seed Article copies a bundled seed into claimlens-seeds/ and opens it as a news article', async () => {
    const result = await openSeed(SEED);
    const copy = path.join(copyDir(), SEED);
    assert.equal(result.copy, 'copied');
    assert.equal(result.uri.fsPath, copy);
    assert.equal(result.languageId, 'news-article');
    // The copy is the bundled seed, byte for byte, and lives outside the installed extension.
    const bundled = path.join(extension().extensionPath, 'seeds', SEED);
    assert.ok(fs.readFileSync(copy).equals(fs.readFileSync(bundled)));
    assert.ok(!copy.startsWith(extension().extensionPath + path.sep));
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.fsPath, copy);
    assert.equal(editor?.document.languageId, 'news-article');
    assert.match(editor?.document.lineAt(0).text ?? '', /Putin Explained to Tillerson/);
  });

  it('a second Open Seed Article reuses the copy and never overwrites its edits', async () => {
    const first = await openSeed(SEED);
    const copy = first.uri.fsPath;
    const document = await vscode.workspace.openTextDocument(first.uri);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(2, 0), 'Reviewer note: checked the Kremlin transcript.\n\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await document.save());
    const edited = fs.readFileSync(copy, 'utf8');
    assert.match(edited, /Reviewer note/);
    await closeAll();

    const again = await openSeed(SEED);
    assert.equal(again.copy, 'existing');
    assert.equal(again.uri.fsPath, copy);
    assert.equal(fs.readFileSync(copy, 'utf8'), edited);
    assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, copy);
    assert.match(vscode.window.activeTextEditor?.document.getText() ?? '', /Reviewer note/);
    assert.deepEqual(fs.readdirSync(copyDir()).filter((name) => !name.endsWith('.claimlens.json')), [SEED]);
  });

  it('copies into ClaimLens storage when the workspace cannot take the copy', async () => {
    fs.rmSync(copyDir(), { recursive: true, force: true });
    fs.writeFileSync(copyDir(), 'a file where the claimlens-seeds folder would go\n');
    let stored: string | undefined;
    try {
      const result = await openSeed(SEED);
      stored = result.uri.fsPath;
      assert.equal(result.copy, 'copied');
      assert.equal(path.basename(stored), SEED);
      assert.ok(!stored.startsWith(workspaceRoot() + path.sep), `copied into the workspace: ${stored}`);
      assert.ok(!stored.startsWith(extension().extensionPath + path.sep), `copied into the extension: ${stored}`);
      assert.ok(fs.readFileSync(stored).equals(fs.readFileSync(path.join(extension().extensionPath, 'seeds', SEED))));
      assert.equal(result.languageId, 'news-article');
      assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, stored);
      assert.equal(fs.readFileSync(copyDir(), 'utf8'), 'a file where the claimlens-seeds folder would go\n');
    } finally {
      await closeAll();
      fs.rmSync(copyDir(), { force: true });
      if (stored) fs.rmSync(stored, { force: true });
    }
  });

  it('opens a workspace article passed as a Uri with the news-article language', async () => {
    const file = path.join(workspaceRoot(), 'articles', 'harbor-report.article');
    const result = await openSeed(vscode.Uri.file(file));
    assert.equal(result.copy, undefined);
    assert.equal(result.uri.fsPath, file);
    assert.equal(vscode.window.activeTextEditor?.document.languageId, 'news-article');
  });

  it('says so, and opens nothing, for a seed name that is not bundled', async () => {
    const result = await vscode.commands.executeCommand<OpenSeedResult | undefined>(OPEN_SEED_COMMAND, 'no-such-seed.txt');
    assert.equal(result, undefined);
    assert.equal(fs.existsSync(path.join(copyDir(), 'no-such-seed.txt')), false);
  });
});
