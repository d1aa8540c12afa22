import * as assert from 'assert';
import * as fc from 'fast-check';
import { IncrementalAnalyzer } from '../../../../src/core/incremental/analyzer';
import { splitParagraphs } from '../../../../src/core/incremental/paragraphSplit';
import type { TextEdit } from '../../../../src/core/incremental/service';
import { applyTextEdits } from '../../../../src/core/incremental/textEdits';
import type { Span } from '../../../../src/core/types';
import { FakeEngine, type FakeParagraph } from './fakeEngine';

/** Records what the analyzer asks of the engine, and when updates go out, in one log. */
class LoggingEngine extends FakeEngine {
  log: string[] = [];
  splitParagraphs(text: string): Span[] {
    this.log.push(`split ${text.length}`);
    return super.splitParagraphs(text);
  }
  analyzeParagraph(text: string): FakeParagraph {
    this.log.push(`analyse ${text}`);
    return super.analyzeParagraph(text);
  }
}

const pieces = fc.constantFrom('Ann', 'he', 'said', ' ', '.', '\n', '\n\n', '\r\n', '\r\r', ' \n \n', '\u00a0', 'é', '😀', 'x'.repeat(700), 'Bo. ');

describe('IncrementalAnalyzer lazy splitting of long documents', () => {
  it('property: the paragraph splitter is prefix-stable (what lazy splitting relies on)', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('');
        const whole = splitParagraphs(text);
        const prefix = splitParagraphs(text.slice(0, a % (text.length + 1)));
        prefix.pop();
        assert.deepStrictEqual(prefix, whole.slice(0, prefix.length));
        // The text after any of the text's paragraphs splits into the remaining ones.
        const k = b % (whole.length + 1);
        const from = k ? whole[k - 1].end : 0;
        const rest = splitParagraphs(text.slice(from)).map((s) => ({ start: s.start + from, end: s.end + from }));
        assert.deepStrictEqual(rest, whole.slice(k));
      }),
      { numRuns: 1000 },
    );
  });

  it('splits only around the visible range before the first update, the rest afterwards', async () => {
    const engine = new LoggingEngine();
    // Without the first paint (which comes after the first paragraph here, each a slice of its own).
    const analyzer = new IncrementalAnalyzer<FakeParagraph>({ engine, lazySplitChars: 1000, sliceMs: 0, firstPaint: false });
    analyzer.onDidUpdate((u) => engine.log.push(u.complete ? 'complete' : 'partial'));
    const paragraphs = Array.from({ length: 2000 }, (_, i) => `Para${i} says he is number ${i}.`);
    const text = paragraphs.join('\n\n');
    analyzer.open('doc', text, { start: 0, end: text.indexOf('Para3') });
    const done = await analyzer.whenComplete('doc');
    const splits = engine.log.filter((l) => l.startsWith('split')).map((l) => Number(l.slice(6)));
    assert.ok(splits[0] < 10_000, `first split of ${splits[0]} chars`);
    const partialAt = engine.log.indexOf('partial');
    assert.deepStrictEqual(engine.log.slice(0, partialAt), [`split ${splits[0]}`, ...paragraphs.slice(0, 4).map((p) => `analyse ${p}`)]);
    // The rest of the text is split once, after the partial update (and after the prefix's other paragraphs).
    assert.strictEqual(splits.length, 2);
    assert.ok(engine.log.indexOf(`split ${splits[1]}`) > partialAt);
    assert.strictEqual(splits[0] + splits[1] > text.length - 4, true);
    assert.deepStrictEqual(done.analysis, new FakeEngine().analyze(text));
  });

  it('a scroll just after opening splits only through the new visible range', async () => {
    const engine = new LoggingEngine();
    const analyzer = new IncrementalAnalyzer<FakeParagraph>({ engine, lazySplitChars: 1000, sliceMs: 0 });
    const paragraphs = Array.from({ length: 2000 }, (_, i) => `Para${i} says he is number ${i}.`);
    const text = paragraphs.join('\n\n');
    analyzer.open('doc', text, { start: 0, end: 10 });
    analyzer.setVisible('doc', { start: 0, end: text.indexOf('Para300') });
    analyzer.setVisible('doc', { start: 0, end: text.indexOf('Para20') });
    const splits = engine.log.filter((l) => l.startsWith('split')).map((l) => Number(l.slice(6)));
    assert.strictEqual(splits.length, 2);
    assert.ok(splits[0] + splits[1] < text.indexOf('Para300') + 20_000, `split ${splits.join(' + ')} chars of ${text.length}`);
    const done = await analyzer.whenComplete('doc');
    // The last visible range's paragraphs went first.
    const analysed = engine.log.filter((l) => l.startsWith('analyse'));
    assert.deepStrictEqual(analysed.slice(0, 21), paragraphs.slice(0, 21).map((p) => `analyse ${p}`));
    assert.deepStrictEqual(done.analysis, new FakeEngine().analyze(text));
  });

  it('property: scrolling alone, right after opening a long document, ends at the from-scratch analysis', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(pieces, { maxLength: 60 }), fc.nat(), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 2 })), { maxLength: 4 }), async (parts, v, scrolls) => {
        const analyzer = new IncrementalAnalyzer<FakeParagraph>({ engine: new FakeEngine(), lazySplitChars: 0, sliceMs: 0 });
        const text = parts.join('');
        const at = v % (text.length + 1);
        analyzer.open('doc', text, { start: at, end: at + 10 });
        for (const [s, turns] of scrolls) {
          for (let i = 0; i < turns; i++) await new Promise((r) => setImmediate(r));
          const x = s % (text.length + 1);
          analyzer.setVisible('doc', { start: x, end: x + 7 });
        }
        const done = await analyzer.whenComplete('doc');
        assert.deepStrictEqual(done.analysis, new FakeEngine().analyze(text));
      }),
      { numRuns: 300 },
    );
  });

  it('property: edits and scrolling right after opening a long document end at the from-scratch analysis', async () => {
    const edit = fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('', 'x', 'Ann said.', '\n\n', 'he', '\r\n'), fc.nat({ max: 2 }), fc.boolean());
    await fc.assert(
      fc.asyncProperty(fc.array(pieces, { maxLength: 60 }), fc.nat(), fc.array(edit, { maxLength: 4 }), async (parts, v, edits) => {
        const analyzer = new IncrementalAnalyzer<FakeParagraph>({ engine: new FakeEngine(), lazySplitChars: 0, sliceMs: 0 });
        let text = parts.join('');
        const at = v % (text.length + 1);
        analyzer.open('doc', text, { start: at, end: at + 10 });
        for (const [a, b, ins, turns, scroll] of edits) {
          for (let i = 0; i < turns; i++) await new Promise((r) => setImmediate(r));
          const x = a % (text.length + 1);
          const y = b % (text.length + 1);
          const e: TextEdit = { start: Math.min(x, y), end: Math.max(x, y), text: ins };
          text = applyTextEdits(text, [e]);
          if (scroll) analyzer.setVisible('doc', { start: e.start, end: e.start + 5 });
          analyzer.update('doc', [e]);
        }
        const done = await analyzer.whenComplete('doc');
        assert.deepStrictEqual(done.analysis, new FakeEngine().analyze(text));
      }),
      { numRuns: 300 },
    );
  });
});
