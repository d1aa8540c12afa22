/**
 * The cache of earlier analyses (src/worker/analysisCache.ts) in a real extension host: once an article
 * is analysed, its analysis is kept in ClaimLens's workspace storage, keyed by its text, for the next
 * time it is opened (unit tests cover reading it back and painting from it).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { closeAll, openArticle, until, writeArticle } from './editorSupport';

const ARTICLE = [
  'Ferry Timetable Changes',
  '',
  'The ferry operator said on Tuesday that 14 crossings a day will be cut from March, saving 2.1 million euros a year.',
  '',
].join('\n');

/** Every cache entry under the user data folder's workspace storage. */
function cacheEntries(): string[] {
  const userData = process.env.CLAIMLENS_TEST_USER_DATA_DIR;
  assert.ok(userData, 'CLAIMLENS_TEST_USER_DATA_DIR is not set by the test runner');
  const storage = path.join(userData, 'User', 'workspaceStorage');
  if (!fs.existsSync(storage)) return [];
  return fs.readdirSync(storage).flatMap((id) => {
    const dir = path.join(storage, id, 'claimlens.claimlens', 'analysis-cache');
    return fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.endsWith('.json')).map((n) => path.join(dir, n)) : [];
  });
}

describe('analysis cache', function () {
  this.timeout(60_000);
  afterEach(closeAll);

  it('keeps the analysis of an opened article in the workspace storage', async () => {
    const { editor, state } = await openArticle(writeArticle(ARTICLE));
    const length = editor.document.getText().length;
    const entry = await until(() => cacheEntries().map((file) => JSON.parse(fs.readFileSync(file, 'utf8')))
      .find((e) => e.length === length && e.analysis.claims.some((c: { text: string }) => c.text.includes('14 crossings'))), 'a cache entry for the article');
    const shown = state.items.filter((i) => i.kind === 'claim').map((i) => i.text);
    assert.ok(shown.length > 0);
    for (const text of shown) assert.ok(entry.analysis.claims.some((c: { text: string }) => c.text === text), `not cached: ${text}`);
  });
});
