import * as assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportArticlePath, nothingToPublish } from '../../../src/export/exportChoices';
import { DEFAULT_VERDICT_SCALE } from '../../../src/core/review/verdictScale';
import { customScale } from '../core/review/customScale';

describe('exportArticlePath (the article named in an editor export)', () => {
  const absolute = join(tmpdir(), 'secret-project', 'drafts', 'story.txt');

  it('is the workspace-relative path when the article is in the workspace', () => {
    assert.equal(exportArticlePath(absolute, join('drafts', 'story.txt')), join('drafts', 'story.txt'));
  });

  it('is the file name, not the absolute path, for an article outside the workspace', () => {
    assert.equal(exportArticlePath(absolute, absolute), 'story.txt');
  });
});

describe('nothingToPublish (an empty ClaimReview export names the scale\'s verdicts)', () => {
  it('names the final verdicts, and the non-final ones as exported only when asked', () => {
    assert.equal(nothingToPublish(DEFAULT_VERDICT_SCALE, false),
      'no reviewed claims to export as ClaimReview yet (mark claims Sourced or Disputed; Unverified only with claimlens.claimReview.includeUnverified).');
    assert.equal(nothingToPublish(customScale(), true),
      'no reviewed claims to export as ClaimReview yet (mark claims True, Misleading, Pants on Fire or Still checking).');
  });
});
