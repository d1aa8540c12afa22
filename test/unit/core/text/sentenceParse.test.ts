import * as assert from 'assert';
import * as fc from 'fast-check';
import nlp from 'compromise';
import { analyze } from '../../../../src/core/analysis';
import { SentenceParser, splitSentences, type RawTerm } from '../../../../src/core/text/sentenceParse';
import { sentenceParser } from '../../../../src/core/text/tokens';

const PARAGRAPH = [
  'The mayor said on Tuesday that the bridge would cost $40 million, twice the first estimate.',
  '“We will not raise taxes,” she told reporters at City Hall.',
  'Critics, including Sen. Ana Ruiz of Calif., doubt it.',
  'Mr. Brown, who chairs the U.S. committee, declined to comment!',
  'Is it worth it? Nobody knows.',
].join(' ');

interface Term {
  text?: string;
  pre?: string;
  post?: string;
  tags?: Set<string>;
}

/** compromise on the whole text in one call, as the analysis did before the sentence cache. */
function wholeParse(text: string): string[][] {
  const doc = nlp(text) as unknown as { document: Term[][] };
  return doc.document.map((s) => s.map((t) => [t.pre ?? '', t.text ?? '', t.post ?? '', [...(t.tags ?? [])].join(',')].join('|')));
}

function flat(parsed: RawTerm[][]): string[][] {
  return parsed.map((s) => s.map((t) => [t.pre, t.text, t.post, [...t.tags].join(',')].join('|')));
}

describe('sentence-level compromise cache', () => {
  it('gives the same terms, tags and sentences as parsing the whole paragraph', () => {
    const parser = new SentenceParser();
    assert.ok(splitSentences(PARAGRAPH).length >= 5);
    assert.deepStrictEqual(flat(parser.parse(PARAGRAPH)), wholeParse(PARAGRAPH));
    // And again from the cache.
    assert.deepStrictEqual(flat(parser.parse(PARAGRAPH)), wholeParse(PARAGRAPH));
  });

  it('sentences join back to the text, so offsets can be shifted by their lengths', () => {
    assert.strictEqual(splitSentences(PARAGRAPH).join(''), PARAGRAPH);
    assert.deepStrictEqual(splitSentences('   '), []);
  });

  it('re-parses only the edited sentence after a one-character edit', () => {
    const parser = new SentenceParser();
    const n = splitSentences(PARAGRAPH).length;
    parser.parse(PARAGRAPH);
    assert.deepStrictEqual([parser.hits, parser.misses], [0, n]);
    const edited = PARAGRAPH.replace('twice the first', 'twice thee first');
    const terms = parser.parse(edited);
    assert.deepStrictEqual([parser.hits, parser.misses], [n - 1, n + 1]);
    assert.deepStrictEqual(flat(terms), wholeParse(edited));
  });

  it('stays within its entry and character bounds, least recently used out first', () => {
    const parser = new SentenceParser({ maxEntries: 3, maxChars: 1_000_000 });
    for (let i = 0; i < 10; i++) parser.parse(`Sentence number ${i} is here.`);
    assert.strictEqual(parser.size, 3);
    parser.parse('Sentence number 9 is here.');
    assert.strictEqual(parser.hits, 1);
    parser.parse('Sentence number 0 is here.');
    assert.strictEqual(parser.misses, 11);

    const small = new SentenceParser({ maxEntries: 1000, maxChars: 100 });
    for (let i = 0; i < 20; i++) small.parse(`Another sentence, number ${i}, goes here.`);
    assert.ok(small.totalChars <= 100, `${small.totalChars} chars cached`);
    assert.ok(small.size >= 1 && small.size < 20);
  });

  it('shares one tag set between terms with the same tags', () => {
    const parser = new SentenceParser();
    const [a, b] = parser.parse('Anna runs. Maria runs.');
    assert.strictEqual(a[1].tags, b[1].tags);
  });

  it("skips compromise's chunks step, whose output (term.chunk) is never read", () => {
    const compute = (nlp as unknown as { world(): { compute: Record<string, (view: unknown) => void> } }).world().compute;
    const original = compute.chunks;
    let calls = 0;
    compute.chunks = (view) => {
      calls++;
      original(view);
    };
    try {
      const parser = new SentenceParser();
      const text = 'The council voted to close the old library on Friday.';
      assert.deepStrictEqual(flat(parser.parse(text)), wholeParse(text));
      assert.strictEqual(calls, 1, 'only the one-call reference parse runs it');
    } finally {
      compute.chunks = original;
    }
  });

  it('random paragraphs: sentence by sentence equals one call (property)', function () {
    this.timeout(60000);
    const pieces = ['Mr. Smith said', ' "We won." ', 'It rose 5%. ', '“No,” he said. ', 'Dr. Lee, of the U.S. Army, left! ', 'Why? ',
      '(see above.) ', 'The plan — costly — failed. ', "It's $4.5 bn. ", 'he said', '. ', '\n', ' '];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.lorem({ maxCount: 5 })), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const parser = new SentenceParser();
        const whole = wholeParse(text);
        assert.deepStrictEqual(flat(parser.parse(text)), whole);
        assert.deepStrictEqual(flat(parser.parse(text)), whole, 'from the cache');
      }),
      { numRuns: 150 },
    );
  });

  it('the analysis of an edited text with a warm cache equals one with a cold cache', () => {
    const before = `${PARAGRAPH}\n\nAnother paragraph. Mr. Brown said so.`;
    const after = before.replace('declined', 'refused');
    analyze(before);
    const warm = analyze(after);
    sentenceParser.clear();
    assert.deepStrictEqual(warm, analyze(after));
  });
});
