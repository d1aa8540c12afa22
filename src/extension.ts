import * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {
  // Features are wired here, each registration pushed to context.subscriptions.
}

export function deactivate(): void {
  // Nothing to release beyond context.subscriptions.
}
