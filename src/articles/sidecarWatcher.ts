/**
 * Notices sidecar files changed outside this window (git pull, another window, a text editor)
 * so open articles pick up the reviews (local files by path, other file systems' by URI, as the
 * store names them). Only workspace folders can be watched; articles
 * outside them still re-read their sidecar on open and on "Re-analyze Article".
 */
import * as vscode from 'vscode';

export function watchSidecars(onChange: (sidecarPath: string) => void): vscode.Disposable {
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.claimlens.json');
  const fire = (uri: vscode.Uri) => {
    onChange(uri.scheme === 'file' ? uri.fsPath : uri.toString());
  };
  return vscode.Disposable.from(
    watcher,
    watcher.onDidChange(fire),
    watcher.onDidCreate(fire),
    watcher.onDidDelete(fire),
  );
}
