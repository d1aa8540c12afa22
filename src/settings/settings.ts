/**
 * Typed access to the `claimlens.*` settings the editor features read. One place, so defaults
 * match package.json and every reader validates what a user may have typed by hand.
 */
import * as vscode from 'vscode';

export type DiagnosticsMode = 'off' | 'information' | 'warning';

export interface EditorSettings {
  /** Claims scoring below this are not shown (0–1). */
  scoreThreshold: number;
  decorationsEnabled: boolean;
  showSpeakers: boolean;
  diagnostics: DiagnosticsMode;
  /** Empty = use the OS user name. */
  reviewerName: string;
  /** Language ids ClaimLens works on. */
  languages: string[];
}

export const DEFAULT_LANGUAGES = ['news-article', 'plaintext', 'markdown'];

export function readSettings(scope?: vscode.ConfigurationScope): EditorSettings {
  const c = vscode.workspace.getConfiguration('claimlens', scope);
  const threshold = Number(c.get<number>('scoreThreshold', 0.5));
  const diagnostics = c.get<string>('diagnostics', 'off');
  const languages = c.get<unknown>('languages', DEFAULT_LANGUAGES);
  return {
    scoreThreshold: Number.isFinite(threshold) ? Math.min(1, Math.max(0, threshold)) : 0.5,
    decorationsEnabled: c.get<boolean>('decorations.enabled', true) !== false,
    showSpeakers: c.get<boolean>('showSpeakers', true) !== false,
    diagnostics: diagnostics === 'information' || diagnostics === 'warning' ? diagnostics : 'off',
    reviewerName: String(c.get<string>('reviewerName', '') ?? '').trim(),
    languages: Array.isArray(languages) ? languages.filter((l): l is string => typeof l === 'string') : DEFAULT_LANGUAGES,
  };
}

/** True when a configuration change touches any setting the editor features read. */
export function affectsEditorSettings(e: vscode.ConfigurationChangeEvent): boolean {
  return ['claimlens.scoreThreshold', 'claimlens.decorations.enabled', 'claimlens.showSpeakers',
    'claimlens.diagnostics', 'claimlens.reviewerName', 'claimlens.languages'].some((k) => e.affectsConfiguration(k));
}
