import * as assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportArticlePath } from '../../../src/export/exportChoices';

describe('exportArticlePath (the article named in an editor export)', () => {
  const absolute = join(tmpdir(), 'secret-project', 'drafts', 'story.txt');

  it('is the workspace-relative path when the article is in the workspace', () => {
    assert.equal(exportArticlePath(absolute, join('drafts', 'story.txt')), join('drafts', 'story.txt'));
  });

  it('is the file name, not the absolute path, for an article outside the workspace', () => {
    assert.equal(exportArticlePath(absolute, absolute), 'story.txt');
  });
});
