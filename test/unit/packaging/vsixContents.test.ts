/**
 * What the VSIX holds, as `vsce ls` lists it: the allow-list in .vscodeignore, the bundled seeds of
 * src/seeds/bundledSeeds.ts and nothing else that looks like an article — also when private
 * articles, their reviews and exports sit in seeds/ or in the `npm start` working folder.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BUNDLED_SEEDS, START_WORKSPACE_FOLDER } from '../../../src/seeds/bundledSeeds';
import { ROOT } from '../cli/cliHarness';

const VSCE = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
/** Files that are text but not articles: the manifest's own documents and the licences of the bundles. */
const NOT_ARTICLES = new Set(['README.md', 'CHANGELOG.md', 'LICENSE', 'dist/THIRD-PARTY-NOTICES.txt']);
const ARTICLE_LIKE = /\.(txt|article|md|markdown|html?|docx?|rtf|csv|jsonld)$|\.claimlens\.json$|\.review\.|claimreview/i;

function vsceLs(cwd: string): string[] {
  const r = spawnSync(process.execPath, [VSCE, 'ls', '--no-dependencies'], { cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.split('\n').map((l) => l.trim()).filter(Boolean).sort();
}

/** Article-like files of a listing that are not bundled seeds: must be none. */
function strayArticles(files: readonly string[]): string[] {
  const seeds = new Set(BUNDLED_SEEDS.map((s) => `seeds/${s}`));
  return files.filter((f) => !seeds.has(f) && !NOT_ARTICLES.has(f) && (ARTICLE_LIKE.test(f) || f.startsWith('seeds/')));
}

describe('packaging: what the VSIX contains', function () {
  this.timeout(60_000);

  it('.vscodeignore allows exactly the bundled seeds of seeds/, one line each', () => {
    const lines = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split(/\r?\n/).map((l) => l.trim());
    assert.equal(lines.find((l) => l && !l.startsWith('#')), '**', 'the file starts by leaving everything out');
    const seedLines = lines.filter((l) => /^!?seeds\b/.test(l));
    assert.deepEqual(seedLines, BUNDLED_SEEDS.map((s) => `!seeds/${s}`));
  });

  it('the checkout packs the bundled seeds and no other article', () => {
    const files = vsceLs(ROOT);
    for (const seed of BUNDLED_SEEDS) assert.ok(files.includes(`seeds/${seed}`), `${seed} is packed`);
    assert.deepEqual(strayArticles(files), []);
    for (const f of files) assert.ok(!/^(src|test|out|scripts|node_modules|workspace)\//.test(f), `${f} does not ship`);
  });

  it('private articles, reviews and exports in seeds/ and the working folder stay out', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-vsix-'));
    try {
      for (const f of ['package.json', '.vscodeignore', 'README.md', 'CHANGELOG.md', 'LICENSE']) fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
      const decoys = [
        'seeds/private-interview.txt', 'seeds/private-interview.txt.claimlens.json', 'seeds/private-interview.txt.review.md',
        'seeds/notes/leak.article', 'seeds/draft.md', `${START_WORKSPACE_FOLDER}/claimlens-seeds/${BUNDLED_SEEDS[0]}`,
        `${START_WORKSPACE_FOLDER}/claimlens-seeds/${BUNDLED_SEEDS[0]}.claimlens.json`, 'story.article', 'claimlens-seeds/copy.txt',
      ];
      for (const f of [...decoys, ...BUNDLED_SEEDS.map((s) => `seeds/${s}`), 'dist/extension.js', 'dist/cli.js']) {
        fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
        fs.writeFileSync(path.join(dir, f), 'Headline\n\nText.\n');
      }
      const files = vsceLs(dir);
      assert.deepEqual(strayArticles(files), [], files.join(', '));
      assert.deepEqual(files.filter((f) => f.startsWith('seeds/')), BUNDLED_SEEDS.map((s) => `seeds/${s}`).sort());
      assert.ok(!files.includes('dist/cli.js'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
