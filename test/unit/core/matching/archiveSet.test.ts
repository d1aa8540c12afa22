import * as assert from 'node:assert/strict';
import { ArchiveSet, type ArchiveFiles } from '../../../../src/core/matching/archiveSet';
import { decodeCache, encodeCache } from '../../../../src/core/matching/cacheFile';

function files(contents: Record<string, string>): ArchiveFiles & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    read(path) {
      reads.push(path);
      return path in contents ? contents[path] : { error: 'no such file' };
    },
  };
}

const jsonl = (...claims: string[]): string => claims.map((claim, i) => JSON.stringify({ id: `r${i}`, claim, rating: 'False' })).join('\n');

describe('matching: keeping the index in step with the files', () => {
  it('reads only what changed, drops what is gone, and reports unreadable files', () => {
    const disk = { '/a.jsonl': jsonl('The tram line doubled its riders in 2023.'), '/b.jsonl': jsonl('The museum closed on Sundays.') };
    const fs = files(disk);
    const set = new ArchiveSet(fs);
    const progress: [number, number][] = [];
    const first = set.sync([{ path: '/a.jsonl', mtime: 1 }, { path: '/b.jsonl', mtime: 1 }, { path: '/gone.jsonl', mtime: 1 }], (d, t) => progress.push([d, t]));
    assert.deepEqual([first.read, first.entries], [3, 2]);
    assert.deepEqual(progress, [[1, 3], [2, 3], [3, 3]]);
    assert.match(first.problems[0].message, /no such file/);

    fs.reads.length = 0;
    disk['/a.jsonl'] = jsonl('Parking fees tripled in the old town.');
    const second = set.sync([{ path: '/a.jsonl', mtime: 2 }, { path: '/b.jsonl', mtime: 1 }]);
    assert.deepEqual(fs.reads, ['/a.jsonl'], 'only the changed file is read again');
    // The unreadable file never became a source: nothing to remove.
    assert.deepEqual([second.read, second.removed, second.entries], [1, 0, 2]);
    assert.equal(set.index.match('Parking fees in the old town tripled.')[0].fact.claim, 'Parking fees tripled in the old town.');
    assert.equal(set.index.match('The tram line doubled its riders in 2023.').some((m) => m.fact.claim.includes('tram')), false);
  });

  it('saves and loads with the modification times, so a restart reads nothing unchanged', () => {
    const disk = { '/a.jsonl': jsonl('The tram line doubled its riders in 2023.') };
    const set = new ArchiveSet(files(disk));
    set.sync([{ path: '/a.jsonl', mtime: 5 }]);
    const fs2 = files(disk);
    const loaded = ArchiveSet.fromJSON(decodeCache(encodeCache(set.toJSON())), fs2);
    assert.ok(loaded);
    assert.equal(loaded.sync([{ path: '/a.jsonl', mtime: 5 }]).read, 0);
    assert.deepEqual(fs2.reads, []);
    assert.equal(loaded.index.match('The tram line doubled its riders in 2023.')[0].fact.id, 'r0');
    assert.equal(ArchiveSet.fromJSON({ format: 'other' }, fs2), undefined);
    assert.equal(ArchiveSet.fromJSON({ format: 'claimlens-archive-set', mtimes: {}, index: { format: 'x' } }, fs2), undefined);
  });
});
