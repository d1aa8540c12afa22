// `npm start`: builds and packages ClaimLens, installs the VSIX into a local code-server and opens
// the working folder workspace/ (git-ignored, never packaged), where copies of the bundled seeds
// are put on first use. Prints the URL and stays in the foreground until Ctrl-C.
//   PORT=8080 npm start     fixed port (default: a free one); always bound to 127.0.0.1 only.
// Server state lives in .vscode-test/start/ (git-ignored). Reviews and exports made in the
// workbench land in workspace/, never in seeds/ or the package; a copy there is never written over.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { installVsix, startCodeServer } from './codeServer';
import { cacheDir, CODE_SERVER_VERSION, repoRoot } from './config';
import { ensureTestHost } from './hostInstall';
import { makeStateDir, removeStateDir } from './tempDirs';
import { packageVsix } from './vsix';
import { BUNDLED_SEEDS, START_WORKSPACE_FOLDER } from '../../src/seeds/bundledSeeds';
import { copySeed, SEED_COPY_FOLDER, type SeedFileStore } from '../../src/seeds/seeds';

/** seeds.ts's file operations on the local disk. */
const diskStore: SeedFileStore<string> = {
  stat: async (p) => {
    const s = await fs.promises.stat(p).catch(() => undefined);
    return s === undefined ? undefined : s.isDirectory() ? 'directory' : 'file';
  },
  read: (p) => fs.promises.readFile(p),
  createDirectory: async (p) => {
    await fs.promises.mkdir(p, { recursive: true });
  },
  write: (p, bytes) => fs.promises.writeFile(p, bytes),
  join: (folder, name) => path.join(folder, name),
};

/** The working folder with a copy of each bundled seed (an existing copy, maybe edited, is kept). */
export async function prepareWorkspace(root: string): Promise<string> {
  const workspace = path.join(root, START_WORKSPACE_FOLDER);
  const target = { folder: path.join(workspace, SEED_COPY_FOLDER), label: `${START_WORKSPACE_FOLDER}/` };
  for (const name of BUNDLED_SEEDS) {
    await copySeed(diskStore, name, await fs.promises.readFile(path.join(root, 'seeds', name)), [target]);
  }
  return workspace;
}

async function main(): Promise<void> {
  const host = await ensureTestHost();
  const buildDir = makeStateDir('start');
  let vsix: string;
  try {
    vsix = packageVsix(buildDir);
    const stateDir = path.join(cacheDir, 'start');
    fs.mkdirSync(stateDir, { recursive: true });
    for (const old of fs.readdirSync(stateDir)) if (/^code-server-\d+\.log$/.test(old)) fs.rmSync(path.join(stateDir, old));
    await installVsix(host, stateDir, vsix);
  } finally {
    removeStateDir(buildDir);
  }
  const port = process.env.PORT && process.env.PORT !== '0' ? Number(process.env.PORT) : undefined;
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) throw new Error(`PORT=${process.env.PORT} is not a port number`);
  const workspace = await prepareWorkspace(repoRoot);
  const server = await startCodeServer(host, { stateDir: path.join(cacheDir, 'start'), port });
  const url = server.workbenchUrl(workspace);
  console.log(`\nClaimLens is running in VS Code (code-server ${CODE_SERVER_VERSION}) at:\n\n  ${url}\n\nOpen it in a browser. Press Ctrl-C to stop.\n`);
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => resolve());
  });
  console.log('Stopping…');
  await server.stop();
}

if (require.main === module) {
  main().catch((error: Error) => {
    console.error(`npm start: ${error.message}`);
    process.exitCode = 1;
  });
}
