/**
 * The workspace's verdict scale in the editor: each workspace folder's `.claimlens/verdicts.json`
 * (core verdictScale.ts reads and checks it), reloaded when the file is created, saved or deleted.
 * A file with problems gets one clear message (every problem in the ClaimLens log) and the folder
 * falls back to the default scale until it is fixed; reviews are never touched by it: a verdict
 * the scale lacks stays in the review file and is shown as an unknown verdict.
 */
import * as vscode from 'vscode';
import { DEFAULT_VERDICT_SCALE, parseVerdictScale, VERDICTS_FILE, type VerdictScale } from '../core/review/verdictScale';

export interface VerdictScales {
  /** The scale of the workspace folder holding `uri` (the first folder's without one; the default without a file). */
  scaleFor(uri?: vscode.Uri): VerdictScale;
  readonly onDidChange: vscode.Event<void>;
}

interface FolderScale {
  scale: VerdictScale;
  /** The file's problems, when it has some (the default scale is then in use). */
  errors?: string[];
}

const MAX_SHOWN_ERRORS = 3;
/** How long after `.claimlens/` appears its verdict file is read again. */
const FOLDER_SETTLE_MS = 1000;

export class WorkspaceVerdictScales implements VerdictScales, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly folders = new Map<string, FolderScale>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private loading: Promise<void> = Promise.resolve();

  constructor(private readonly log: vscode.LogOutputChannel) {
    const reload = () => void this.reload();
    // A file written right after its folder was created can beat the watcher of that new folder (a CI run missed
    // one): a created `.claimlens/` is read again a moment later too.
    let again: ReturnType<typeof setTimeout> | undefined;
    const reloadTwice = () => {
      reload();
      clearTimeout(again);
      again = setTimeout(reload, FOLDER_SETTLE_MS);
    };
    this.disposables.push({ dispose: () => clearTimeout(again) });
    // The file, and its folder: deleting `.claimlens/` reports the folder only.
    const watch = (glob: string, onCreate: () => void) => {
      const watcher = vscode.workspace.createFileSystemWatcher(glob);
      this.disposables.push(watcher, watcher.onDidCreate(onCreate), watcher.onDidChange(reload), watcher.onDidDelete(reload));
    };
    watch(`**/${VERDICTS_FILE}`, reload);
    watch(`**/${VERDICTS_FILE.split('/')[0]}`, reloadTwice);
    this.disposables.push(
      vscode.workspace.onDidChangeWorkspaceFolders(reload),
      vscode.window.onDidChangeActiveTextEditor(() => this.updateContextKey()),
      this.onDidChange(() => this.updateContextKey()));
    void this.reload();
    this.updateContextKey();
  }

  /** Resolves when the files of the last change are read. */
  whenLoaded(): Promise<void> {
    return this.loading;
  }

  scaleFor(uri?: vscode.Uri): VerdictScale {
    const folder = (uri && vscode.workspace.getWorkspaceFolder(uri)) ?? vscode.workspace.workspaceFolders?.[0];
    return (folder && this.folders.get(folder.uri.toString())?.scale) ?? DEFAULT_VERDICT_SCALE;
  }

  /** `claimlens.customVerdictScale`: the active editor's folder has a scale of its own (the menus offer Mark Verdict… then). */
  private updateContextKey(): void {
    const custom = this.scaleFor(vscode.window.activeTextEditor?.document.uri) !== DEFAULT_VERDICT_SCALE;
    void vscode.commands.executeCommand('setContext', 'claimlens.customVerdictScale', custom);
  }

  reload(): Promise<void> {
    this.loading = this.loading.then(() => this.readAll());
    return this.loading;
  }

  private async readAll(): Promise<void> {
    const before = JSON.stringify([...this.folders]);
    const next = new Map<string, FolderScale>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const read = await this.readFolder(folder.uri);
      if (read) next.set(folder.uri.toString(), read);
    }
    const previous = new Map(this.folders);
    this.folders.clear();
    for (const [k, v] of next) this.folders.set(k, v);
    for (const [key, read] of next) {
      const known = previous.get(key);
      if (read.errors && JSON.stringify(read.errors) !== JSON.stringify(known?.errors)) this.report(vscode.Uri.parse(key), read.errors);
    }
    if (JSON.stringify([...this.folders]) !== before) this.emitter.fire();
  }

  private async readFolder(folder: vscode.Uri): Promise<FolderScale | undefined> {
    const file = vscode.Uri.joinPath(folder, VERDICTS_FILE);
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    } catch {
      return undefined; // no file: the default scale
    }
    const parsed = parseVerdictScale(text);
    if (parsed.ok) {
      this.log.info(`Verdict scale of ${folder.fsPath || folder.toString()}: ${parsed.scale.verdicts.map((v) => v.id).join(', ')}`);
      return { scale: parsed.scale };
    }
    return { scale: DEFAULT_VERDICT_SCALE, errors: parsed.errors };
  }

  private report(folder: vscode.Uri, errors: readonly string[]): void {
    const file = vscode.Uri.joinPath(folder, VERDICTS_FILE);
    for (const e of errors) this.log.warn(`${VERDICTS_FILE}: ${e}`);
    const shown = errors.slice(0, MAX_SHOWN_ERRORS).join('; ');
    const problems = errors.length > MAX_SHOWN_ERRORS
      ? vscode.l10n.t('{0} (and {1} more in Output → ClaimLens)', shown, errors.length - MAX_SHOWN_ERRORS)
      : shown;
    const message = vscode.l10n.t('ClaimLens: {0} cannot be used: {1}. Using the default verdicts (Sourced, Disputed, Unverified) until it is fixed; no review is changed.', VERDICTS_FILE, problems);
    void vscode.window.showWarningMessage(message, vscode.l10n.t('Open File')).then((choice) => {
      if (choice) void vscode.window.showTextDocument(file);
    });
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
