// Bundles with esbuild: the extension host entry, the analysis worker and the CLI (Node), and the
// Claim Details webview script (browser, loaded by the webview with its nonce).
// `--watch`: unminified with source maps; otherwise minified for packaging.
import * as esbuild from 'esbuild';
import { existsSync, statSync } from 'node:fs';
import { writeThirdPartyNotices } from './thirdPartyNotices.mjs';

const watch = process.argv.includes('--watch');
const entries = [
  { in: 'src/extension.ts', out: 'extension' },
  { in: 'src/worker/analysisWorker.ts', out: 'worker' },
  { in: 'src/worker/matchWorker.ts', out: 'matchWorker' },
  { in: 'src/cli/main.ts', out: 'cli' },
].filter((e) => existsSync(e.in));

const common = {
  bundle: true,
  minify: !watch,
  sourcemap: watch,
  logLevel: 'warning',
  legalComments: 'none',
};

const options = {
  ...common,
  entryPoints: entries,
  outdir: 'dist',
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  metafile: true,
  // Node reads the bundles as UTF-8: curly quotes and dashes (in the quote patterns and rule descriptions) stay
  // UTF-8 instead of six-byte \u escapes (4 KB less in the worker and extension bundles).
  charset: 'utf8',
};

// The webview runs in VS Code's Chromium: one classic script, no imports left, nothing evaluated from strings (CSP).
const webview = {
  ...common,
  entryPoints: [{ in: 'src/sidebar/details/webview/main.ts', out: 'details' }],
  outdir: 'dist/webview',
  platform: 'browser',
  format: 'iife',
  target: 'es2022',
};

if (watch) {
  for (const o of [options, webview]) await (await esbuild.context(o)).watch();
  console.log('esbuild: watching…');
} else {
  const [result] = await Promise.all([esbuild.build(options), esbuild.build(webview)]);
  for (const file of [...entries.map((e) => `dist/${e.out}.js`), 'dist/webview/details.js']) {
    console.log(`${file}  ${(statSync(file).size / 1024).toFixed(1)} KB`);
  }
  const listed = writeThirdPartyNotices(result.metafile, 'dist/THIRD-PARTY-NOTICES.txt');
  console.log(`dist/THIRD-PARTY-NOTICES.txt  ${listed.length} packages`);
}
