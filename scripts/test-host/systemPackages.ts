// The Debian packages the offline test host needs. When we are root with apt-get we install
// what is missing; otherwise we stop with the exact command to run (never sudo on our own).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromiumPath } from './config';

interface Requirement {
  readonly pkg: string;
  readonly why: string;
  present(): boolean;
}

const browser: Requirement = {
  pkg: 'chromium',
  why: 'the browser Playwright drives',
  present: () => fs.existsSync(chromiumPath),
};

// Only needed while code-server's postinstall compiles its native modules.
const buildTools: readonly Requirement[] = [
  {
    pkg: 'libkrb5-dev',
    why: "headers for code-server's kerberos module",
    present: () => dpkgInstalled('libkrb5-dev') ?? fs.existsSync('/usr/include/gssapi/gssapi.h'),
  },
  { pkg: 'build-essential', why: 'C/C++ compiler for native modules', present: () => onPath('g++') && onPath('make') },
  { pkg: 'python3', why: 'node-gyp', present: () => onPath('python3') },
];

/** Makes sure the packages are there; `forInstall` adds the build tools code-server's install needs. */
export function ensureSystemPackages(forInstall: boolean, log: (line: string) => void = console.log): void {
  const required = forInstall ? [browser, ...buildTools] : [browser];
  const missing = required.filter((r) => !r.present());
  if (missing.length === 0) return;
  const names = missing.map((r) => r.pkg);
  const command = `apt-get update && apt-get install -y ${names.join(' ')}`;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !onPath('apt-get')) {
    const why = missing.map((r) => `  ${r.pkg}: ${r.why}`).join('\n');
    throw new Error(
      `Missing system packages:\n${why}\nInstall them first (as root), then rerun:\n  sudo ${command}` +
        (fs.existsSync(chromiumPath) ? '' : `\n(or point CLAIMLENS_CHROMIUM at another Chromium binary)`),
    );
  }
  log(`Installing missing Debian packages: ${names.join(', ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', ...names]]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${result.status}). Run: ${command}`);
  }
  const stillMissing = required.filter((r) => !r.present()).map((r) => r.pkg);
  if (stillMissing.length > 0) throw new Error(`Still missing after apt-get: ${stillMissing.join(', ')}`);
}

function dpkgInstalled(pkg: string): boolean | undefined {
  if (!onPath('dpkg-query')) return undefined;
  const result = spawnSync('dpkg-query', ['-W', '-f=${db:Status-Status}', pkg], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim() === 'installed';
}

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => {
    try {
      fs.accessSync(path.join(dir, command), fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}
