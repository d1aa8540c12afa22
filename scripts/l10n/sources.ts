/** Which files the localisation scan reads, and the messages they pass to l10n.t (scan.ts). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type Finding, findL10nMessages } from './scan';

/** The repository root (scripts/l10n/ and out/scripts/l10n/ both reach it). */
export const ROOT = [path.resolve(__dirname, '../..'), path.resolve(__dirname, '../../..')].find((d) => fs.existsSync(path.join(d, 'package.json')) && fs.existsSync(path.join(d, 'src')))!;
export const L10N_DIR = path.join(ROOT, 'l10n');

/**
 * Folders of src/ whose strings are not the editor's words: the engine (src/core/: its reasons, claim
 * types, rule descriptions and export formats are English data, also used by the CLI), the CLI
 * (src/cli/, a terminal tool), and the worker threads (src/worker/: they only send log lines to the host).
 */
export const NOT_SCANNED = ['core', 'cli', 'worker'];

/** The editor side's TypeScript files, relative to src/ ('/'-separated). */
export function scannedFiles(): string[] {
  const src = path.join(ROOT, 'src');
  return fs.readdirSync(src, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !NOT_SCANNED.includes(f.split('/')[0]))
    .sort();
}

export function readSource(file: string): string {
  return fs.readFileSync(path.join(ROOT, 'src', file), 'utf8');
}

/** The bridge that hands src/l10n/l10n.ts's messages to vscode.l10n.t: its call takes a variable by design. */
export const BRIDGE = 'l10n/vscodeL10n.ts';

export function collectMessages(): { messages: Set<string>; nonLiteral: Finding[] } {
  const messages = new Set<string>();
  const nonLiteral: Finding[] = [];
  for (const file of scannedFiles().filter((f) => f !== BRIDGE)) {
    const found = findL10nMessages(file, readSource(file));
    for (const m of found.messages) messages.add(m);
    nonLiteral.push(...found.nonLiteral);
  }
  return { messages, nonLiteral };
}
