import * as assert from 'node:assert/strict';
import { escapeMarkdown } from '../../../../src/core/export/escapeMarkdown';

describe('core/export/escapeMarkdown: the one Markdown escaper', () => {
  describe("'report' style (the Markdown export, read as a raw diff)", () => {
    it('escapes every Markdown special', () => {
      assert.equal(escapeMarkdown('a_b*c`d#e|f[g](h)<i>&~\\'), 'a\\_b\\*c\\`d#e\\|f\\[g\\](h)&lt;i&gt;&amp;\\~\\\\');
      // Block markup only where a line would start.
      assert.equal(escapeMarkdown('# not a heading'), '\\# not a heading');
      assert.equal(escapeMarkdown('- not a list'), '\\- not a list');
      assert.equal(escapeMarkdown('2024. A year'), '2024\\. A year');
      assert.equal(escapeMarkdown('He said:\n\n  "fine."'), 'He said: "fine."');
    });
  });

  describe("'line' style (hovers)", () => {
    it('escapes markdown, html and links in article text, on one line', () => {
      const s = escapeMarkdown('[click](command:evil) <img src=x onerror=alert(1)> *bold*\nnext', 'line');
      assert.ok(!s.includes('<img'));
      assert.ok(s.includes('\\[click\\]\\(command:evil\\)'));
      assert.ok(s.includes('\\*bold\\*'));
      assert.ok(!s.includes('\n'));
      assert.equal(escapeMarkdown('a\r\nb\rc', 'line'), 'a b c');
    });

    it('breaks codicon syntax, so article text cannot show an icon', () => {
      assert.equal(escapeMarkdown('$(error) 1. done!', 'line'), '$\\(error\\) 1\\. done\\!');
    });
  });

  describe("'lines' style (tree tooltips)", () => {
    it('escapes like a hover but keeps line breaks as Markdown breaks', () => {
      assert.equal(escapeMarkdown('a*b_c', 'lines'), 'a\\*b\\_c');
      assert.equal(escapeMarkdown('one <b>\ntwo "2"', 'lines'), 'one &lt;b&gt;  \ntwo \\"2\\"');
    });
  });
});
