import * as assert from 'assert';
import * as nodePath from 'node:path';
import * as webPath from '../../../src/web/shims/path';

// The web build's node:path (src/web/shims/path.ts) answers as Node's POSIX path does for what src/ passes it.
describe('web build path shim', () => {
  const cases: { fn: 'basename' | 'dirname' | 'join' | 'resolve' | 'isAbsolute' | 'extname'; args: string[] }[] = [
    { fn: 'basename', args: ['/work/seeds/a.txt.claimlens.json'] },
    { fn: 'basename', args: ['vscode-remote://host/work/a.txt'] },
    { fn: 'basename', args: ['/work/a.txt', '.txt'] },
    { fn: 'basename', args: ['/work/folder/'] },
    { fn: 'dirname', args: ['vscode-vfs://github/o/r/a.txt'] },
    { fn: 'dirname', args: ['/a'] },
    { fn: 'dirname', args: ['a'] },
    { fn: 'join', args: ['/storage', 'analysis-cache', 'x.json'] },
    { fn: 'join', args: ['a/b', '../c', './d'] },
    { fn: 'resolve', args: ['/a/b', '../c'] },
    { fn: 'resolve', args: ['/x', '/a//b/./c'] },
    { fn: 'isAbsolute', args: ['/a'] },
    { fn: 'isAbsolute', args: ['vscode-remote://h/a'] },
    { fn: 'extname', args: ['/a/b.claimlens.json'] },
    { fn: 'extname', args: ['/a/.hidden'] },
  ];
  for (const { fn, args } of cases) {
    it(`${fn}(${args.map((a) => JSON.stringify(a)).join(', ')})`, () => {
      const call = (m: Record<string, unknown>) => (m[fn] as (...a: string[]) => unknown)(...args);
      assert.deepStrictEqual(call(webPath as unknown as Record<string, unknown>), call(nodePath.posix as unknown as Record<string, unknown>));
    });
  }
});
