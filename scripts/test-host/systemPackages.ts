// The Debian packages the offline test host needs. When we are root with apt-get we say what is
// missing and why, ask when a person is at the terminal (not CI), then install it; otherwise we stop
// with the exact command to run (never sudo on our own).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline/promises';
import { chromiumPath } from './config';

export interface Requirement {
  readonly pkg: string;
  readonly why: string;
  present(): boolean;
}

const browser: Requirement = {
  pkg: 'chromium',
  why: 'the browser the UI tests drive (Playwright); about 360 MB with chromium-common',
  present: () => fs.existsSync(chromiumPath),
};

// Only needed while code-server's postinstall compiles its native modules.
const buildTools: readonly Requirement[] = [
  {
    pkg: 'libkrb5-dev',
    why: "headers code-server's kerberos module compiles against (its first install only)",
    present: () => dpkgInstalled('libkrb5-dev') ?? fs.existsSync('/usr/include/gssapi/gssapi.h'),
  },
  { pkg: 'build-essential', why: "C/C++ compiler for code-server's native modules (its first install only)", present: () => onPath('g++') && onPath('make') },
  { pkg: 'python3', why: "node-gyp, which builds code-server's native modules (its first install only)", present: () => onPath('python3') },
];

/** What ensureSystemPackages needs from the machine; tests pass their own. */
export interface SystemIo {
  readonly isRoot: boolean;
  readonly hasAptGet: boolean;
  /** A person can answer: stdin is a terminal and CI is not set. */
  readonly interactive: boolean;
  log(line: string): void;
  /** Asks a yes/no question on the terminal; true for yes. */
  ask(question: string): Promise<boolean>;
  /** Runs apt-get with these arguments, output to the terminal; its exit status. */
  aptGet(args: readonly string[]): number | null;
}

/**
 * Makes sure the packages are there; `forInstall` adds the build tools code-server's install needs.
 * Before apt-get runs it says what it will install and why; from a terminal (not CI) it asks first.
 */
export async function ensureSystemPackages(forInstall: boolean, log: (line: string) => void = console.log, io: SystemIo = machineIo(log)): Promise<void> {
  const required = forInstall ? [browser, ...buildTools] : [browser];
  await installMissing(required.filter((r) => !r.present()), io);
  const stillMissing = required.filter((r) => !r.present()).map((r) => r.pkg);
  if (stillMissing.length > 0) throw new Error(`Still missing after apt-get: ${stillMissing.join(', ')}`);
}

/** Installs `missing` with apt-get once it has said what and why (and, at a terminal, was told yes). */
export async function installMissing(missing: readonly Requirement[], io: SystemIo): Promise<void> {
  if (missing.length === 0) return;
  const names = missing.map((r) => r.pkg);
  const command = `apt-get update && apt-get install -y ${names.join(' ')}`;
  const otherBrowser = names.includes(browser.pkg) ? '\n(or point CLAIMLENS_CHROMIUM at another Chromium binary)' : '';
  if (!io.isRoot || !io.hasAptGet) {
    throw new Error(`${missingPackagesText(missing)}\nInstall them first (as root), then rerun:\n  sudo ${command}${otherBrowser}`);
  }
  io.log(`${missingPackagesText(missing)}\nInstalling them with: ${command}`);
  if (io.interactive && !(await io.ask('Install them now? [Y/n] '))) {
    throw new Error(`Nothing installed. Install them yourself, then rerun:\n  ${command}${otherBrowser}`);
  }
  for (const args of [['update'], ['install', '-y', ...names]]) {
    const status = io.aptGet(args);
    if (status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${status}). Run: ${command}`);
  }
}

/** The missing packages, one a line with what each is for. */
export function missingPackagesText(missing: readonly Pick<Requirement, 'pkg' | 'why'>[]): string {
  return `The tests need Debian packages this machine lacks:\n${missing.map((r) => `  ${r.pkg}: ${r.why}`).join('\n')}`;
}

function machineIo(log: (line: string) => void): SystemIo {
  return {
    isRoot: process.getuid?.() === 0,
    hasAptGet: onPath('apt-get'),
    interactive: !!process.stdin.isTTY && !isCi(process.env.CI),
    log,
    ask: async (question) => {
      const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
      try {
        return !/^\s*n/i.test(await rl.question(question));
      } finally {
        rl.close();
      }
    },
    aptGet: (args) => spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status,
  };
}

/** CI=true (GitHub, GitLab, .ci/run) or CI=1; CI=false and CI=0 mean a person may be there. */
export function isCi(value: string | undefined): boolean {
  return !!value && !/^(0|false)$/i.test(value.trim());
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
