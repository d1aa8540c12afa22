import * as assert from 'assert';
import * as fc from 'fast-check';
import { applyAnalysisPatch, diffAnalysis, sameShifted, shiftOffsets } from '../../../../src/core/incremental/analysisPatch';
import { IncrementalAnalyzer } from '../../../../src/core/incremental/analyzer';
import type { Analysis, Quote } from '../../../../src/core/types';

function quote(start: number, text: string): Quote {
  return {
    start,
    end: start + text.length,
    id: `q-${text}`,
    text,
    kind: 'direct',
    speaker: { mention: { start: start + 20, end: start + 23, text: 'Ann' }, name: 'Ann' },
    cue: { start: start + 24, end: start + 28, text: 'said' },
    rules: [],
  };
}

function analysisOf(items: { at: number; text: string }[]): Analysis {
  return {
    sentences: items.map(({ at, text }) => ({ start: at, end: at + text.length, text })),
    claims: [],
    quotes: items.filter((_, i) => i % 2 === 0).map(({ at, text }) => quote(at, text)),
  };
}

describe('analysis patches (worker → host)', () => {
  it('shifts nested offsets and shares the rest', () => {
    const q = quote(10, 'hello');
    const s = shiftOffsets(q, 5);
    assert.deepStrictEqual([s.start, s.end, s.speaker!.mention.start, s.cue!.end], [15, 20, 35, 43]);
    assert.strictEqual(q.start, 10, 'the original is untouched');
    assert.ok(sameShifted(q, s, 5));
    assert.ok(!sameShifted(q, s, 4));
  });

  it('after a typical keystroke, sends only the changed items', () => {
    const prev = analysisOf([{ at: 0, text: 'aa' }, { at: 10, text: 'bb' }, { at: 20, text: 'cc' }, { at: 30, text: 'dd' }]);
    const next = analysisOf([{ at: 0, text: 'aa' }, { at: 10, text: 'bXb' }, { at: 21, text: 'cc' }, { at: 31, text: 'dd' }]);
    const patch = diffAnalysis(prev, next, 1);
    assert.strictEqual(patch.kind, 'delta');
    if (patch.kind === 'delta') assert.deepStrictEqual(patch.lists.sentences, { head: 1, tail: 2, mid: [next.sentences[1]] });
    assert.deepStrictEqual(applyAnalysisPatch(prev, patch), next);
  });

  it('property: applying the diff reproduces the next analysis', () => {
    const item = fc.record({ at: fc.nat(50), text: fc.constantFrom('a', 'bb', 'ccc') });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), fc.array(item, { maxLength: 12 }), fc.integer({ min: -5, max: 5 }), (a, b, shift) => {
        const prev = analysisOf(a);
        const next = analysisOf(b);
        const patched = applyAnalysisPatch(prev, diffAnalysis(prev, next, shift));
        assert.deepStrictEqual(patched, next);
      }),
      { numRuns: 500 },
    );
  });

  it('a first analysis travels whole, and a delta needs a previous one', () => {
    const next = analysisOf([{ at: 0, text: 'x' }]);
    const patch = diffAnalysis(undefined, next, 0);
    assert.deepStrictEqual(patch, { kind: 'full', analysis: next });
    assert.throws(() => applyAnalysisPatch(undefined, diffAnalysis(next, next, 0)));
  });

  it('with the analyzer’s hint (tail known from the linker), patches still reproduce each update and stay small', async function () {
    this.timeout(60_000);
    const para = (i: number) => `Anna Berg said on day ${i} that prices rose ${i} percent. "It is fine," she told reporters.`;
    let text = `Headline\n\n${Array.from({ length: 60 }, (_, i) => para(i)).join('\n\n')}`;
    const analyzer = new IncrementalAnalyzer();
    analyzer.open('d', text);
    let prev = (await analyzer.whenComplete('d')).analysis;
    let hinted = 0;
    for (const frac of [0.5, 0.2, 0.9, 0.5, 0.05]) {
      const at = text.indexOf(' ', Math.floor(text.length * frac));
      const prevLength = text.length;
      text = text.slice(0, at) + ' really' + text.slice(at);
      analyzer.update('d', [{ start: at, end: at, text: ' really' }]);
      const next = (await analyzer.whenComplete('d')).analysis;
      const hint = analyzer.patchHint('d');
      const known = hint && hint.from === prev ? hint.tails : undefined;
      if (known) hinted++;
      const patch = diffAnalysis(prev, next, text.length - prevLength, known);
      assert.deepStrictEqual(applyAnalysisPatch(prev, patch), next);
      if (patch.kind === 'delta') assert.ok(patch.lists.sentences.mid.length <= 3, `mid of ${patch.lists.sentences.mid.length} sentences`);
      prev = next;
    }
    assert.ok(hinted > 0, 'the analyzer gave a usable hint');
    analyzer.dispose();
  });
});
