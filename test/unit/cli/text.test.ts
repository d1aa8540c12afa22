import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { lineIndex, oneLine, table } from '../../../src/cli/text';

const lineColumn = (text: string, offset: number) => lineIndex(text)(offset);

/** The plain definition: count line ends before the offset. */
function scanLineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

describe('CLI text helpers', () => {
  it('gives 1-based line:column for LF, CRLF and CR line ends', () => {
    assert.deepEqual(lineColumn('ab\ncd', 4), { line: 2, column: 2 });
    assert.deepEqual(lineColumn('ab\r\ncd\r\nef', 8), { line: 3, column: 1 });
    assert.deepEqual(lineColumn('ab\rcd', 3), { line: 2, column: 1 });
    assert.deepEqual(lineColumn('abc', 0), { line: 1, column: 1 });
    assert.deepEqual(lineColumn('ab\n', 3), { line: 2, column: 1 });
  });

  it('the line index built once agrees with counting line ends from the start, at every offset', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\n', '\r', '\r\n', ' '), maxLength: 30 }), (text) => {
        const at = lineIndex(text);
        for (let offset = 0; offset <= text.length + 1; offset++) assert.deepEqual(at(offset), scanLineColumn(text, offset), `${JSON.stringify(text)} @${offset}`);
      }),
    );
  });

  it('flattens and cuts long text with an ellipsis', () => {
    assert.equal(oneLine('a\n  b\tc'), 'a b c');
    assert.equal(oneLine('x'.repeat(100), 10), `${'x'.repeat(9)}…`);
  });

  it('aligns table columns', () => {
    assert.equal(table([['A', 'BB', 'C'], ['long', 'x', 'y']]), 'A     BB  C\nlong  x   y\n');
  });
});
