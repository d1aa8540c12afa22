import * as assert from 'node:assert/strict';
import { CACHE_ENCODING, toCacheText } from '../../../../src/core/matching/cacheText';
import { MatchIndex } from '../../../../src/core/matching/matchIndex';

describe('matching cache text', () => {
  const data = { claim: '“Quoted” café — naïve 🦁 façade', lone: '\ud800x', path: '/tmp/archives/ünïcode.jsonl', n: [1, -1] };

  it('is ASCII, so each character is one byte on disk', () => {
    assert.match(toCacheText(data), /^[\x20-\x7e]*$/);
  });

  it('reads back exactly when the file is decoded as CACHE_ENCODING', () => {
    const onDisk = Buffer.from(toCacheText(data), 'utf8');
    assert.deepEqual(JSON.parse(onDisk.toString(CACHE_ENCODING)), data);
  });

  it('round-trips a match index with accented and curly-quoted claims', () => {
    const index = new MatchIndex();
    index.setSource('a.jsonl', [{ id: '1', origin: 'archive', claim: 'The mayor’s café “closed” in 2019.', verdict: 'false', file: 'a.jsonl' }]);
    const text = Buffer.from(toCacheText(index.toJSON()), 'utf8').toString(CACHE_ENCODING);
    const loaded = MatchIndex.fromJSON(JSON.parse(text));
    assert.equal(loaded?.match('the mayor’s café closed')[0]?.fact.claim, 'The mayor’s café “closed” in 2019.');
  });
});
