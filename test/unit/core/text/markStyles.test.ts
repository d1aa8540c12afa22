import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { readLowSingle, readSingleGuillemets, readWireDoubled } from '../../../../src/core/text/markStyles';
import { analyze } from '../../../../src/core/analysis';

describe('quotation-mark styles (text/markStyles.ts)', () => {
  const wire: [string, string, number[]][] = [
    ["''We won,'' she said.", ' "We won,"  she said.', [1, 9]],
    ["He said ``no way'' twice.", 'He said  "no way"  twice.', [9, 16]],
    ["(''Not now,'' he said)", '( "Not now,"  he said)', [2, 11]],
    // A nested single quote closing before the doubled mark.
    ["''I said 'no''' and left.", " \"I said 'no'\"  and left.", [1, 13]],
    // Apostrophes that are not doubled marks stay as written.
    ["rock 'n' roll, the students' union", "rock 'n' roll, the students' union", []],
    ["four '''' marks", "four '''' marks", []],
  ];
  for (const [input, output, marks] of wire) {
    it(`wire-doubled: ${input}`, () => {
      const r = readWireDoubled(input);
      assert.equal(r.text, output);
      assert.deepEqual(r.marks, marks);
    });
  }

  it('low-9 single marks ‚…‘ and ‚…’ read as ‘…’', () => {
    assert.equal(readLowSingle('called it ‚a tough call‘ today').text, 'called it ‘a tough call’ today');
    assert.equal(readLowSingle('called it ‚a tough call’ today').text, 'called it ‘a tough call’ today');
    // A low-9 mark after a word is a comma look-alike, not an opener.
    assert.equal(readLowSingle('one‚ two').text, 'one‚ two');
  });

  it('single guillemets ‹…› and ›…‹ read as ‘…’', () => {
    assert.equal(readSingleGuillemets('called it ‹a tough call› today').text, 'called it ‘a tough call’ today');
    assert.equal(readSingleGuillemets('called it ›a tough call‹ today').text, 'called it ‘a tough call’ today');
  });

  it('every style keeps the text length, so offsets hold in the original', () => {
    const piece = fc.constantFrom("''", '``', '\u201a', '\u2018', '\u2039', '\u203a', "'", ' ', 'word', ',', '.', '\n', '\ud83d\ude00');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        for (const read of [readWireDoubled, readLowSingle, readSingleGuillemets]) {
          const r = read(text);
          assert.equal(r.text.length, text.length);
          for (const at of r.marks) assert.ok(at >= 0 && at < text.length);
        }
      }),
    );
  });

  it('a quote in doubled marks shows the original text and offsets', () => {
    const text = "The mayor spoke. ''We will not raise the fares,'' Mayor Ann Lee said.";
    const q = analyze(text).quotes.find((x) => x.text.includes('fares'));
    assert.ok(q);
    assert.equal(text.slice(q.start, q.end), q.text);
    assert.equal(q.text, 'We will not raise the fares');
    assert.equal(q.speaker?.name, 'Ann Lee');
  });

  it('a quote left open in doubled marks continues in the next paragraph with its speaker', () => {
    const text = "Mayor Ann Lee said: ''We will not raise the fares this year.\n\n''Nor will we cut the night buses, not while I am in office.''";
    const q = analyze(text).quotes.find((x) => x.text.includes('night buses'));
    assert.ok(q);
    assert.equal(q.speaker?.name, 'Ann Lee');
  });
});
