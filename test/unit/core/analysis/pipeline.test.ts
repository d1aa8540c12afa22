import * as assert from 'node:assert/strict';
import { analyze, analyzeParagraph, linkParagraphs, splitParagraphs, fnv1a, MAX_BLOCK } from '../../../../src/core/analysis';
import { assertOffsets } from './helpers';

const ARTICLE = [
  'Council Approves Budget',
  '',
  'Mayor Ana Ruiz said the city would hire 200 new teachers in 2025.',
  '',
  '"We have waited long enough," she said. "The schools need help."',
  '',
  'Latest News',
].join('\r\n');

describe('splitParagraphs', () => {
  it('splits on blank lines (LF, CRLF, CR) and trims each range', () => {
    const text = '  First para.\r\n\r\n\r\nSecond\npara.\n\n\t\nThird.\r\rFourth.  ';
    const spans = splitParagraphs(text);
    assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['First para.', 'Second\npara.', 'Third.', 'Fourth.']);
  });

  it('returns nothing for empty or blank text', () => {
    assert.deepEqual(splitParagraphs(''), []);
    assert.deepEqual(splitParagraphs(' \r\n\r\n \t'), []);
  });

  it('cuts an overlong paragraph into bounded blocks that cover it in order', () => {
    const text = 'word '.repeat(5000) + 'x'.repeat(20000);
    const spans = splitParagraphs(text);
    assert.ok(spans.length > 3);
    for (const s of spans) assert.ok(s.end - s.start <= MAX_BLOCK);
    for (let i = 1; i < spans.length; i++) assert.ok(spans[i].start >= spans[i - 1].end);
    assert.equal(spans[spans.length - 1].end, text.length);
  });

  it('never cuts inside a surrogate pair', () => {
    const text = '😀'.repeat(MAX_BLOCK);
    for (const s of splitParagraphs(text)) {
      const first = text.charCodeAt(s.start);
      assert.ok(!(first >= 0xdc00 && first <= 0xdfff), 'block starts with a low surrogate');
    }
  });
});

