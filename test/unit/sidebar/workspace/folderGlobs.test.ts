import * as assert from 'node:assert/strict';
import { folderRootGlobs, globAlternatives } from '../../../../src/sidebar/workspace/folderGlobs';

const SEED_GLOB = '{**/*.article,**/seeds/**/*.txt,**/claimlens-seeds/**/*.txt}';

describe('sidebar/workspace/folderGlobs: seeds/ opened as the workspace folder', () => {
  it('splits a glob into its top-level alternatives', () => {
    assert.deepEqual(globAlternatives(SEED_GLOB), ['**/*.article', '**/seeds/**/*.txt', '**/claimlens-seeds/**/*.txt']);
    assert.deepEqual(globAlternatives('{a/{b,c},d}'), ['a/{b,c}', 'd']);
    assert.deepEqual(globAlternatives('**/*.md'), ['**/*.md']);
  });

  it('searches the rest of a "**/seeds/…" part inside a folder named seeds', () => {
    assert.deepEqual(folderRootGlobs(SEED_GLOB, 'seeds'), ['**/*.txt']);
    assert.deepEqual(folderRootGlobs(SEED_GLOB, 'claimlens-seeds'), ['**/*.txt']);
    assert.deepEqual(folderRootGlobs(SEED_GLOB, 'articles'), []);
    assert.deepEqual(folderRootGlobs('**/news/*.md', 'news'), ['*.md']);
  });
});
