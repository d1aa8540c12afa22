// `npm run package [-- --out FILE]`: the VSIX for desktop VS Code (`code --install-extension claimlens-<version>.vsix`),
// `npm start` and the UI tests. vsce runs `vscode:prepublish` (the minified esbuild build) first;
// .vscodeignore keeps sources, tests, the CLI bundle and node_modules out (the bundles inline the
// dependencies). stdin is closed, so any vsce question fails the run instead of waiting, and any
// warning fails it too: a warning today is a broken or bloated package tomorrow.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const outAt = process.argv.indexOf('--out');
const vsix = outAt > 0 && process.argv[outAt + 1] ? resolve(process.argv[outAt + 1]) : join(root, `${manifest.name}-${manifest.version}.vsix`);
const TARGET_KB = 1024;

const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
const args = [
  vsce, 'package',
  '--no-dependencies', // Everything the extension needs is bundled into dist/.
  // package.json names the repository, so vsce needs no --allow-missing-repository and rewrites the
  // README's relative links to it (as the Marketplace shows them).
  '--out', vsix,
];
const result = spawnSync(process.execPath, args, {
  cwd: root,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...process.env, FORCE_COLOR: '0' },
});
const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
if (result.status !== 0) {
  console.error(`npm run package: vsce failed (exit ${result.status}):\n${output}`);
  process.exit(1);
}
if (/\bWARNING\b/i.test(output)) {
  console.error(`npm run package: vsce warned; fix the cause (the VSIX was written but is not trusted):\n${output}`);
  process.exit(1);
}
const kb = statSync(vsix).size / 1024;
console.log(`VSIX: ${relative(process.cwd(), vsix) || vsix}  ${kb.toFixed(0)} KB${kb >= TARGET_KB ? `  (over the ${TARGET_KB} KB target: check .vscodeignore)` : ''}`);
