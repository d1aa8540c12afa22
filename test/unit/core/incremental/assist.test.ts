import * as assert from 'assert';
import * as fc from 'fast-check';
import { IncrementalAnalyzer, type ParagraphAssistant } from '../../../../src/core/incremental/analyzer';
import type { AnalysisUpdate } from '../../../../src/core/incremental/service';
import { applyTextEdits } from '../../../../src/core/incremental/textEdits';
import { FakeEngine, type FakeParagraph } from './fakeEngine';

/** An assistant running another engine "elsewhere": answers a few event-loop turns later. */
class FakeAssistant implements ParagraphAssistant<FakeParagraph> {
  readonly engine = new FakeEngine();
  requests: string[][] = [];
  fail = false;
  async analyze(texts: string[]): Promise<(FakeParagraph | undefined)[]> {
    this.requests.push(texts);
    for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
    if (this.fail) throw new Error('assistant gone');
    return texts.map((t) => {
      try {
        return this.engine.analyzeParagraph(t);
      } catch {
        return undefined;
      }
    });
  }
}

function setup(assistMinChars = 10) {
  const engine = new FakeEngine();
  const assistant = new FakeAssistant();
  const errors: unknown[] = [];
  const analyzer = new IncrementalAnalyzer<FakeParagraph>({ engine, assistant, assistMinChars, sliceMs: 0, firstPaint: false, onError: (e) => errors.push(e) });
  const updates: AnalysisUpdate[] = [];
  analyzer.onDidUpdate((u) => updates.push(u));
  return { engine, assistant, analyzer, updates, errors };
}

const paragraphs = Array.from({ length: 40 }, (_, i) => `Para${i} says he is number ${i}.`);
const TEXT = paragraphs.join('\n\n');
const VISIBLE = { start: 0, end: TEXT.indexOf('Para10') - 2 };

describe('IncrementalAnalyzer with an assistant', () => {
  it('shares the visible paragraphs: the first update covers them all, each analysed once, the rest afterwards', async () => {
    const { engine, assistant, analyzer, updates } = setup();
    let analysedBeforeFirst = -1;
    const sub = analyzer.onDidUpdate(() => {
      analysedBeforeFirst = engine.analyzed.length;
      sub.dispose();
    });
    analyzer.open('doc', TEXT, VISIBLE);
    const done = await analyzer.whenComplete('doc');
    // The later half of the ten visible paragraphs went to the assistant; what it answered early,
    // it may get more of what is left of the visible range here (never the rest of the document).
    assert.deepStrictEqual(assistant.requests[0], paragraphs.slice(5, 10));
    const assisted = assistant.requests.flat();
    assert.ok(assisted.every((t) => paragraphs.slice(0, 10).includes(t)));
    assert.deepStrictEqual([...engine.analyzed, ...assisted].sort(), [...paragraphs].sort(), 'each paragraph analysed once, here or there');
    const partial = updates[0];
    assert.strictEqual(partial.complete, false);
    assert.ok(analysedBeforeFirst <= 10, `${analysedBeforeFirst} paragraphs analysed before the first update`);
    assert.deepStrictEqual(partial.analysis.sentences.map((s) => s.text), paragraphs.slice(0, 10));
    assert.deepStrictEqual(done.analysis, new FakeEngine().analyze(TEXT));
  });

  it('does not ask for help with a small visible range or a single paragraph (a keystroke)', async () => {
    const { assistant, analyzer } = setup(10_000);
    analyzer.open('doc', TEXT, VISIBLE);
    await analyzer.whenComplete('doc');
    const small = setup();
    small.analyzer.open('doc', TEXT, { start: 0, end: 5 });
    await small.analyzer.whenComplete('doc');
    small.analyzer.update('doc', [{ start: 3, end: 3, text: 'x' }]);
    await small.analyzer.whenComplete('doc');
    assert.deepStrictEqual([assistant.requests, small.assistant.requests], [[], []]);
  });

  it('analyses the share here when the assistant fails, and reports paragraphs the engine throws on', async () => {
    const { engine, assistant, analyzer, errors } = setup();
    assistant.fail = true;
    analyzer.open('doc', TEXT, VISIBLE);
    let done = await analyzer.whenComplete('doc');
    assert.deepStrictEqual(done.analysis, new FakeEngine().analyze(TEXT));
    assert.strictEqual(engine.analyzed.length, 40);
    // A paragraph both engines throw on is left out, with one error, as without an assistant.
    const bad = setup();
    bad.engine.failMarker = bad.assistant.engine.failMarker = 'Para8 ';
    bad.analyzer.open('doc', TEXT, VISIBLE);
    done = await bad.analyzer.whenComplete('doc');
    assert.strictEqual(bad.errors.length, 1);
    assert.strictEqual(done.analysis.sentences.length, 39);
    assert.deepStrictEqual(errors, []);
  });

  it('property: edits and scrolling while the assistant works end at the from-scratch analysis', async () => {
    const edit = fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('', 'x', 'Ann said.', '\n\n', 'he'), fc.nat({ max: 3 }), fc.boolean());
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { maxLength: 6 }), async (edits) => {
        const { analyzer } = setup();
        analyzer.open('doc', TEXT, VISIBLE);
        let text = TEXT;
        for (const [a, b, ins, turns, scroll] of edits) {
          for (let i = 0; i < turns; i++) await new Promise((r) => setImmediate(r));
          const x = a % (text.length + 1);
          const y = b % (text.length + 1);
          const e = { start: Math.min(x, y), end: Math.max(x, y), text: ins };
          text = applyTextEdits(text, [e]);
          analyzer.update('doc', [e], scroll ? { start: Math.min(x, y), end: Math.min(x, y) + 200 } : undefined);
        }
        const done = await analyzer.whenComplete('doc');
        assert.deepStrictEqual(done.analysis, new FakeEngine().analyze(text));
      }),
      { numRuns: 150 },
    );
  });
});
