import * as assert from 'node:assert/strict';
import {
  copyMessage, copySeed, type CopyTarget, isSeedFileName, type SeedFileStore, seedTitle,
} from '../../../src/seeds/seeds';

/** Files and folders in memory, keyed by '/'-joined paths; `readOnly` folders refuse writes. */
class MemoryStore implements SeedFileStore<string> {
  readonly files = new Map<string, Uint8Array>();
  readonly folders = new Set<string>();
  readonly readOnly = new Set<string>();
  writes = 0;

  async stat(location: string): Promise<'file' | 'directory' | undefined> {
    if (this.files.has(location)) return 'file';
    return this.folders.has(location) ? 'directory' : undefined;
  }
  async read(location: string): Promise<Uint8Array> {
    const bytes = this.files.get(location);
    if (!bytes) throw new Error(`ENOENT ${location}`);
    return bytes;
  }
  async createDirectory(location: string): Promise<void> {
    if (this.readOnly.has(location) || this.readOnly.has(location.slice(0, location.lastIndexOf('/')))) {
      throw new Error(`EACCES: permission denied, mkdir '${location}'`);
    }
    this.folders.add(location);
  }
  async write(location: string, bytes: Uint8Array): Promise<void> {
    const folder = location.slice(0, location.lastIndexOf('/'));
    if (this.readOnly.has(folder)) throw new Error(`EACCES: permission denied, open '${location}'`);
    this.writes++;
    this.files.set(location, bytes);
  }
  join(folder: string, name: string): string {
    return `${folder}/${name}`;
  }
}

const SEED = new TextEncoder().encode('Headline\n\n"Quote," she said.\n');
const NAME = '000_seed.txt';
const workspace: CopyTarget<string> = { folder: '/ws/claimlens-seeds', label: 'the workspace folder' };
const storage: CopyTarget<string> = { folder: '/storage/seeds', label: 'ClaimLens storage' };
const text = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);

describe('Bundled seeds', () => {
  describe('copySeed', () => {
    it('copies a seed into the first target and creates its folder', async () => {
      const store = new MemoryStore();
      const result = await copySeed(store, NAME, SEED, [workspace, storage]);
      assert.equal(result.kind, 'copied');
      assert.equal(result.location, '/ws/claimlens-seeds/000_seed.txt');
      assert.equal(result.target, workspace);
      assert.ok(store.folders.has('/ws/claimlens-seeds'));
      assert.equal(text(store.files.get(result.location)), text(SEED));
    });

    it('opens an existing identical copy without writing', async () => {
      const store = new MemoryStore();
      store.files.set('/ws/claimlens-seeds/000_seed.txt', SEED);
      const result = await copySeed(store, NAME, SEED, [workspace, storage]);
      assert.deepEqual({ kind: result.kind, edited: result.kind === 'existing' && result.edited }, { kind: 'existing', edited: false });
      assert.equal(store.writes, 0);
    });

    it('never overwrites a copy that has edits', async () => {
      const store = new MemoryStore();
      const edited = new TextEncoder().encode('Headline\n\nMy own notes.\n');
      store.files.set('/ws/claimlens-seeds/000_seed.txt', edited);
      const result = await copySeed(store, NAME, SEED, [workspace, storage]);
      assert.equal(result.kind, 'existing');
      assert.equal(result.kind === 'existing' && result.edited, true);
      assert.equal(text(store.files.get('/ws/claimlens-seeds/000_seed.txt')), 'Headline\n\nMy own notes.\n');
      assert.equal(store.writes, 0);
    });

    it('falls back to the next target when the workspace is read-only', async () => {
      const store = new MemoryStore();
      store.readOnly.add('/ws');
      store.readOnly.add('/ws/claimlens-seeds');
      const result = await copySeed(store, NAME, SEED, [workspace, storage]);
      assert.equal(result.kind, 'copied');
      assert.equal(result.location, '/storage/seeds/000_seed.txt');
      assert.equal(result.target, storage);
    });

    it('prefers an existing copy in a later target to a failed write in an earlier one', async () => {
      const store = new MemoryStore();
      store.readOnly.add('/ws/claimlens-seeds');
      store.files.set('/storage/seeds/000_seed.txt', SEED);
      const result = await copySeed(store, NAME, SEED, [workspace, storage]);
      assert.equal(result.kind, 'existing');
      assert.equal(result.location, '/storage/seeds/000_seed.txt');
      assert.equal(store.writes, 0);
    });

    it('skips a target where a folder has the seed’s name', async () => {
      const store = new MemoryStore();
      store.folders.add('/ws/claimlens-seeds/000_seed.txt');
      const result = await copySeed(store, NAME, SEED, [workspace, storage]);
      assert.equal(result.location, '/storage/seeds/000_seed.txt');
    });

    it('says why when no target works', async () => {
      const store = new MemoryStore();
      store.readOnly.add('/ws/claimlens-seeds');
      store.readOnly.add('/storage/seeds');
      await assert.rejects(copySeed(store, NAME, SEED, [workspace, storage]), (error: Error) => {
        assert.match(error.message, /Could not copy the seed article 000_seed\.txt/);
        assert.match(error.message, /the workspace folder: EACCES/);
        assert.match(error.message, /ClaimLens storage: EACCES/);
        return true;
      });
      await assert.rejects(copySeed(store, NAME, SEED, []), /No writable place/);
    });

    it('refuses names that are not plain seed file names', async () => {
      const store = new MemoryStore();
      for (const bad of ['../escape.txt', 'sub/x.txt', 'x.json', '.hidden.txt', 'a.claimlens.json']) {
        await assert.rejects(copySeed(store, bad, SEED, [workspace]), /not a seed article file name/, bad);
      }
      assert.equal(store.writes, 0);
    });
  });

  describe('isSeedFileName', () => {
    it('accepts article files and rejects sidecars, hidden and other files', () => {
      assert.deepEqual(
        ['a.txt', 'b.ARTICLE', 'c.md', 'd.claimlens.json', '.e.txt', 'f.json', 'g.txt.bak'].map(isSeedFileName),
        [true, true, true, false, false, false, false],
      );
    });
  });

  describe('seedTitle', () => {
    it('takes the first non-blank line, squeezed', () => {
      assert.equal(seedTitle('\uFEFF\n  \n  Russia:\tPutin  Explained \r\nbody'), 'Russia: Putin Explained');
    });

    it('cuts long headlines with an ellipsis and gives nothing for blank text', () => {
      const title = seedTitle('word '.repeat(40), 20);
      assert.ok(title && title.length <= 20 && title.endsWith('…'), title);
      assert.equal(seedTitle(' \n\t\n'), undefined);
      assert.equal(seedTitle(''), undefined);
    });
  });

  describe('copyMessage', () => {
    it('names the place first and says an edited copy was kept', () => {
      const where = 'claimlens-seeds/000_seed.txt in the workspace';
      assert.equal(
        copyMessage({ kind: 'copied', location: 'x', target: workspace }, where),
        'ClaimLens: seed article copied to claimlens-seeds/000_seed.txt in the workspace, so your reviews can be saved beside it.',
      );
      assert.match(copyMessage({ kind: 'existing', location: 'x', target: workspace, edited: true }, where), /your edited copy claimlens-seeds\/000_seed\.txt .* not copied over it/);
      assert.match(copyMessage({ kind: 'existing', location: 'x', target: workspace, edited: false }, where), /opened your copy of the seed article, claimlens-seeds\/000_seed\.txt/);
    });
  });
});
