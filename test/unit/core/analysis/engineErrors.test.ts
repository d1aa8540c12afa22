import * as assert from 'node:assert/strict';
import { analyze, analyzeParagraph, Linker, linkParagraphs, splitParagraphs, QUOTE_RULES, type RuleSet } from '../../../../src/core/analysis';
import { rule, ruleOfFailure } from '../../../../src/core/rules/rule';
import type { MarkedSpan } from '../../../../src/core/text/quoteMarks';

/** The rules in force, plus a mark rule that throws on any paragraph naming Reuters: a rule failing on odd input. */
function withFailingRule(error: unknown): RuleSet {
  const failing = rule('marks.fails-on-reuters', 'Throws on a paragraph naming Reuters (test).', (text: string, spans: MarkedSpan[]): MarkedSpan[] => {
    if (text.includes('Reuters')) throw error;
    return spans;
  });
  return { quotes: { ...QUOTE_RULES, marks: [...QUOTE_RULES.marks, failing] } as unknown as typeof QUOTE_RULES, disabled: new Set(), on: () => true };
}

const TEXT = [
  'Port volumes rose 9% in 2024, the authority said.',
  '"We expect 2.3 million containers," Anna Berg told Reuters on Monday. Unemployment fell to 4 percent.',
  '"It is a good year," she said.',
].join('\n\n');

function analyzeWith(text: string, rules: RuleSet) {
  return linkParagraphs(text, splitParagraphs(text).map((p) => ({ start: p.start, result: analyzeParagraph(text.slice(p.start, p.end), rules) })), rules);
}

describe('engine failures are reported in the result, never swallowed', () => {
  it('a clean analysis carries no errors field (the JSON output is unchanged)', () => {
    assert.equal('errors' in analyze(TEXT), false);
  });

  it('a failing quote rule costs its paragraph the quotes, and says so: offset, step, rule, message', () => {
    const a = analyzeWith(TEXT, withFailingRule(new TypeError("Cannot read properties of undefined (reading 'lower')")));
    const second = TEXT.indexOf('"We expect');
    assert.deepEqual(a.errors, [
      { offset: second, step: 'quotes', rule: 'marks.fails-on-reuters', message: "TypeError: Cannot read properties of undefined (reading 'lower')" },
    ]);
    // Only that paragraph's quotes are missing; its claims and sentences and the other paragraphs are intact.
    const clean = analyze(TEXT);
    assert.deepEqual(a.quotes.map((q) => q.text), clean.quotes.filter((q) => q.start < second || q.start > TEXT.indexOf('"It is')).map((q) => q.text));
    assert.deepEqual(a.claims.map((c) => c.text), clean.claims.map((c) => c.text));
    assert.equal(a.sentences.length, clean.sentences.length);
  });

  it('names the step when no rule was running, and says what was thrown when it is not an Error', () => {
    const failing = withFailingRule('not an error object');
    const { errors } = analyzeParagraph('Reuters reported it.', failing);
    assert.deepEqual(errors, [{ step: 'quotes', message: 'thrown: not an error object' }]);
    const noRule: RuleSet = { ...failing, on: (r) => { if (r.id === 'marks.double') throw new RangeError('no switch'); return true; } };
    assert.deepEqual(analyzeParagraph('"Yes," he said.', noRule).errors, [{ step: 'quotes', message: 'RangeError: no switch' }]);
  });

  it('keeps errors at their paragraph when the incremental linker reuses it after an insertion above', () => {
    const rules = withFailingRule(new Error('boom'));
    const linker = new Linker({ rules, checkpointEvery: 1 });
    const parts = splitParagraphs(TEXT).map((p) => ({ start: p.start, text: TEXT.slice(p.start, p.end), result: analyzeParagraph(TEXT.slice(p.start, p.end), rules) }));
    assert.equal(linker.link(TEXT, parts).errors?.[0].offset, TEXT.indexOf('"We expect'));
    const added = 'A new paragraph.\n\n';
    const at = TEXT.indexOf('"We expect');
    const edited = TEXT.slice(0, at) + added + TEXT.slice(at);
    for (const p of parts.slice(1)) p.start += added.length; // as the paragraph index moves unchanged paragraphs
    const inserted = { start: at, text: 'A new paragraph.', result: analyzeParagraph('A new paragraph.', rules) };
    const a = linker.link(edited, [parts[0], inserted, ...parts.slice(1)]);
    assert.ok(linker.relinked < 4, `relinked ${linker.relinked} paragraphs: the unchanged ones were to be reused`);
    assert.deepEqual(a.errors?.map((e) => e.offset), [edited.indexOf('"We expect')]);
  });
});

describe('rule(): the innermost failing rule is named on the error', () => {
  it('notes the id of the rule an error was thrown in, and only the innermost', () => {
    const inner = rule('inner.rule', 'x', (): number => {
      throw new TypeError('inner');
    });
    const outer = rule('outer.rule', 'x', (): number => inner.fn() + 1);
    let caught: unknown;
    try {
      outer.fn();
    } catch (error) {
      caught = error;
    }
    assert.ok(caught instanceof TypeError && caught.message === 'inner', 'the error is rethrown unchanged');
    assert.equal(ruleOfFailure(caught), 'inner.rule');
    assert.equal(ruleOfFailure(new Error('elsewhere')), undefined);
    assert.equal(ruleOfFailure('a string'), undefined);
  });

  it('passes arguments, this and the result through', () => {
    const add = rule('math.add', 'x', (a: number, b: number): number => a + b);
    assert.equal(add.fn(2, 3), 5);
  });
});
