// Starts code-server (VS Code 1.139 for the browser) for one test run, in a private state folder,
// on a free port of 127.0.0.1, in its own process group (see processes.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { quietUserSettings } from './config';
import type { TestHost } from './hostInstall';
import { freePort } from './ports';
import { runGroup, type GroupProcess, spawnGroup, sleep } from './processes';

export interface CodeServerOptions {
  /** Private folder of this server: user data, extensions, XDG dirs and the log. Created if missing. */
  readonly stateDir: string;
  /** Fixed port (e.g. `npm start` with PORT); default: a free one, retried if another run grabs it first. */
  readonly port?: number;
  /** Needed for extension tests in the browser: without it the built workbench ignores test settings. */
  readonly smokeTestDriver?: boolean;
  /** Settings merged over the quiet defaults. */
  readonly userSettings?: Readonly<Record<string, unknown>>;
  /** Extra environment for the server and its extension host (e.g. CLAIMLENS_TEST_GREP). */
  readonly env?: NodeJS.ProcessEnv;
  /**
   * Workspace trust on and the opened folder left untrusted (Restricted Mode, without the trust
   * prompt). Default: trust off, as the other tests run.
   */
  readonly restrictedMode?: boolean;
  /**
   * Display language (`--locale`), e.g. `de`. The workbench runs in it only if a language pack for it is
   * installed in the server's extensions folder (see languagePack.ts); else it stays English.
   */
  readonly locale?: string;
}

/** User settings of a Restricted Mode run: trust on, never asked for, so the folder stays untrusted. */
export const RESTRICTED_MODE_SETTINGS: Readonly<Record<string, unknown>> = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.emptyWindow': false,
};

export interface CodeServer {
  readonly port: number;
  /** `http://127.0.0.1:PORT` */
  readonly baseUrl: string;
  readonly stateDir: string;
  readonly logFile: string;
  readonly userDataDir: string;
  readonly extensionsDir: string;
  /** Workbench URL opening `folder`, optionally with a test payload (see integration launcher). */
  workbenchUrl(folder: string, payload?: ReadonlyArray<readonly [string, string]>): string;
  /** `vscode-remote://` URI of a path on this server, as the payload wants it. */
  remoteUri(absolutePath: string): string;
  /** Last lines of the server log, for failure messages. */
  logTail(lines?: number): string;
  stop(): Promise<void>;
}

export function codeServerDirs(stateDir: string): { userDataDir: string; extensionsDir: string; env: NodeJS.ProcessEnv } {
  return {
    userDataDir: path.join(stateDir, 'user-data'),
    extensionsDir: path.join(stateDir, 'extensions'),
    // Else code-server writes ~/.config/code-server and ~/.local/share/code-server.
    env: {
      XDG_CONFIG_HOME: path.join(stateDir, 'xdg-config'),
      XDG_DATA_HOME: path.join(stateDir, 'xdg-data'),
      XDG_CACHE_HOME: path.join(stateDir, 'xdg-cache'),
    },
  };
}

/** Installs a packaged extension into the server's extensions folder (about 1 s). */
export async function installVsix(host: TestHost, stateDir: string, vsix: string): Promise<void> {
  const dirs = codeServerDirs(stateDir);
  await runGroup(
    host.node,
    [host.codeServerEntry, '--user-data-dir', dirs.userDataDir, '--extensions-dir', dirs.extensionsDir,
      '--install-extension', vsix, '--force'],
    { env: serverEnv(dirs.env), logFile: path.join(stateDir, 'install-extension.log'), timeoutMs: 120_000,
      label: `code-server --install-extension ${path.basename(vsix)}` },
  );
}

export async function startCodeServer(host: TestHost, options: CodeServerOptions): Promise<CodeServer> {
  const attempts = options.port ? 1 : 3;
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await startOnce(host, options, options.port ?? (await freePort()));
    } catch (error) {
      lastError = error;
      if (!(error instanceof PortTakenError)) throw error;
    }
  }
  throw lastError;
}

class PortTakenError extends Error {}

async function startOnce(host: TestHost, options: CodeServerOptions, port: number): Promise<CodeServer> {
  const { stateDir } = options;
  const dirs = codeServerDirs(stateDir);
  for (const dir of [dirs.userDataDir, dirs.extensionsDir, ...Object.values(dirs.env)]) fs.mkdirSync(dir!, { recursive: true });
  const settingsFile = path.join(dirs.userDataDir, 'User', 'settings.json');
  fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
  const settings = { ...quietUserSettings, ...(options.restrictedMode ? RESTRICTED_MODE_SETTINGS : {}), ...options.userSettings };
  fs.writeFileSync(settingsFile, JSON.stringify(settings, null, 2));
  const logFile = path.join(stateDir, `code-server-${port}.log`);
  const args = [
    host.codeServerEntry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', dirs.userDataDir,
    '--extensions-dir', dirs.extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    ...(options.restrictedMode ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--reconnection-grace-time', '10',
    ...(options.smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    ...(options.locale ? ['--locale', options.locale] : []),
  ];
  // Our own server must say it listens on our port: a /healthz answer alone could come from a
  // concurrent run that grabbed the same port a moment earlier.
  let output = '';
  let listening = false;
  const proc: GroupProcess = spawnGroup(host.node, args, {
    env: serverEnv({ ...dirs.env, ...options.env }),
    cwd: stateDir,
    logFile,
    onOutput: (text) => {
      output = (output + text).slice(-50_000);
      if (output.includes(`listening on http://127.0.0.1:${port}`)) listening = true;
    },
  });
  let exitCode: number | null | undefined;
  void proc.exited.then((code) => (exitCode = code));
  const deadline = Date.now() + 90_000;
  while (!listening) {
    if (exitCode !== undefined || Date.now() > deadline) {
      await proc.stop();
      const why = exitCode !== undefined ? `exited with ${exitCode}` : 'did not start within 90 s';
      if (/EADDRINUSE/.test(output)) throw new PortTakenError(`port ${port} taken`);
      throw new Error(`code-server ${why}. Log ${logFile}:\n${output.slice(-3000)}`);
    }
    await sleep(100);
  }
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(`${baseUrl}/healthz`, deadline).catch(async (error: Error) => {
    await proc.stop();
    throw error;
  });
  return {
    port,
    baseUrl,
    stateDir,
    logFile,
    userDataDir: dirs.userDataDir,
    extensionsDir: dirs.extensionsDir,
    workbenchUrl(folder, payload) {
      const query = [`folder=${encodeURIComponent(folder)}`];
      if (payload) query.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
      return `${baseUrl}/?${query.join('&')}`;
    },
    remoteUri: (absolutePath) => `vscode-remote://127.0.0.1:${port}${absolutePath}`,
    logTail: (lines = 40) => output.split('\n').slice(-lines).join('\n'),
    stop: () => proc.stop(),
  };
}

async function waitForHealth(url: string, deadline: number): Promise<void> {
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not up yet.
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer`);
    await sleep(200);
  }
}

/** The server's environment: ours minus what would confuse it (an outer VS Code's or npm's variables). */
function serverEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(VSCODE_|ELECTRON_|npm_)/i.test(key) || key === 'NODE_OPTIONS') continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}
