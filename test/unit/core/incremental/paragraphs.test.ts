import * as assert from 'assert';
import * as fc from 'fast-check';
import { applyEditToParagraphs, splitAll, type Paragraph, type Splitter } from '../../../../src/core/incremental/paragraphIndex';
import { MAX_BLOCK, splitParagraphs } from '../../../../src/core/incremental/paragraphSplit';
import type { Span } from '../../../../src/core/types';

const view = (ps: Paragraph<unknown>[]) => ps.map((p) => ({ start: p.start, end: p.end, text: p.text }));

/**
 * A splitter whose paragraphs depend on their neighbours: a block ending with ':' is joined to the
 * next one (chains included), so an edit can change paragraphs well beyond the edited one.
 */
const colonSplitter: Splitter = (text) => {
  const out: Span[] = [];
  for (const s of splitParagraphs(text)) {
    const prev = out[out.length - 1];
    if (prev && text[prev.end - 1] === ':') prev.end = s.end;
    else out.push({ ...s });
  }
  return out;
};

function checkEdits(split: Splitter, text: string, raw: [number, number, string][]) {
  let paragraphs = splitAll<number>(text, split);
  paragraphs.forEach((p, i) => (p.result = i));
  for (const [a, b, ins] of raw) {
    const x = a % (text.length + 1);
    const y = b % (text.length + 1);
    const r = applyEditToParagraphs(text, paragraphs, { start: Math.min(x, y), end: Math.max(x, y), text: ins }, split);
    text = r.text;
    paragraphs = r.paragraphs;
    assert.deepStrictEqual(view(paragraphs), view(splitAll(text, split)));
    for (const p of paragraphs) {
      assert.strictEqual(text.slice(p.start, p.end), p.text);
      // A paragraph that kept its analysis must still hold the same content it was analysed for.
      if (p.result !== undefined) assert.ok(!r.added.includes(p));
    }
  }
}

const piece = fc.constantFrom('word', ' ', ':', '.', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', ' \t\n', '\u00a0', '😀', 'é');

describe('paragraph index under edits', () => {
  it('property: re-splitting around edits equals splitting the whole text', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 60 }).map((a) => a.join('')),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.array(piece, { maxLength: 5 }).map((a) => a.join(''))), { minLength: 1, maxLength: 8 }),
        (text, edits) => checkEdits(splitParagraphs, text, edits),
      ),
      { numRuns: 500 },
    );
  });

  it('property: also with paragraphs longer than the engine block (cut points move)', () => {
    const words = fc.array(fc.constantFrom('alpha ', 'beta. ', 'gamma\n', 'delta '), { minLength: MAX_BLOCK / 3, maxLength: MAX_BLOCK / 2 });
    fc.assert(
      fc.property(
        words.map((a) => a.join('')),
        fc.array(fc.tuple(fc.nat(), fc.nat(), piece), { minLength: 1, maxLength: 4 }),
        (text, edits) => checkEdits(splitParagraphs, text, edits),
      ),
      { numRuns: 40 },
    );
  });

  it('property: a splitter with cross-paragraph rules is handled by growing the region', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((a) => a.join('')),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.array(piece, { maxLength: 3 }).map((a) => a.join(''))), { minLength: 1, maxLength: 5 }),
        (text, edits) => checkEdits(colonSplitter, text, edits),
      ),
      { numRuns: 300 },
    );
  });

  it('keeps untouched paragraphs (and their results), shifting those after the edit', () => {
    const text = 'One.\n\nTwo.\n\nThree.';
    const paragraphs = splitAll<string>(text, splitParagraphs);
    paragraphs.forEach((p) => (p.result = p.text));
    const r = applyEditToParagraphs(text, paragraphs, { start: 6, end: 6, text: 'Tw' }, splitParagraphs);
    assert.strictEqual(r.paragraphs[0], paragraphs[0]);
    assert.strictEqual(r.paragraphs[2], paragraphs[2]);
    assert.deepStrictEqual(view(r.added), [{ start: 6, end: 12, text: 'TwTwo.' }]);
    assert.deepStrictEqual([r.paragraphs[2].start, r.paragraphs[2].result], [14, 'Three.']);
  });

  it('rejects an edit outside the text', () => {
    assert.throws(() => applyEditToParagraphs('abc', [], { start: 2, end: 9, text: '' }, splitParagraphs), RangeError);
    assert.throws(() => applyEditToParagraphs('abc', [], { start: -1, end: 0, text: '' }, splitParagraphs), RangeError);
  });
});
