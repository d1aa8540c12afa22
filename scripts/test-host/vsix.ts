// The packaged extension the UI tests and `npm start` install: the project's own `npm run package`
// (which fails on any vsce warning), copied out of the repo root at once, so a concurrent run
// re-packaging cannot change it under us.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './config';

interface Manifest {
  name: string;
  version: string;
}

/** Packages ClaimLens and returns the path of a VSIX inside `outDir`. Throws with the tool's output on failure. */
export function packageVsix(outDir: string, log: (line: string) => void = console.log): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Manifest;
  const target = path.join(outDir, `${manifest.name}-${manifest.version}.vsix`);
  fs.mkdirSync(outDir, { recursive: true });
  run('npm', ['run', 'package'], 'npm run package');
  const produced = path.join(repoRoot, `${manifest.name}-${manifest.version}.vsix`);
  if (!fs.existsSync(produced)) throw new Error(`npm run package did not produce ${path.basename(produced)} in the repo root`);
  fs.copyFileSync(produced, target);
  log(`VSIX: ${path.basename(target)} ${(fs.statSync(target).size / 1024).toFixed(0)} KB`);
  return target;
}

function run(command: string, args: string[], label: string): void {
  // stdin closed: a packaging prompt must fail, not hang the run.
  const result = spawnSync(command, args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) {
    throw new Error(`${label} failed (exit ${result.status}):\n${`${result.stdout}\n${result.stderr}`.trim().slice(-3000)}`);
  }
}
