import * as assert from 'node:assert/strict';
import type { ReviewItem } from '../../../src/core/review/types';
import { decorationBuckets } from '../../../src/decorations/decorationBuckets';
import { DecorationMemo, flatRanges, type PlainEdit, type PlainRange } from '../../../src/decorations/decorationMemo';
import { gutterMarks } from '../../../src/decorations/gutterMarks';

const r = (sl: number, sc: number, el: number, ec: number): PlainRange => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });
const insert = (line: number, character: number, text: string): PlainEdit => ({ range: r(line, character, line, character), text });

describe('decorations/decorationMemo: only changed decoration types are sent', () => {
  it('sends a type the first time, not again with the same ranges, again when one range differs', () => {
    const memo = new DecorationMemo<string>();
    assert.equal(memo.shouldSet('claim', [r(0, 1, 0, 9), r(3, 0, 3, 20)]), true);
    assert.equal(memo.shouldSet('claim', [r(0, 1, 0, 9), r(3, 0, 3, 20)]), false);
    assert.equal(memo.shouldSet('claim', [r(0, 1, 0, 9), r(3, 0, 3, 21)]), true);
    assert.equal(memo.shouldSet('claim', [r(0, 1, 0, 9)]), true, 'a range fewer');
    assert.equal(memo.shouldSet('quote', [r(0, 1, 0, 9)]), true, 'another type has its own memory');
  });

  it('compares what a range carries (hover, after-text) too', () => {
    const memo = new DecorationMemo<string>();
    assert.equal(memo.shouldSet('speaker', [r(1, 5, 1, 5)], ['— Smith']), true);
    assert.equal(memo.shouldSet('speaker', [r(1, 5, 1, 5)], ['— Smith']), false);
    assert.equal(memo.shouldSet('speaker', [r(1, 5, 1, 5)], ['— Jones']), true);
  });

  // [edit, ranges of the type, forgotten?]
  const EDITS: readonly (readonly [string, PlainEdit, PlainRange[], boolean])[] = [
    ['a letter typed after the ranges of its line', insert(2, 30, 'x'), [r(2, 0, 2, 10), r(5, 0, 5, 9)], false],
    ['a letter typed before a range of its line', insert(2, 3, 'x'), [r(2, 5, 2, 10)], true],
    ['a letter typed inside a range', insert(2, 7, 'x'), [r(2, 5, 2, 10)], true],
    ['a letter typed at a range\'s end (edges follow stickiness)', insert(2, 10, 'x'), [r(2, 5, 2, 10)], true],
    ['a letter typed on an earlier line', insert(1, 3, 'x'), [r(2, 5, 2, 10), r(7, 0, 7, 4)], false],
    ['a line break typed on an earlier line', insert(1, 3, '\n'), [r(2, 5, 2, 10)], true],
    ['a line break typed after every range', insert(9, 0, '\n'), [r(2, 5, 2, 10)], false],
    ['lines joined (deletion over a line end) before a range', { range: r(1, 40, 2, 0), text: '' }, [r(4, 0, 4, 3)], true],
    ['a character deleted on an earlier line', { range: r(1, 3, 1, 4), text: '' }, [r(4, 0, 4, 3)], false],
    ['a gutter mark at a line start, typing further on that line', insert(3, 12, 'x'), [r(3, 0, 3, 0)], false],
    ['a gutter mark at a line start, typing at the line start', insert(3, 0, 'x'), [r(3, 0, 3, 0)], true],
  ];
  for (const [name, edit, ranges, forgotten] of EDITS) {
    it(`${name}: ${forgotten ? 'sent again' : 'kept'}`, () => {
      const memo = new DecorationMemo<string>();
      memo.shouldSet('t', ranges);
      memo.noteEdits([edit]);
      assert.equal(memo.shouldSet('t', ranges), forgotten);
    });
  }

  it('an edit keeps a type whose list is empty, and clear() forgets everything', () => {
    const memo = new DecorationMemo<string>();
    memo.shouldSet('empty', []);
    memo.shouldSet('full', [r(0, 0, 0, 5)]);
    memo.noteEdits([insert(0, 0, 'x')]);
    assert.equal(memo.size, 1);
    assert.equal(memo.shouldSet('empty', []), false);
    memo.clear();
    assert.equal(memo.shouldSet('empty', []), true);
  });

  it('an editor known to start empty is sent no empty list, but is sent one to clear what it was given', () => {
    const memo = new DecorationMemo<string>(true);
    assert.equal(memo.shouldSet('quote', []), false, 'nothing to clear');
    assert.equal(memo.shouldSet('claim', [r(0, 1, 0, 9)]), true);
    assert.equal(memo.shouldSet('claim', []), true, 'clears what it was given');
    assert.equal(memo.shouldSet('claim', []), false);
  });

  it('a type an edit may have moved is sent again, even empty, in an editor that started empty', () => {
    const memo = new DecorationMemo<string>(true);
    memo.shouldSet('claim', [r(2, 5, 2, 10)]);
    memo.noteEdits([insert(2, 7, 'x')]);
    assert.equal(memo.shouldSet('claim', []), true, 'the moved ranges are still there');
    assert.equal(memo.shouldSet('quote', []), true, 'a type not remembered is no longer assumed empty');
  });

  it('an editor not known to start empty is sent even an empty list first, and after clear() always', () => {
    assert.equal(new DecorationMemo<string>().shouldSet('claim', []), true);
    const memo = new DecorationMemo<string>(true);
    memo.clear();
    assert.equal(memo.shouldSet('claim', []), true);
  });

  it('flatRanges lists start line, start character, end line, end character', () => {
    assert.deepEqual(flatRanges([r(1, 2, 3, 4), r(5, 6, 7, 8)]), [1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('decorations/decorationMemo: setDecorations calls of one keystroke', () => {
  // An article of 12 paragraphs, one a line, 100 characters each: a claim at 10–60 of each line, a
  // quote at 70–90 of every third; the claims of lines 2 and 7 reviewed.
  function article(typedAt?: { line: number; character: number }): { items: ReviewItem[]; lineStarts: number[]; length: number } {
    const lineStarts: number[] = [];
    const items: ReviewItem[] = [];
    let offset = 0;
    for (let line = 0; line < 12; line++) {
      lineStarts.push(offset);
      const shift = (c: number) => (typedAt && typedAt.line === line && c >= typedAt.character ? c + 1 : c);
      const status = line === 2 ? 'sourced' : line === 7 ? 'disputed' : 'unreviewed';
      items.push({ key: `c${line}`, kind: 'claim', range: { start: offset + shift(10), end: offset + shift(60) }, text: 'claim', status, orphaned: false });
      if (line % 3 === 0) items.push({ key: `q${line}`, kind: 'quote', range: { start: offset + shift(70), end: offset + shift(90) }, text: 'quote', status: 'unreviewed', orphaned: false });
      offset += 100 + (typedAt?.line === line ? 1 : 0) + 1;
    }
    return { items, lineStarts, length: offset };
  }
  const positionAt = (lineStarts: number[]) => (offset: number) => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line++;
    return { line, character: offset - lineStarts[line] };
  };

  /** The types the DecorationController would send for this article (buckets and gutter icons, as it builds them). */
  function sent(memo: DecorationMemo<string>, a: ReturnType<typeof article>): string[] {
    const at = positionAt(a.lineStarts);
    const out: string[] = [];
    for (const b of decorationBuckets(a.items, a.length, (s, e) => ({ start: at(s), end: at(e) }))) {
      if (b.ranges.length > 0 && memo.shouldSet(`${b.kind}:${b.status}`, b.ranges)) out.push(`${b.kind}:${b.status}`);
    }
    const gutters = new Map<string, PlainRange[]>();
    for (const m of gutterMarks(a.items, a.length, (o) => at(o).line)) gutters.set(m.status, [...(gutters.get(m.status) ?? []), r(m.line, 0, m.line, 0)]);
    for (const [status, ranges] of gutters) if (memo.shouldSet(`gutter:${status}`, ranges)) out.push(`gutter:${status}`);
    return out.sort();
  }

  it('first paint sends every non-empty type; a letter typed inside line 4\'s claim sends the unreviewed claims only', () => {
    const memo = new DecorationMemo<string>();
    assert.deepEqual(sent(memo, article()), [
      'claim:disputed', 'claim:sourced', 'claim:unreviewed', 'gutter:disputed', 'gutter:sourced', 'gutter:unreviewed', 'quote:unreviewed',
    ]);
    memo.noteEdits([insert(4, 20, 'x')]);
    assert.deepEqual(sent(memo, article({ line: 4, character: 20 })), ['claim:unreviewed']);
  });

  it('a letter typed before line 6\'s quote sends the claims and the quotes, not the gutter', () => {
    const memo = new DecorationMemo<string>();
    sent(memo, article());
    memo.noteEdits([insert(6, 5, 'x')]);
    assert.deepEqual(sent(memo, article({ line: 6, character: 5 })), ['claim:unreviewed', 'quote:unreviewed']);
  });

  it('without the memory (every paint in full) all seven go each time', () => {
    assert.equal(sent(new DecorationMemo<string>(), article({ line: 4, character: 20 })).length, 7);
  });
});
