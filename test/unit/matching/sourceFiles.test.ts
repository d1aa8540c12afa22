import * as assert from 'node:assert/strict';
import { collectSourceFiles, sourceFileOf, type SourceFileAccess } from '../../../src/matching/sourceFiles';

/** An in-memory workspace: URI strings → text and time; `local` decides which files the platform indexes. */
function access(files: Record<string, { text: string; mtime: number } | 'unreadable'>, options: { sendText: boolean; local?: (u: string) => boolean }): SourceFileAccess<string> {
  const get = (u: string) => {
    const f = files[u];
    if (!f) throw new Error('gone');
    return f;
  };
  return {
    pathOf: (u) => (options.local && !options.local(u) ? undefined : u),
    mtime: async (u) => {
      const f = get(u);
      return f === 'unreadable' ? 5 : f.mtime;
    },
    ...(options.sendText ? {
      readText: async (u: string) => {
        const f = get(u);
        if (f === 'unreadable') throw new Error('permission denied');
        return f.text;
      },
    } : {}),
  };
}

describe('checked before: the files sent to the match worker', () => {
  const files = {
    'mem:/a.csv': { text: 'claim\nx\n', mtime: 1 },
    'mem:/r.claimlens.json': { text: '{}', mtime: 2 },
    'mem:/locked.csv': 'unreadable' as const,
  };

  it('web: each file once, with its text; an unreadable one reported and left out, a vanished one left out', async () => {
    const problems: string[] = [];
    const list = await collectSourceFiles(['mem:/a.csv', 'mem:/r.claimlens.json', 'mem:/a.csv', 'mem:/locked.csv', 'mem:/gone.csv'], access(files, { sendText: true }), (p, m) => problems.push(`${p}: ${m}`));
    assert.deepEqual(list, [{ path: 'mem:/a.csv', mtime: 1, text: 'claim\nx\n' }, { path: 'mem:/r.claimlens.json', mtime: 2, text: '{}' }]);
    assert.deepEqual(problems, ['mem:/locked.csv: cannot read (permission denied)']);
  });

  it('desktop: names and times only (the worker reads), and files the platform does not index are skipped', async () => {
    const list = await collectSourceFiles(Object.keys(files), access(files, { sendText: false, local: (u) => u.endsWith('.csv') }), () => assert.fail('no problem expected'));
    assert.deepEqual(list, [{ path: 'mem:/a.csv', mtime: 1 }, { path: 'mem:/locked.csv', mtime: 5 }]);
  });

  it('one changed file: sent, gone, unreadable, or not indexed here', async () => {
    const web = access(files, { sendText: true, local: (u) => u !== 'mem:/r.claimlens.json' });
    assert.deepEqual(await sourceFileOf('mem:/a.csv', web), { file: { path: 'mem:/a.csv', mtime: 1, text: 'claim\nx\n' } });
    assert.deepEqual(await sourceFileOf('mem:/gone.csv', web), { gone: 'mem:/gone.csv' });
    assert.deepEqual(await sourceFileOf('mem:/locked.csv', web), { path: 'mem:/locked.csv', error: 'cannot read (permission denied)' });
    assert.equal(await sourceFileOf('mem:/r.claimlens.json', web), undefined);
  });
});
