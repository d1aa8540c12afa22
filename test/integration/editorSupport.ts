/**
 * Helpers for the editor integration tests: write an article into the (temporary) workspace,
 * open it, and wait until ClaimLens has analysed it — through the extension's exported API.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ArticleState } from '../../src/articles/contracts';
import type { ArticleServiceImpl } from '../../src/articles/articleService';
import type { CommandResult } from '../../src/commands/results';
import type { Sidecar } from '../../src/core/review/types';

export interface ClaimLensApi {
  articles: ArticleServiceImpl;
}

export async function api(): Promise<ClaimLensApi> {
  const ext = vscode.extensions.getExtension<ClaimLensApi>('claimlens.claimlens');
  assert.ok(ext, 'ClaimLens is not installed');
  const exports = await ext.activate();
  assert.ok(exports?.articles, 'ClaimLens does not export its ArticleService');
  return exports;
}

export function workspaceDir(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder');
  return folder.uri.fsPath;
}

let counter = 0;

/** A short article with two check-worthy sentences (numbers), which several suites review. */
export const HARBOR_REPORT = [
  'Harbor Report',
  '',
  'Cargo volumes at the port rose 9% in 2024 to 2.3 million containers, the harbor authority said on Monday.',
  '',
  'Unemployment in the city fell to 3.1 percent last year, down from 4.5 percent in 2023.',
  '',
].join('\n');

/** Writes `text` to a fresh file under editor-tests/ (unique name) and returns its path. */
export function writeArticle(text: string, ext = '.article'): string {
  const dir = path.join(workspaceDir(), 'editor-tests');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `article-${process.pid}-${Date.now()}-${counter++}${ext}`);
  fs.writeFileSync(file, text);
  return file;
}

export async function openArticle(file: string): Promise<{ editor: vscode.TextEditor; state: ArticleState }> {
  const document = await vscode.workspace.openTextDocument(file);
  const editor = await vscode.window.showTextDocument(document);
  const state = await ready(editor.document);
  return { editor, state };
}

/** Waits until the article's items match its current text and the analysis is complete. */
export async function ready(document: vscode.TextDocument): Promise<ArticleState> {
  const { articles } = await api();
  return until(async () => {
    const s = await articles.whenReady(document.uri);
    return s && s.version === document.version && s.complete ? s : undefined;
  }, `ClaimLens did not analyse ${path.basename(document.uri.fsPath)}`);
}

/**
 * Polls `probe` until it returns a value (not undefined/false). The limit is generous on purpose:
 * a loaded 2-core CI machine runs the worker, the extension host and the browser side by side;
 * a passing run never waits for it, only a real failure does. Tests time out at 60 s.
 */
export async function until<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 40_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function readSidecar(articlePath: string): Sidecar {
  return JSON.parse(fs.readFileSync(`${articlePath}.claimlens.json`, 'utf8')) as Sidecar;
}

export function run(command: string, ...args: unknown[]): Promise<CommandResult> {
  return vscode.commands.executeCommand<CommandResult>(command, ...args) as Promise<CommandResult>;
}

export function claims(state: ArticleState) {
  return state.items.filter((i) => i.kind === 'claim' && i.range).sort((a, b) => a.range!.start - b.range!.start);
}

/** Puts the cursor at an offset (or selects a range). */
export function place(editor: vscode.TextEditor, start: number, end = start): void {
  const d = editor.document;
  editor.selection = new vscode.Selection(d.positionAt(start), d.positionAt(end));
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
