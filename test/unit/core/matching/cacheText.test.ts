import * as assert from 'node:assert/strict';
import { asciiJson, toCacheText } from '../../../../src/core/matching/cacheText';

describe('matching cache text', () => {
  const data = { claim: '“Quoted” café — naïve 🦁 façade', lone: '\ud800x', path: '/tmp/archives/ünïcode.jsonl', n: [1, -1] };

  it('is ASCII, so each character is one byte on disk', () => {
    assert.match(toCacheText(data), /^[\x20-\x7e]*$/);
    assert.match(asciiJson(JSON.stringify(data)), /^[\x20-\x7e]*$/);
  });

  it('parses back to the same value, also when its bytes are decoded as latin1', () => {
    const onDisk = Buffer.from(toCacheText(data), 'utf8');
    assert.deepEqual(JSON.parse(onDisk.toString('latin1')), data);
    assert.deepEqual(JSON.parse(new TextDecoder().decode(onDisk)), data);
  });
});
