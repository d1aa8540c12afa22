import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analysis';
import { hostileDocument, Rng } from '../../../scripts/fuzz/hostileText';
import { analysisProblems } from '../../../scripts/fuzz/invariants';

/**
 * The engine under hostile text (a seeded sample of what `npm run fuzz` runs 100,000 of): marks of every style,
 * unbalanced and piled up, cue words at paragraph ends, control characters, surrogates, huge words, bylines, many short
 * quotes with pronoun speakers, CRLF. Seeds 62, 323 and 405 of this sample made the reported-clause rule throw.
 */
const DOCUMENTS = 500;

describe('fuzz: seeded hostile documents', () => {
  it(`${DOCUMENTS} documents: no exception, no failed step, every offset in the text and every boundary consistent`, function () {
    this.timeout(180000); // about 10 s on an idle 2-core machine; a starved CPU takes longer
    const failures: string[] = [];
    for (let seed = 1; seed <= DOCUMENTS && failures.length < 10; seed++) {
      const text = hostileDocument(seed);
      try {
        const a = analyze(text);
        for (const e of a.errors ?? []) failures.push(`seed ${seed}: ${e.step} ${e.rule ?? ''} at ${e.offset}: ${e.message}`);
        for (const p of analysisProblems(text, a)) failures.push(`seed ${seed}: ${p.kind}: ${p.message}`);
      } catch (error) {
        failures.push(`seed ${seed}: exception ${(error as Error)?.stack ?? String(error)}`);
      }
    }
    assert.deepEqual(failures, []);
  });

  it('the generator is deterministic and produces the hostile shapes it promises', () => {
    assert.equal(hostileDocument(7), hostileDocument(7));
    assert.notEqual(hostileDocument(7), hostileDocument(8));
    const sample = Array.from({ length: DOCUMENTS }, (_, i) => hostileDocument(i + 1));
    const has = (re: RegExp) => sample.filter((t) => re.test(t)).length;
    assert.ok(has(/(said|told|warned|added|wrote|argued|asked|noted)\p{P}{1,2}(\r|\n|$)/u) > 50, 'a cue then only marks at a line end');
    const controls = (t: string) => [...t].some((c) => c.charCodeAt(0) < 9 || c === '\u001b' || c === '\u007f' || c === '\u202e');
    assert.ok(sample.filter(controls).length > 50, 'control and bidi characters');
    assert.ok(has(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/) > 20, 'lone surrogates');
    assert.ok(has(/\S{200,}/) > 10, 'huge words');
    assert.ok(has(/\r\n/) > 50, 'CRLF');
    assert.ok(has(/^By /m) > 10, 'bylines');
    const pronounQuotes = (t: string) => (t.match(/,["\u201d\u00bb\u2019\u201c] (he|she|they|it) [a-z ]+\./gu) ?? []).length;
    assert.ok(sample.filter((t) => pronounQuotes(t) >= 3).length > 50, 'runs of short quotes with pronoun speakers');
    const rng = new Rng(1);
    const xs = Array.from({ length: 1000 }, () => rng.next());
    assert.ok(xs.every((x) => x >= 0 && x < 1) && new Set(xs).size === 1000);
  });

  it('the oracle is not vacuous: it sees bad offsets and inconsistent boundaries', () => {
    const text = 'First sentence here. "Quoted words," he said.\n\nNext \ud83d\ude00 paragraph.';
    const a = analyze(text);
    assert.deepEqual(analysisProblems(text, a), []);
    const kinds = (b: typeof a) => analysisProblems(text, b).map((p) => p.kind);
    assert.deepEqual(kinds({ ...a, sentences: [...a.sentences, { start: 60, end: text.length + 3, text: 'x' }] }), ['offset']);
    assert.deepEqual(kinds({ ...a, claims: [{ ...a.quotes[0], score: 1, type: 'other', reasons: [], entities: { people: [], organizations: [], places: [] } }] }), ['boundary']);
    const emoji = text.indexOf('\ud83d') + 1;
    assert.deepEqual(kinds({ ...a, quotes: [{ ...a.quotes[0], start: emoji, end: emoji + 3, text: text.slice(emoji, emoji + 3) }] }), ['boundary']);
    const cross = { ...a.quotes[0], start: 30, end: 55, text: text.slice(30, 55) };
    assert.deepEqual(kinds({ ...a, quotes: [cross] }), ['boundary']);
    assert.deepEqual(kinds({ ...a, sentences: [a.sentences[1], a.sentences[0]] }), ['boundary']);
  });
});
