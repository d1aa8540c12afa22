import * as assert from 'node:assert/strict';
import { QUOTE_RULES, analyze, ruleSet } from '../../../../src/core/analysis';
import { maskMarkup } from '../../../../src/core/text/markup';
import { ruleTests } from '../rules/ruleCase';
import { MARKUP_CASES } from './markupCases';

const mask = (text: string, disabled: string[] = []) => maskMarkup(text, ruleSet(disabled), QUOTE_RULES.markup);

describe('Markdown read as prose (text/markup.ts)', () => {
  ruleTests(MARKUP_CASES);

  const blanked: [string, string][] = [
    ['## Jobs rose 4% in May ##', '   Jobs rose 4% in May   '],
    ['# #1 seed', '  #1 seed'],
    ['> > "We won," she said.', '    "We won," she said.'],
    ['  - [x] Wages rose.', '        Wages rose.'],
    ['  * Wages rose.', '    Wages rose.'],
    ['12) Prices fell.', '    Prices fell.'],
    ['The [Tax Office](https://example.org/a_(b) "Tax") said', 'The  Tax Office                                   said'],
    ['See ![chart](c.png) and [the data][1].', 'See                 and  the data    .'],
    ['[1]: https://example.org/data', '                             '],
    ['Mail <mailto:desk@example.org> or <https://example.org>.', 'Mail                           or                      .'],
    ['Prices rose <strong>9%</strong> in May.<br/>', 'Prices rose         9%          in May.     '],
    ['rose **9%** and __10%__, *not* _11%_, ~~12%~~, `13%`', 'rose   9%   and   10%  ,  not   11% ,   12%  ,  13% '],
    ['<!-- claimlens-disable --> Wages rose.', '                           Wages rose.'],
    ['| Wages | 5% |', '  Wages   5%  '],
    ['|---|:--:|', '          '],
    ['```json', '       '],
    ['---', '   '],
  ];
  for (const [input, expected] of blanked) {
    it(`blanks the syntax of ${JSON.stringify(input)}`, () => {
      assert.equal(mask(input), expected);
      assert.equal(expected.length, input.length);
    });
  }

  const prose = [
    'Inflation rose to 3.1% in May, the bank said.',
    "``We will win,'' the mayor said.",
    'He said they don`t know and isn`t sure.',
    'The file snake_case_name and 5 * 3 = 15 and a_b stay.',
    'Reuters wrote <Reuters> and x < 5 > 3.',
    '2024. That was the year #MeToo trended.',
    'The vote was 41-12 - a clear margin - on Tuesday.',
    'Asterisks * alone * stay, as does a lone _ mark.',
    '- Ann Lee, the mayor.',
    'A handle @_ann_lee_ keeps its marks.',
  ];
  for (const text of prose) {
    it(`leaves prose as it is: ${JSON.stringify(text)}`, () => assert.equal(mask(text), text));
  }

  it('blanks a front-matter paragraph and keeps its line breaks', () => {
    const fm = '---\ntitle: Jobs rise\ndate: 2026-01-02\ntags:\n  - economy\n---';
    assert.equal(mask(fm), fm.replace(/[^\n]/g, ' '));
    assert.equal(mask('---\nThe bank said rates rise.\n---'), '   \nThe bank said rates rise.\n   ');
  });

  it('keeps every line break in place and the length of any text', () => {
    const text = '# Head\r\n\r\n> - **a** [b](c)\n| d |\r\n';
    const out = mask(text);
    assert.equal(out.length, text.length);
    assert.deepEqual([...out.matchAll(/\r|\n/g)].map((m) => m.index), [...text.matchAll(/\r|\n/g)].map((m) => m.index));
  });

  it('reads nothing when its rules are switched off', () => {
    const ids = QUOTE_RULES.markup.map((r) => r.id);
    assert.equal(mask('## **Jobs** [rose](x)', ids), '## **Jobs** [rose](x)');
  });

  it('reports texts as written: a claim keeps its link, a speaker mention its brackets', () => {
    const a = analyze('## Jobs rose 4% in May\n\nThe [Tax Office](https://example.org) said that revenue fell by 4% last year.');
    const text = '## Jobs rose 4% in May\n\nThe [Tax Office](https://example.org) said that revenue fell by 4% last year.';
    for (const c of a.claims) assert.equal(c.text, text.slice(c.start, c.end));
    assert.ok(a.claims.some((c) => c.text === 'Jobs rose 4% in May'));
    const q = a.quotes.find((x) => x.text.includes('revenue'));
    assert.equal(q?.speaker?.mention.text, text.slice(q!.speaker!.mention.start, q!.speaker!.mention.end));
    assert.equal(q?.speaker?.name, 'Tax Office');
  });
});