describe('analyze = splitParagraphs + analyzeParagraph + linkParagraphs', () => {
  it('gives the same result as the three steps composed by hand', () => {
    const parts = splitParagraphs(ARTICLE).map((p) => ({ start: p.start, result: analyzeParagraph(ARTICLE.slice(p.start, p.end)) }));
    assert.deepEqual(linkParagraphs(ARTICLE, parts), analyze(ARTICLE));
  });

  it('produces plain JSON paragraph results (they are cached and sent to a worker)', () => {
    const r = analyzeParagraph('"We have waited long enough," she said. Officials counted 300 votes.');
    assert.deepEqual(JSON.parse(JSON.stringify(r)), r);
  });

  it('paragraph results are relative to the paragraph and position-independent', () => {
    const p = 'The agency said 12 percent of bridges were unsafe.';
    assert.deepEqual(analyzeParagraph(p), analyzeParagraph(p));
    const a = analyze(`Intro line here.\n\n${p}`);
    const b = analyze(`A different and much longer intro line.\n\n${p}`);
    assert.equal(a.claims.find((c) => c.text === p)?.id, b.claims.find((c) => c.text === p)?.id);
  });

  it('reads the headline like any sentence (scored, a claim when check-worthy) and excludes boilerplate lines from claims', () => {
    const a = analyze(ARTICLE);
    assertOffsets(ARTICLE, a);
    assert.ok(!a.claims.some((c) => c.text.includes('Latest News')));
    assert.ok(a.claims.some((c) => c.text.includes('200 new teachers')));
    const headline = 'Unemployment Fell to 3.5 Percent in 2019, the Lowest Rate in 50 Years';
    const text = `${headline}\n\nThe minister spoke on Monday.`;
    const scored = analyze(text).sentences.find((s) => s.text === headline);
    assert.equal(scored?.score, analyzeParagraph(headline).sentences[0].score);
    assert.ok(analyze(text).claims.some((c) => c.text === headline), 'a check-worthy headline is a claim');
  });

  it('a byline (writer and date) is scored but no claim; a sentence opening with `By` still is one', () => {
    for (const byline of ['*By Jo Park* | 4 December 2026', 'By Marta Holm, Environment Correspondent, 12 March 2025']) {
      const text = `# Council approves 12% rise in parking fees\n\n${byline}\n\nThe council voted 9-4 on Tuesday to raise fees by 12%.`;
      const a = analyze(text);
      assertOffsets(text, a);
      assert.ok(a.sentences.some((x) => x.text.includes('By')), 'the byline is still a sentence');
      assert.ok(!a.claims.some((c) => c.text.includes('By')), byline);
      assert.ok(a.claims.some((c) => c.text.includes('voted 9-4')));
    }
    assert.ok(analyze('By 2030, the city will have spent £4.2bn on the tunnel, 40% over budget.').claims.length === 1);
  });

  it('the headline is the line the grammar styles: after a paragraph typed above it, its single marks are headline style', () => {
    const lead = 'The council met on Monday evening and voted to raise the harbor fees for the third year in a row, despite protests from crews who say \u2018we cannot pay\u2019 any more.';
    const text = `${lead}\n\nMayor Vows to \u2018Rebuild the Bridge by Spring\u2019 Despite Delays\n\n"We will rebuild the bridge by spring," Mayor Ana Ruiz said on Monday.`;
    const texts = analyze(text).quotes.map((q) => q.text);
    assert.ok(!texts.includes('Rebuild the Bridge by Spring'), JSON.stringify(texts));
    assert.ok(texts.includes('We will rebuild the bridge by spring'), JSON.stringify(texts));
    // The first line is a paragraph of prose, not the headline: its single-quoted words are a quote.
    assert.ok(texts.some((t) => t.includes('we cannot pay')), JSON.stringify(texts));
  });

  it('scores every sentence and reports as claims exactly those at or above the threshold', () => {
    const a = analyze(ARTICLE);
    for (const s of a.sentences) assert.ok(typeof s.score === 'number' && s.score >= 0 && s.score <= 1);
    for (const c of a.claims) assert.equal(a.sentences.find((s) => s.start === c.start)?.score, c.score);
  });

  it('leaves headline-style single-quoted words in the headline to the body quote they shorten', () => {
    for (const headline of ['Mayor Ruiz: ‘We Will Rebuild the Bridge by Spring’', "Mayor Ruiz Calls Bridge Delay 'A Failure of the Whole Council'"]) {
      const text = `${headline}\n\n"We will rebuild the bridge by spring," Mayor Ana Ruiz said on Monday.`;
      const a = analyze(text);
      assertOffsets(text, a);
      assert.deepEqual(a.quotes.map((q) => [q.kind, q.text, q.speaker?.name]), [['direct', 'We will rebuild the bridge by spring', 'Ana Ruiz']]);
    }
  });

  it('keeps double-quoted words in a first line, and single-quoted ones below it', () => {
    const text = '"We will win," she said.\n\nThe mayor told voters \'the bridge will be rebuilt by spring\' on Monday.';
    const texts = analyze(text).quotes.map((q) => q.text);
    assert.ok(texts.includes('We will win'), JSON.stringify(texts));
    assert.ok(texts.some((t) => t.includes('the bridge will be rebuilt by spring')), JSON.stringify(texts));
  });

  it('a single sentence is not treated as a headline', () => {
    const a = analyze('Unemployment fell to 3.5 percent in 2019, the lowest rate in 50 years.');
    assert.equal(a.claims.length, 1);
    assert.equal(a.claims[0].type, 'quantity');
  });

  it('resolves the pronoun speaker through the paragraph boundary', () => {
    const q = analyze(ARTICLE).quotes.find((x) => x.text.includes('waited long enough'));
    assert.equal(q?.speaker?.mention.text, 'she');
    assert.equal(q?.speaker?.name, 'Ana Ruiz');
  });
});

describe('ids', () => {
  it('fnv1a is the standard 32-bit FNV-1a', () => {
    assert.equal(fnv1a(''), '811c9dc5');
    assert.equal(fnv1a('a'), 'e40c292c');
  });

  it('claim ids depend on the text, with an occurrence counter for repeats', () => {
    const s = 'The tax rose by 12 percent in 2020.';
    const a = analyze(`Headline\n\n${s}\n\n${s}`);
    assert.equal(a.claims.length, 2);
    assert.notEqual(a.claims[0].id, a.claims[1].id);
    assert.ok(a.claims[1].id.startsWith(a.claims[0].id));
    assert.equal(analyze(s).claims[0].id, a.claims[0].id);
  });
});
