import * as assert from 'node:assert/strict';
import { lineColumn, oneLine, table } from '../../../src/cli/text';

describe('CLI text helpers', () => {
  it('gives 1-based line:column for LF, CRLF and CR line ends', () => {
    assert.deepEqual(lineColumn('ab\ncd', 4), { line: 2, column: 2 });
    assert.deepEqual(lineColumn('ab\r\ncd\r\nef', 8), { line: 3, column: 1 });
    assert.deepEqual(lineColumn('ab\rcd', 3), { line: 2, column: 1 });
    assert.deepEqual(lineColumn('abc', 0), { line: 1, column: 1 });
  });

  it('flattens and cuts long text with an ellipsis', () => {
    assert.equal(oneLine('a\n  b\tc'), 'a b c');
    assert.equal(oneLine('x'.repeat(100), 10), `${'x'.repeat(9)}…`);
  });

  it('aligns table columns', () => {
    assert.equal(table([['A', 'BB', 'C'], ['long', 'x', 'y']]), 'A     BB  C\nlong  x   y\n');
  });
});
