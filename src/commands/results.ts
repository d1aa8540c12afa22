/**
 * What a review command returns and tells the user. Every command answers with a CommandResult,
 * so callers (views, hover links, the integration tests) can observe the outcome without spying
 * on the UI; the user sees a warning for a failure, an information message when there is nothing
 * to act on, and a quiet status-bar line for success.
 */
import * as vscode from 'vscode';

export interface CommandResult {
  ok: boolean;
  /** What the user was told (also for "nothing to do"). */
  message: string;
  /** Keys acted on (for Add Claim: the new key; for navigation: the item moved to). */
  keys: string[];
  cancelled?: boolean;
}

export type ReviewCommand = (arg?: unknown, extra?: unknown) => Promise<CommandResult>;

export function fail(message: string): CommandResult {
  void vscode.window.showWarningMessage(vscode.l10n.t('ClaimLens: {0}', message));
  return { ok: false, message, keys: [] };
}

/** Nothing to act on: an information message, not a warning, and ok = false. */
export function nothing(message: string): CommandResult {
  void vscode.window.showInformationMessage(vscode.l10n.t('ClaimLens: {0}', message));
  return { ok: false, message, keys: [] };
}

export function cancelled(): CommandResult {
  return { ok: false, message: vscode.l10n.t('Cancelled.'), keys: [], cancelled: true };
}

export function succeeded(message: string, keys: string[]): CommandResult {
  return { ok: true, message, keys };
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
