import * as assert from 'node:assert/strict';
import { readerExcerpt } from '../../../../src/core/text/strings';

describe('readerExcerpt', () => {
  it('reads runs of white space (Markdown syntax read as spaces, line breaks) as one space, trimmed', () => {
    assert.equal(readerExcerpt('  said    the\n Office ', 40), 'said the Office');
  });

  it('cuts past the limit with an ellipsis, the result no longer than the limit', () => {
    assert.equal(readerExcerpt('abcdefghij', 10), 'abcdefghij');
    assert.equal(readerExcerpt('abcdefghijk', 10), 'abcdefghi…');
    assert.equal(readerExcerpt('abcdefghijk', 10).length, 10);
  });
});
