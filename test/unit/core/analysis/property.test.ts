import * as fc from 'fast-check';
import { analyze } from '../../../../src/core/analysis';
import { assertOffsets } from './helpers';

/** Pieces that exercise the rules: marks, cues, names, numbers, line breaks, astral characters. */
const PIECES = ['"', '“', '”', '‘', '’', "'", '«', '»', ' said ', ', said ', ' he said', ' according to ', 'Mr. Smith', 'Anna Berg',
  ' 42 ', '$5', '%', '.', '. ', '?', '\n', '\r\n', '\n\n', '\r\n\r\n', '—', '😀', 'é', ' called ', ':', ','];

const documents = fc.array(
  fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom(...PIECES), fc.lorem({ maxCount: 6 })),
  { maxLength: 40 },
).map((parts) => parts.join(''));

describe('offset invariants on random Unicode documents (property)', () => {
  it('every range is in bounds and slices back to its text', function () {
    this.timeout(120000);
    fc.assert(
      fc.property(documents, (text) => {
        assertOffsets(text, analyze(text));
      }),
      { numRuns: 300 },
    );
  });
});
