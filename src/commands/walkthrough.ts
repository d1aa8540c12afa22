/**
 * ClaimLens: Get Started — opens the walkthrough declared in package.json (`contributes.walkthroughs`):
 * open a seed, see its claims and quotes, mark a claim, the review file, export. VS Code ticks each
 * step off by the step's completion events; this command only shows the page.
 */
import * as vscode from 'vscode';
import { OPEN_WALKTHROUGH_COMMAND, WALKTHROUGH_ID } from './ids';

export function registerWalkthroughCommand(context: vscode.ExtensionContext): void {
  const walkthrough = `${context.extension.id}#${WALKTHROUGH_ID}`;
  context.subscriptions.push(
    vscode.commands.registerCommand(OPEN_WALKTHROUGH_COMMAND, () =>
      vscode.commands.executeCommand('workbench.action.openWalkthrough', walkthrough, false)),
  );
}
