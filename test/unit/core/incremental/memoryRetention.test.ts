/**
 * Typing must not keep old revisions of the document alive. A slice of a long string is a view
 * into it in V8, so a paragraph text, cache key or item text sliced from the document kept the
 * whole document of that keystroke in memory: one more copy per keystroke, until the worker ran
 * out of memory. Measured with a forced collection; the margin is wide (tens of MB without the fix).
 */
import * as assert from 'assert';
import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';
import { IncrementalAnalyzer, type AnalysisEngine } from '../../../../src/core/incremental/analyzer';
import { Linker, linkParagraphs } from '../../../../src/core/link/linker';
import { splitParagraphs } from '../../../../src/core/incremental/paragraphSplit';
import type { ParagraphAnalysis } from '../../../../src/core/paragraph/types';
import { SentenceParser } from '../../../../src/core/text/sentenceParse';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapMb(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/** One sentence per paragraph, no compromise: the real linker over a large document stays quick. */
const cheapEngine: AnalysisEngine<ParagraphAnalysis> = {
  splitParagraphs,
  analyzeParagraph: (text) => ({
    sentences: [{ start: 0, end: text.length, score: 0.5 }],
    claims: [{ start: 0, end: text.length, score: 0.5, type: 'other', reasons: [], entities: { people: [], organizations: [], places: [] } }],
    quotes: [],
    intro: null,
    persons: [],
  }),
  linkParagraphs,
  createLinker: () => new Linker(),
};

describe('memory while typing', () => {
  it('keeps no copy of earlier revisions of a 1 MB document', async function () {
    this.timeout(60000);
    // Two-byte text (the curly quote): 2 MB per copy of the document.
    const paragraph = (i: number) => `Paragraph ${i} says the figure rose by ${i} per cent, “officials” said on Monday.`;
    const text = Array.from({ length: 12_000 }, (_, i) => paragraph(i)).join('\n\n');
    const analyzer = new IncrementalAnalyzer({ engine: cheapEngine });
    analyzer.open('doc', text);
    await analyzer.whenComplete('doc');
    const before = heapMb();
    for (let k = 0; k < 30; k++) {
      const current = analyzer.text('doc')!;
      const at = current.indexOf(' says', Math.floor((k * current.length) / 30));
      analyzer.update('doc', [{ start: at, end: at, text: 'x' }]);
      await analyzer.whenComplete('doc');
    }
    const grown = heapMb() - before;
    assert.ok(analyzer.get('doc')!.claims.some((c) => c.text.includes('x says')));
    // Without copies: 30 keystrokes × 2 MB.
    assert.ok(grown < 15, `heap grew by ${grown.toFixed(1)} MB over 30 keystrokes`);
    analyzer.dispose();
  });

  it('the sentence cache keeps no copy of the paragraphs its sentences came from', () => {
    const parser = new SentenceParser();
    const before = heapMb();
    for (let k = 0; k < 40; k++) {
      // A paragraph sliced from a 1 MB (two-byte) text, one sentence without a full stop.
      const big = `Sentence ${k} is new here and “filler” words follow ` + 'and more “filler” words '.repeat(21_000);
      parser.parse(big.slice(0, 200));
    }
    const grown = heapMb() - before;
    assert.ok(grown < 15, `heap grew by ${grown.toFixed(1)} MB for 40 cached sentences`);
  });

  it('the sentence cache holds a sentence in a few bytes per character (offsets, not term objects)', function () {
    this.timeout(60000);
    const parser = new SentenceParser();
    const sentences = Array.from({ length: 1500 }, (_, i) => `Sentence ${i} says ${i * 7} people in Springfield “saw” the mayor's plan on Friday. `);
    const chars = sentences.reduce((n, x) => n + x.length, 0);
    const before = heapMb();
    for (const s of sentences) parser.parse(s);
    const perChar = ((heapMb() - before) * 2 ** 20) / chars;
    assert.strictEqual(parser.size, sentences.length);
    // Term objects with their own strings took about 20 bytes a character here, offsets about 11.
    assert.ok(perChar < 14, `${perChar.toFixed(1)} bytes per cached character`);
  });
});
