/** One compile-cache folder per build of the worker bundle; the other builds' folders are removed. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { compileCacheFolder, removeOtherCompileCaches } from '../../../src/worker/compileCacheDir';

describe('worker compile cache folders', () => {
  let storage: string;
  beforeEach(() => (storage = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-cc-'))));
  afterEach(() => fs.rmSync(storage, { recursive: true, force: true }));

  it('gives each build its own folder, named from its stamp with only safe characters', () => {
    const a = compileCacheFolder(storage, '461234:1733570000000.5');
    const b = compileCacheFolder(storage, '461240:1733580000000');
    assert.notEqual(a, b);
    assert.equal(path.dirname(a), path.join(storage, 'compile-cache'));
    assert.match(path.basename(a), /^[0-9A-Za-z-]+$/);
  });

  it("removes the other builds' folders and a cache written into the root, keeping this build's", async () => {
    const old = compileCacheFolder(storage, '1:1');
    const current = compileCacheFolder(storage, '2:2');
    const unfoldered = path.join(storage, 'compile-cache', 'a1b2c3');
    for (const dir of [old, current, unfoldered]) {
      fs.mkdirSync(path.join(dir, 'v24'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'v24', 'entry'), 'x');
    }
    await removeOtherCompileCaches(current);
    assert.deepEqual(fs.readdirSync(path.join(storage, 'compile-cache')), [path.basename(current)]);
    assert.equal(fs.readFileSync(path.join(current, 'v24', 'entry'), 'utf8'), 'x');
  });

  it('does nothing, and does not throw, when there is no cache yet', async () => {
    await removeOtherCompileCaches(compileCacheFolder(storage, '3:3'));
    assert.equal(fs.existsSync(path.join(storage, 'compile-cache')), false);
  });
});
