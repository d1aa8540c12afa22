import * as assert from 'assert';
import * as fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { IncrementalAnalyzer } from '../../../../src/core/incremental/analyzer';
import { analyze } from '../../../../src/core/analysis';
import type { TextEdit } from '../../../../src/core/incremental/service';
import { applyTextEdits } from '../../../../src/core/incremental/textEdits';

const SEEDS = path.join(__dirname, '..', '..', '..', '..', '..', 'seeds');
const SEED = readFileSync(path.join(SEEDS, readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))[0]), 'utf8');
/** Real sentences (with quotes, speakers, pronouns) to build documents and edits from. */
const SENTENCES = SEED.split(/(?<=[.!?"”])\s+/).filter((s) => s.trim());

describe('IncrementalAnalyzer with the real engine', function () {
  this.timeout(120_000);

  it('property: edits (typing, pasting sentences, splitting and merging paragraphs) end at analyze(new text)', async () => {
    const piece = fc.oneof(fc.constantFrom(...SENTENCES), fc.constantFrom(' ', '\n\n', '\n', 'he said', '"', '“', '”', ', ', '42 ', 'x'));
    const doc = fc.array(fc.constantFrom(...SENTENCES, '\n\n', '\n\n', ' '), { minLength: 1, maxLength: 14 }).map((a) => a.join(' '));
    const rawEdit = fc.tuple(fc.nat(), fc.nat(40), fc.array(piece, { maxLength: 2 }).map((a) => a.join('')));
    await fc.assert(
      fc.asyncProperty(doc, fc.array(fc.array(rawEdit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }), async (initial, batches) => {
        const analyzer = new IncrementalAnalyzer();
        analyzer.open('d', initial, { start: 0, end: 200 });
        let text = initial;
        for (const batch of batches) {
          const edits: TextEdit[] = [];
          for (const [at, len, ins] of batch) {
            const start = at % (text.length + 1);
            const edit = { start, end: Math.min(text.length, start + len), text: ins };
            edits.push(edit);
            text = applyTextEdits(text, [edit]);
          }
          analyzer.update('d', edits);
          // Let some of the work happen between batches, as while typing.
          await new Promise((r) => setImmediate(r));
        }
        const done = await analyzer.whenComplete('d');
        analyzer.dispose();
        assert.deepStrictEqual(done.analysis, analyze(text));
      }),
      { numRuns: 40 },
    );
  });

  it('finds the seed article’s quotes and claims the same way after a round trip of edits', async () => {
    const analyzer = new IncrementalAnalyzer();
    analyzer.open('seed', SEED);
    const before = await analyzer.whenComplete('seed');
    const at = SEED.indexOf('Safronkov');
    analyzer.update('seed', [{ start: at, end: at, text: 'Meanwhile, ' }]);
    await analyzer.whenComplete('seed');
    analyzer.update('seed', [{ start: at, end: at + 'Meanwhile, '.length, text: '' }]);
    const after = await analyzer.whenComplete('seed');
    assert.deepStrictEqual(after.analysis, before.analysis);
    assert.deepStrictEqual(before.analysis, analyze(SEED));
    analyzer.dispose();
  });
});
