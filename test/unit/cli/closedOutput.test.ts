import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { BIN, buildOnce, copySeed, removeDir, tempDir } from './cliHarness';

interface Ended {
  code: number | null;
  stderr: string;
}

/** Runs the built CLI with a stdout pipe whose reading end is closed at once, as `| head -0` would. */
function runWithClosedStdout(args: string[], cwd: string): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('claimlens CLI with a closed stdout (built binary)', function () {
  // Building and spawning Node processes is slow on a shared machine; not a speed assertion.
  this.timeout(120_000);
  let dir: string;

  before(() => buildOnce());
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => removeDir(dir));

  for (const command of ['analyze', 'check']) {
    it(`${command}: ends quietly with 141 (not 1, "gate failed"), no stack trace`, async () => {
      copySeed(dir);
      const r = await runWithClosedStdout([command, 'article.txt'], dir);
      assert.equal(r.code, 141, r.stderr);
      assert.doesNotMatch(r.stderr, /EPIPE|Error|\n\s+at /);
    });
  }
});
