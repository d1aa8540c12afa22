/**
 * Runs the BUILT CLI (bin/claimlens.js → dist/cli.js) as a child process, the way CI would,
 * in a temp folder holding a copy of the seed article.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analysis';
import { createAnnotation } from '../../../src/core/review/annotations';
import { serializeSidecar, SIDECAR_VERSION } from '../../../src/core/review/format';
import { sidecarPathFor } from '../../../src/core/review/sidecarPath';
import type { Annotation, ReviewStatus } from '../../../src/core/review/types';

export const ROOT = join(__dirname, '..', '..', '..', '..');
export const BIN = join(ROOT, 'bin', 'claimlens.js');
export const SEED = join(ROOT, 'seeds', '000_f9e8f79b6daea75d.txt');

export function buildOnce(): void {
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], cwd: string): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the built CLI with a stdout pipe whose reading end is closed at once, as `| head -0` would. */
export function cliWithClosedStdout(args: string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'claimlens-cli-'));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Copies the seed into `dir` as `name`; returns its path. */
export function copySeed(dir: string, name = 'article.txt'): string {
  const path = join(dir, name);
  copyFileSync(SEED, path);
  return path;
}

/** Writes a valid sidecar giving every claim scoring ≥ threshold the status chosen by `statusOf`. */
export function reviewClaims(articlePath: string, threshold: number, statusOf: (index: number) => ReviewStatus): Annotation[] {
  const text = readFileSync(articlePath, 'utf8');
  const claims = analyze(text).claims.filter((c) => c.score >= threshold);
  const annotations = claims.map((c, i) =>
    createAnnotation({ kind: 'claim', text, start: c.start, end: c.end, origin: 'detected', by: 'test', now: '2024-05-01T10:00:00.000Z', status: statusOf(i) }),
  );
  writeFileSync(sidecarPathFor(articlePath), serializeSidecar({ version: SIDECAR_VERSION, annotations }));
  return annotations;
}
