/** "Toggle Decorations": flips claimlens.decorations.enabled at the settings level that decides it. */
import * as vscode from 'vscode';
import { type ReviewCommand, succeeded } from './results';

export function toggleDecorationsCommand(): ReviewCommand {
  return async () => {
    const config = vscode.workspace.getConfiguration('claimlens');
    const enabled = config.get<boolean>('decorations.enabled', true) !== false;
    await config.update('decorations.enabled', !enabled, decidingTarget(config.inspect('decorations.enabled')));
    return succeeded(enabled ? vscode.l10n.t('Decorations hidden.') : vscode.l10n.t('Decorations shown.'), []);
  };
}

/**
 * The settings level that decides the value: writing the user setting while the workspace
 * overrides it would change nothing on screen. The setting is window-scoped, so folder values
 * only count in a single-folder window, where they are the workspace's settings.
 */
function decidingTarget(i: { workspaceFolderValue?: unknown; workspaceValue?: unknown } | undefined): vscode.ConfigurationTarget {
  if (i?.workspaceValue !== undefined || i?.workspaceFolderValue !== undefined) return vscode.ConfigurationTarget.Workspace;
  return vscode.ConfigurationTarget.Global;
}
