import * as assert from 'assert';
import * as fc from 'fast-check';
import { IncrementalAnalyzer } from '../../../../src/core/incremental/analyzer';
import type { AnalysisUpdate, TextEdit } from '../../../../src/core/incremental/service';
import { applyTextEdits } from '../../../../src/core/incremental/textEdits';
import { FakeEngine, type FakeParagraph } from './fakeEngine';
import type { Analysis } from '../../../../src/core/types';

/** The fake engine, with the sentences matching `claim` as claims. */
class ClaimingEngine extends FakeEngine {
  constructor(private readonly claim: RegExp) {
    super();
  }

  linkParagraphs(text: string, parts: { start: number; result: FakeParagraph }[]): Analysis {
    const analysis = super.linkParagraphs(text, parts);
    const claims = analysis.sentences.filter((s) => this.claim.test(s.text))
      .map((s) => ({ ...s, id: `c${s.start}`, score: 1, type: 'other' as const, reasons: [], entities: { people: [], organizations: [], places: [] } }));
    return { ...analysis, claims };
  }
}

const ARTICLE = [
  'Headline About Things',
  'Smith said the plan costs 40 dollars. Then he left.',
  'He came back. Jones agreed, he said.',
  'A third paragraph without names. It has two sentences!',
  'Brown closed the meeting and he went home.',
].join('\n\n');

function setup(options: { maxEntries?: number; sliceMs?: number; firstPaint?: boolean } = {}) {
  const engine = new FakeEngine();
  const analyzer = new IncrementalAnalyzer<FakeParagraph>({
    engine,
    cache: options.maxEntries ? { maxEntries: options.maxEntries } : undefined,
    sliceMs: options.sliceMs,
    firstPaint: options.firstPaint,
  });
  const updates: AnalysisUpdate[] = [];
  analyzer.onDidUpdate((u) => updates.push(u));
  return { engine, analyzer, updates };
}

async function openAndWait(analyzer: IncrementalAnalyzer<FakeParagraph>, text: string, visible?: { start: number; end: number }) {
  analyzer.open('doc', text, visible);
  return analyzer.whenComplete('doc');
}

/** Batches of raw edits (positions reduced modulo the text length when applied). */
function batchesArb(piece: fc.Arbitrary<string>) {
  const rawEdit = fc.tuple(fc.nat(), fc.nat(), fc.array(piece, { maxLength: 4 }));
  return fc.array(fc.array(rawEdit, { minLength: 1, maxLength: 3 }), { maxLength: 5 });
}

