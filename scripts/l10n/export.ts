/**
 * `npm run l10n:export`: writes l10n/bundle.l10n.json, the English bundle — every message the editor side
 * passes to `vscode.l10n.t` or to src/l10n/l10n.ts's `l10n.t`, found with the TypeScript AST (scan.ts),
 * each mapped to itself. Run it after adding or changing a message, then translate the new keys in every
 * l10n/bundle.l10n.<language>.json (test/unit/l10n/ fails until each language has every key).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { collectMessages, L10N_DIR } from './sources';

const { messages, nonLiteral } = collectMessages();
if (nonLiteral.length) {
  for (const f of nonLiteral) console.error(`${f.file}:${f.line}: l10n.t needs a literal message: ${f.text}`);
  process.exit(1);
}
const bundle = Object.fromEntries([...messages].sort().map((m) => [m, m]));
fs.mkdirSync(L10N_DIR, { recursive: true });
fs.writeFileSync(path.join(L10N_DIR, 'bundle.l10n.json'), `${JSON.stringify(bundle, null, 2)}\n`);
console.log(`l10n/bundle.l10n.json: ${messages.size} messages`);
