import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { utf16ToCodePoints } from '../../../../src/core/export/codePoints';

describe('UTF-16 → code point offsets', () => {
  it('counts an astral character (emoji) as one, BMP text as is', () => {
    const text = 'a😀b🦀🦀c';
    const at = utf16ToCodePoints(text);
    assert.deepEqual([0, 1, 3, 4, 6, 8, 9].map(at), [0, 1, 2, 3, 4, 5, 6]);
    assert.equal(utf16ToCodePoints('plain ascii')(5), 5);
  });

  it('matches the code points of the text before the offset, for any text and offset (lone surrogates too)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('😀', '\ud83d', '\ude00', 'é'), fc.string({ unit: 'binary', maxLength: 1 })), maxLength: 20 }), fc.nat(60), (text, offset) => {
        const expected = [...text.slice(0, Math.min(offset, text.length))].length;
        assert.equal(utf16ToCodePoints(text)(offset), expected);
      }),
    );
  });
});
