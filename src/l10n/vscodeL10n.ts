/**
 * The bridge from src/l10n/l10n.ts to VS Code's bundles, installed by activate(). The one place that passes
 * a message that is not a literal to vscode.l10n.t (the localisation scan, scripts/l10n/, knows it).
 */
import * as vscode from 'vscode';
import { useTranslator } from './l10n';

export function useVscodeL10n(): void {
  useTranslator((message, args) => (Array.isArray(args) ? vscode.l10n.t(message, ...args) : vscode.l10n.t(message, args)));
}