describe('IncrementalAnalyzer', () => {
  it('gives the from-scratch analysis after opening', async () => {
    const { engine, analyzer } = setup();
    const done = await openAndWait(analyzer, ARTICLE);
    assert.deepStrictEqual(done.analysis, new FakeEngine().analyze(ARTICLE));
    assert.strictEqual(done.complete, true);
    assert.strictEqual(engine.analyzed.length, 5);
  });

  const cases: [string, (text: string) => TextEdit[]][] = [
    ['an insertion', (t) => [{ start: t.indexOf('costs'), end: t.indexOf('costs'), text: 'really ' }]],
    ['a deletion', (t) => [{ start: t.indexOf('Then'), end: t.indexOf('Then') + 5, text: '' }]],
    ['a replacement across paragraphs', (t) => [{ start: t.indexOf('left'), end: t.indexOf('Jones'), text: 'stayed. Lee ' }]],
    ['a paragraph split', (t) => [{ start: t.indexOf('Then'), end: t.indexOf('Then'), text: '\n\n' }]],
    ['a paragraph merge', (t) => [{ start: t.indexOf('left.') + 5, end: t.indexOf('He came'), text: ' ' }]],
    ['typing at the very end', (t) => [{ start: t.length, end: t.length, text: ' And he slept.' }]],
    ['typing at the very start', (_t) => [{ start: 0, end: 0, text: 'Breaking: ' }]],
    ['deleting everything', (t) => [{ start: 0, end: t.length, text: '' }]],
    [
      'a batch of edits, each against the previous result',
      (t) => [
        { start: 0, end: 8, text: 'Title' },
        { start: 2, end: 2, text: '' },
        { start: 5, end: 5, text: '\n\nNew paragraph, he said.' },
        { start: t.length - 10, end: t.length - 5, text: 'x' },
      ],
    ],
  ];
  for (const [name, makeEdits] of cases) {
    it(`after ${name}, equals analysing the new text from scratch`, async () => {
      const { analyzer } = setup();
      await openAndWait(analyzer, ARTICLE);
      const edits = makeEdits(ARTICLE);
      analyzer.update('doc', edits);
      const done = await analyzer.whenComplete('doc');
      const expected = applyTextEdits(ARTICLE, edits);
      assert.strictEqual(analyzer.text('doc'), expected);
      assert.deepStrictEqual(done.analysis, new FakeEngine().analyze(expected));
    });
  }

  it('re-analyses only the edited paragraph, and nothing on undo (content cache)', async () => {
    const { engine, analyzer } = setup();
    await openAndWait(analyzer, ARTICLE);
    engine.analyzed = [];
    const at = ARTICLE.indexOf('agreed');
    analyzer.update('doc', [{ start: at, end: at, text: 'quickly ' }]);
    await analyzer.whenComplete('doc');
    assert.deepStrictEqual(engine.analyzed, ['He came back. Jones quickly agreed, he said.']);
    analyzer.update('doc', [{ start: at, end: at + 8, text: '' }]);
    const undone = await analyzer.whenComplete('doc');
    assert.deepStrictEqual(engine.analyzed.length, 1);
    assert.deepStrictEqual(undone.analysis, new FakeEngine().analyze(ARTICLE));
  });

  it('property: any sequence of edit batches ends at the from-scratch analysis', async () => {
    const piece = fc.constantFrom('Ann', 'he', 'said', ' ', '.', '!', '\n', '\n\n', '\r\n', ' \n \n', 'é', '😀', 'Bo', '42', 'x');
    const text = fc.array(piece, { maxLength: 40 }).map((a) => a.join(''));
    await fc.assert(
      fc.asyncProperty(text, batchesArb(piece), async (initial, batches) => {
        const { analyzer } = setup({ maxEntries: 7 });
        await openAndWait(analyzer, initial);
        let current = initial;
        for (const batch of batches) {
          // Build each edit against the text produced by the previous edits of the batch.
          const edits: TextEdit[] = [];
          let t = current;
          for (const [a, b, ins] of batch) {
            const x = a % (t.length + 1);
            const y = b % (t.length + 1);
            const edit = { start: Math.min(x, y), end: Math.max(x, y), text: ins.join('') };
            edits.push(edit);
            t = applyTextEdits(t, [edit]);
          }
          analyzer.update('doc', edits);
          current = t;
        }
        const done = await analyzer.whenComplete('doc');
        assert.strictEqual(analyzer.text('doc'), current);
        assert.deepStrictEqual(done.analysis, new FakeEngine().analyze(current));
      }),
      { numRuns: 300 },
    );
  });

  it('analyses the visible paragraphs first and sends them as a partial update', async () => {
    const { engine, analyzer, updates } = setup({ sliceMs: 0, firstPaint: false });
    const paragraphs = Array.from({ length: 40 }, (_, i) => `Para${i} says he is number ${i}.`);
    const text = paragraphs.join('\n\n');
    const visibleStart = text.indexOf('Para30');
    const visible = { start: visibleStart, end: text.indexOf('Para33') - 2 };
    await openAndWait(analyzer, text, visible);
    const partial = updates[0];
    assert.strictEqual(partial.complete, false);
    const partialTexts = partial.analysis.sentences.map((s) => s.text);
    for (const i of [30, 31, 32]) assert.ok(partialTexts.includes(paragraphs[i]), `partial update lacks paragraph ${i}`);
    assert.deepStrictEqual(engine.analyzed.slice(0, 3), [paragraphs[30], paragraphs[31], paragraphs[32]]);
    const last = updates[updates.length - 1];
    assert.strictEqual(last.complete, true);
    assert.strictEqual(last.analysis.sentences.length, 40);
  });

  describe('first paint', () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `Para${i} says he is number ${i}.`);
    const text = paragraphs.join('\n\n');
    const visible = { start: text.indexOf('Para30'), end: text.indexOf('Para33') - 2 };
    /** sliceMs 0: every paragraph ends a slice, as a slow one does. */
    function claiming(claim: RegExp) {
      const engine = new ClaimingEngine(claim);
      const analyzer = new IncrementalAnalyzer<FakeParagraph>({ engine, sliceMs: 0 });
      const updates: AnalysisUpdate[] = [];
      analyzer.onDidUpdate((u) => updates.push(u));
      return { analyzer, updates };
    }

    it('paints a newly opened document after its first time slice: the claims of the paragraphs done, no quotes', async () => {
      const { analyzer, updates } = claiming(/number 3\d\./);
      await openAndWait(analyzer, text, visible);
      const [first, second] = updates;
      assert.strictEqual(first.complete, false);
      assert.deepStrictEqual(first.analysis.claims.map((s) => s.text), [paragraphs[30]], 'the first paragraph of the visible range only');
      assert.deepStrictEqual(first.analysis.quotes, [], 'speakers wait for the visible range');
      assert.strictEqual(second.complete, false);
      assert.deepStrictEqual(second.analysis.claims.map((s) => s.text), paragraphs.slice(30, 33), 'then the visible range, with its quotes');
      assert.strictEqual(second.analysis.quotes.length, 3);
      assert.strictEqual(updates.filter((u) => u.analysis.quotes.length === 0).length, 1, 'one first paint only');
      assert.deepStrictEqual(updates[updates.length - 1].analysis, new ClaimingEngine(/number 3\d\./).analyze(text));
    });

    it('waits for a slice that has a claim: an empty first paint would paint nothing', async () => {
      const { analyzer, updates } = claiming(/number 31\./);
      await openAndWait(analyzer, text, visible);
      assert.deepStrictEqual(updates[0].analysis.sentences.map((s) => s.text), paragraphs.slice(30, 32), 'after the paragraph with the claim');
      assert.deepStrictEqual(updates[0].analysis.claims.map((s) => s.text), [paragraphs[31]]);
      assert.deepStrictEqual(updates[0].analysis.quotes, []);
      assert.strictEqual(updates[1].analysis.quotes.length, 3);
    });

    it('can be turned off', async () => {
      const engine = new ClaimingEngine(/number 3\d\./);
      const analyzer = new IncrementalAnalyzer<FakeParagraph>({ engine, sliceMs: 0, firstPaint: false });
      const updates: AnalysisUpdate[] = [];
      analyzer.onDidUpdate((u) => updates.push(u));
      await openAndWait(analyzer, text, visible);
      assert.strictEqual(updates[0].analysis.quotes.length, 3, 'the first update is the visible range\'s');
    });
  });

  it('gives an edit no first paint: the paragraphs not yet redone keep their results', async () => {
    const analyzer = new IncrementalAnalyzer<FakeParagraph>({ engine: new ClaimingEngine(/number/), sliceMs: 0 });
    const updates: AnalysisUpdate[] = [];
    analyzer.onDidUpdate((u) => updates.push(u));
    const paragraphs = Array.from({ length: 10 }, (_, i) => `Para${i} says he is number ${i}.`);
    const text = paragraphs.join('\n\n');
    await openAndWait(analyzer, text);
    updates.length = 0;
    // Two paragraphs edited at once: two slices of work.
    analyzer.update('doc', [{ start: text.indexOf('Para5'), end: text.indexOf('Para5'), text: 'X' }, { start: 0, end: 0, text: 'Y' }]);
    await analyzer.whenComplete('doc');
    assert.ok(updates.length > 0);
    assert.ok(updates.every((u) => u.analysis.quotes.length === 10), 'every update keeps every quote');
  });

  it('is busy from an open or edit until its complete update', async () => {
    const { analyzer } = setup();
    assert.strictEqual(analyzer.busy, false);
    analyzer.open('doc', ARTICLE);
    assert.strictEqual(analyzer.busy, true);
    await analyzer.whenComplete('doc');
    assert.strictEqual(analyzer.busy, false);
    analyzer.update('doc', [{ start: 0, end: 0, text: 'X' }]);
    assert.strictEqual(analyzer.busy, true);
    await analyzer.whenComplete('doc');
    assert.strictEqual(analyzer.busy, false);
  });

  it('re-prioritises after scrolling', async () => {
    const { engine, analyzer } = setup({ sliceMs: 0 });
    const text = Array.from({ length: 30 }, (_, i) => `Line${i} here.`).join('\n\n');
    analyzer.open('doc', text, { start: 0, end: 5 });
    const target = text.indexOf('Line25');
    analyzer.setVisible('doc', { start: target, end: target + 3 });
    await analyzer.whenComplete('doc');
    assert.strictEqual(engine.analyzed[0], 'Line25 here.');
  });

  it('drops stale revisions: quick successive edits produce one update, for the last revision only', async () => {
    const { engine, analyzer, updates } = setup();
    await openAndWait(analyzer, ARTICLE);
    updates.length = 0;
    engine.analyzed = [];
    const at = ARTICLE.indexOf('agreed');
    for (const ch of ['a', 'b', 'c']) {
      analyzer.update('doc', [{ start: at, end: at, text: ch }]);
    }
    await analyzer.whenComplete('doc');
    assert.deepStrictEqual(updates.map((u) => u.revision), [4]);
    assert.deepStrictEqual(engine.analyzed, ['He came back. Jones cbaagreed, he said.']);
  });

  it('preempts stale background work when an edit arrives mid-analysis', async () => {
    const { engine, analyzer, updates } = setup({ sliceMs: 0 });
    const text = Array.from({ length: 50 }, (_, i) => `Item${i} is fine.`).join('\n\n');
    analyzer.open('doc', text, { start: 0, end: 10 });
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    analyzer.update('doc', [{ start: 0, end: 0, text: 'New ' }]);
    const done = await analyzer.whenComplete('doc');
    assert.deepStrictEqual(done.analysis, new FakeEngine().analyze(applyTextEdits(text, [{ start: 0, end: 0, text: 'New ' }])));
    assert.ok(updates.every((u) => !u.complete || u.revision === 2), 'no complete update for the stale revision');
    // Every paragraph was analysed once, plus the edited first paragraph again.
    assert.strictEqual(engine.analyzed.length, 51);
  });

  it('keeps the content cache within its bound', async () => {
    const { analyzer } = setup({ maxEntries: 5 });
    const text = Array.from({ length: 20 }, (_, i) => `Para${i}.`).join('\n\n');
    const done = await openAndWait(analyzer, text);
    assert.strictEqual(analyzer.cacheSize, 5);
    assert.strictEqual(done.analysis.sentences.length, 20, 'eviction does not lose analyses of open documents');
  });

  it('rejects an edit that does not fit the text and keeps the document intact', async () => {
    const { analyzer } = setup();
    await openAndWait(analyzer, ARTICLE);
    assert.throws(() => analyzer.update('doc', [{ start: 0, end: 1, text: 'X' }, { start: 5, end: ARTICLE.length + 10, text: '' }]), RangeError);
    assert.strictEqual(analyzer.text('doc'), ARTICLE);
    analyzer.update('doc', [{ start: 0, end: 0, text: 'Y' }]);
    const done = await analyzer.whenComplete('doc');
    assert.deepStrictEqual(done.analysis, new FakeEngine().analyze('Y' + ARTICLE));
  });

  it('reports a paragraph the engine throws on and still analyses the others', async () => {
    const errors: unknown[] = [];
    const engine = new FakeEngine();
    engine.failMarker = 'third';
    const analyzer = new IncrementalAnalyzer<FakeParagraph>({ engine, onError: (e) => errors.push(e) });
    analyzer.open('doc', ARTICLE);
    const done = await analyzer.whenComplete('doc');
    assert.strictEqual(errors.length, 1);
    assert.ok(!done.analysis.sentences.some((s) => s.text.includes('third')));
    assert.ok(done.analysis.sentences.some((s) => s.text.startsWith('Brown')));
  });

  it('handles empty and whitespace-only documents', async () => {
    const { analyzer } = setup();
    for (const text of ['', '  \n\n \r\n ']) {
      const done = await openAndWait(analyzer, text);
      assert.deepStrictEqual(done.analysis, { sentences: [], claims: [], quotes: [] });
    }
  });

  it('sends nothing more for a closed document', async () => {
    const { analyzer, updates } = setup({ sliceMs: 0 });
    const text = Array.from({ length: 30 }, (_, i) => `P${i}.`).join('\n\n');
    analyzer.open('doc', text, { start: 0, end: 3 });
    analyzer.close('doc');
    await new Promise((r) => setTimeout(r, 20));
    assert.deepStrictEqual(updates, []);
    assert.strictEqual(analyzer.get('doc'), undefined);
  });
});
