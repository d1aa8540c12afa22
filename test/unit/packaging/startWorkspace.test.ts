/**
 * `npm start` opens workspace/ with copies of the bundled seeds, so reviews and exports made while
 * trying ClaimLens never land in seeds/ (or, through it, in the package); a copy someone edited is
 * kept as it is.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { prepareWorkspace } from '../../../scripts/test-host/start';
import { BUNDLED_SEEDS } from '../../../src/seeds/bundledSeeds';

describe('npm start: the working folder', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-start-'));
    fs.mkdirSync(path.join(root, 'seeds'));
    for (const name of BUNDLED_SEEDS) fs.writeFileSync(path.join(root, 'seeds', name), `Seed ${name}\n\nText.\n`);
    fs.writeFileSync(path.join(root, 'seeds', 'private.txt'), 'Private\n');
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('copies exactly the bundled seeds into workspace/claimlens-seeds/', async () => {
    const workspace = await prepareWorkspace(root);
    assert.equal(workspace, path.join(root, 'workspace'));
    assert.deepEqual(fs.readdirSync(path.join(workspace, 'claimlens-seeds')).sort(), [...BUNDLED_SEEDS].sort());
    assert.deepEqual(fs.readdirSync(path.join(root, 'seeds')).sort(), [...BUNDLED_SEEDS, 'private.txt'].sort(), 'seeds/ untouched');
  });

  it('keeps an edited copy and its review file on the next start', async () => {
    const workspace = await prepareWorkspace(root);
    const copy = path.join(workspace, 'claimlens-seeds', BUNDLED_SEEDS[0]);
    fs.writeFileSync(copy, 'Edited\n');
    fs.writeFileSync(`${copy}.claimlens.json`, '{"version":1,"annotations":[]}\n');
    await prepareWorkspace(root);
    assert.equal(fs.readFileSync(copy, 'utf8'), 'Edited\n');
    assert.ok(fs.existsSync(`${copy}.claimlens.json`));
  });
});
