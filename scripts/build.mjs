// Bundles the extension host entry, the analysis worker and the CLI with esbuild.
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

const options = {
  entryPoints: entries,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  minify: !watch,
  sourcemap: watch,
  metafile: true,
  logLevel: 'warning',
  legalComments: 'none',
};

if (watch) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
  console.log('esbuild: watching…');
} else {
  const result = await esbuild.build(options);
  for (const e of entries) {
    const file = `dist/${e.out}.js`;
    console.log(`${file}  ${(statSync(file).size / 1024).toFixed(1)} KB`);
  }
  const listed = writeThirdPartyNotices(result.metafile, 'dist/THIRD-PARTY-NOTICES.txt');
  console.log(`dist/THIRD-PARTY-NOTICES.txt  ${listed.length} packages`);
}
