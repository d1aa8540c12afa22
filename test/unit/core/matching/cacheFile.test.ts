import * as assert from 'node:assert/strict';
import { decodeCache, encodeCache } from '../../../../src/core/matching/cacheFile';

describe('matching cache file', () => {
  const value = () => ({
    format: 'x',
    names: ['“Quoted” café', 'naïve 🦁', 'plain'],
    ids: Int32Array.from([3, -1, 2 ** 31 - 1, 0, 7]),
    nested: { weights: [0.5, -1e-9, Math.PI], bytes: Uint8Array.from([1, 2, 250]), empty: new Int32Array(0) },
    n: null,
  });

  it('round-trips strings (any characters), numbers and typed arrays of each kind', () => {
    const back = decodeCache(encodeCache(value()));
    assert.deepEqual(back, value());
  });

  it('reads a file whose bytes do not start on an aligned address (copied, then viewed)', () => {
    const file = encodeCache(value());
    const shifted = new Uint8Array(file.length + 1).subarray(1);
    shifted.set(file);
    assert.deepEqual(decodeCache(shifted), value());
  });

  it('gives views on the file bytes, not copies, when they are aligned', () => {
    const file = encodeCache({ ids: Int32Array.from([1, 2, 3]) });
    const back = decodeCache(file) as { ids: Int32Array };
    assert.equal(back.ids.buffer, file.buffer);
  });

  it('throws on a file of another kind (the JSON caches of index format 5 and before)', () => {
    assert.throws(() => decodeCache(Buffer.from('{"format":"claimlens-archive-set","mtimes":{}}', 'latin1')), /not a ClaimLens cache file/);
    assert.throws(() => decodeCache(new Uint8Array(0)), /not a ClaimLens cache file/);
  });

  it('throws on a file cut short anywhere', () => {
    const file = encodeCache(value());
    for (let length = 16; length < file.length; length += 4) assert.throws(() => decodeCache(file.subarray(0, length)), /truncated|damaged/, `cut at ${length}`);
  });

  it('throws on any one byte changed after the magic (header or parts)', () => {
    const file = encodeCache(value());
    for (let at = 16; at < file.length; at++) {
      if (at >= 24 && at < 32) continue; // reserved bytes, not read
      const damaged = Buffer.from(file);
      damaged[at] ^= 0x10;
      assert.throws(() => decodeCache(damaged), /damaged|truncated/, `byte ${at}`);
    }
  });
});
