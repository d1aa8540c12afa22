// `npm run bench`: builds dist/ (the shipped bundles are what we measure), bundles the benchmark
// (TypeScript) with esbuild, then runs it with --expose-gc so heap growth is measured from a clean heap.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);
await esbuild.build({
  entryPoints: ['scripts/bench/bench.ts'],
  outfile: 'out/bench/bench.js',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, ['--expose-gc', 'out/bench/bench.js', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
