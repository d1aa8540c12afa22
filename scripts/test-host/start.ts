// `npm start`: builds and packages ClaimLens, installs the VSIX into a local code-server and opens
// the repository's seeds/ folder. Prints the URL and stays in the foreground until Ctrl-C.
//   PORT=8080 npm start     fixed port (default: a free one); always bound to 127.0.0.1 only.
// Server state lives in .vscode-test/start/ (git-ignored); reviews are saved beside the articles in seeds/.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { installVsix, startCodeServer } from './codeServer';
import { cacheDir, CODE_SERVER_VERSION, repoRoot } from './config';
import { ensureTestHost } from './hostInstall';
import { makeStateDir, removeStateDir } from './tempDirs';
import { packageVsix } from './vsix';

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
  const server = await startCodeServer(host, { stateDir: path.join(cacheDir, 'start'), port });
  const url = server.workbenchUrl(path.join(repoRoot, 'seeds'));
  console.log(`\nClaimLens is running in VS Code (code-server ${CODE_SERVER_VERSION}) at:\n\n  ${url}\n\nOpen it in a browser. Press Ctrl-C to stop.\n`);
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => resolve());
  });
  console.log('Stopping…');
  await server.stop();
}

main().catch((error: Error) => {
  console.error(`npm start: ${error.message}`);
  process.exitCode = 1;
});
