import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis';
import { assertOffsets, quoteContaining } from './helpers';

describe('offsets and bad input', () => {
  it('keeps exact offsets with CRLF, curly quotes, em dashes and emoji', () => {
    const text = 'Headline 🚀 here\r\n\r\nThe council — after 3 votes — approved €5 million 😀.\r\n\r\n“It’s a win for all of us 🎉,” said Mayor Zoë Åberg.\r\nShe added that 40% of homes would benefit.';
    const a = analyze(text);
    assertOffsets(text, a);
    const q = quoteContaining(a, 'win for all of us');
    assert.equal(q.speaker?.name, 'Zoë Åberg');
    assert.ok(a.claims.some((c) => c.text.includes('€5 million')));
  });

  it('handles a lone CR line ending and a BOM', () => {
    const text = '\ufeffTitle\r\rThe tax rose by 12 percent in 2020, the ministry said.';
    const a = analyze(text);
    assertOffsets(text, a);
    assert.ok(a.quotes.some((q) => q.kind === 'indirect' && q.text.includes('12 percent')));
  });

  it('returns empty results for empty or whitespace-only text', () => {
    for (const t of ['', '   ', '\n\n\r\n\t \u00a0']) {
      const a = analyze(t);
      assert.deepEqual(a, { sentences: [], claims: [], quotes: [] });
    }
  });

  it('survives binary-looking text with valid offsets', () => {
    let text = '';
    for (let i = 0; i < 4000; i++) text += String.fromCharCode((i * 7919) % 0xffff);
    const a = analyze(text);
    assertOffsets(text, a);
  });

  it('survives lone surrogates and control characters', () => {
    const text = 'A \ud800 B \udc00 C\u0000\u0007 "quoted \ud83d" said X.\n\nThe 2 dogs ran.';
    assertOffsets(text, analyze(text));
  });

  it('survives a very long sentence without punctuation', () => {
    const words = ['the', 'council', 'said', 'that', '42', 'people', 'and', 'Smith', '"maybe', 'not"'];
    const text = Array.from({ length: 30000 }, (_, i) => words[i % words.length]).join(' ');
    const a = analyze(text);
    assertOffsets(text, a);
    assert.ok(a.sentences.length > 0);
  });

  it('analyses a 5 MB document (bounded work per paragraph) with valid offsets', function () {
    this.timeout(300000);
    const para = 'Officials said 120 people were evacuated on Monday. "We are safe," said Anna Berg.';
    const parts: string[] = [];
    let size = 0;
    while (size < 5 * 1024 * 1024) {
      parts.push(para);
      size += para.length + 2;
    }
    const text = parts.join('\n\n');
    const a = analyze(text);
    assertOffsets(text, a);
    assert.equal(a.quotes.filter((q) => q.kind === 'direct').length, parts.length);
  });

  it('does not let many unmatched marks swallow the document', () => {
    const text = 'He said " and then left.\n\nShe wrote “ nothing more.\n\nThe bill cut taxes by 3 percent in 2019.';
    const a = analyze(text);
    assertOffsets(text, a);
    const last = text.indexOf('The bill');
    assert.ok(a.quotes.every((q) => q.end <= last));
    assert.ok(a.claims.some((c) => c.text.startsWith('The bill')));
  });
});
