import * as assert from 'node:assert/strict';
import { analyzeParagraph, AnalysisStepError, IncrementalAnalyzer, Linker, linkParagraphs, QUOTE_RULES, splitParagraphs, type ParagraphAnalysis, type RuleSet } from '../../../../src/core/analysis';
import type { AnalysisEngine } from '../../../../src/core/incremental/engine';
import { rule } from '../../../../src/core/rules/rule';
import type { MarkedSpan } from '../../../../src/core/text/quoteMarks';

/** The real engine, with one more mark rule that throws on a paragraph naming Reuters. */
function failingEngine(): AnalysisEngine<ParagraphAnalysis> {
  const failing = rule('marks.fails-on-reuters', 'Throws on a paragraph naming Reuters (test).', (text: string, spans: MarkedSpan[]): MarkedSpan[] => {
    if (text.includes('Reuters')) throw new TypeError('odd input');
    return spans;
  });
  const rules: RuleSet = { quotes: { ...QUOTE_RULES, marks: [...QUOTE_RULES.marks, failing] } as unknown as typeof QUOTE_RULES, disabled: new Set(), on: () => true };
  return {
    splitParagraphs,
    analyzeParagraph: (text) => analyzeParagraph(text, rules),
    linkParagraphs: (text, parts) => linkParagraphs(text, parts, rules),
    createLinker: () => new Linker({ rules }),
  };
}

const TEXT = 'Port Volumes Rise\n\nVolumes rose 9% in 2024, the authority said.\n\n"We expect more," Anna Berg told Reuters.\n\n"Yes," she said.';

describe('the incremental analyzer (the extension\'s worker) reports failed steps', () => {
  it('once per failed paragraph, at its offset, with step, rule and message, and the analysis carries them', async () => {
    const reported: unknown[] = [];
    const analyzer = new IncrementalAnalyzer({ engine: failingEngine(), onError: (e, docId) => reported.push([docId, e]) });
    analyzer.open('doc', TEXT);
    const done = await analyzer.whenComplete('doc');
    const offset = TEXT.indexOf('"We expect');
    assert.equal(reported.length, 1);
    const [docId, error] = reported[0] as [string, AnalysisStepError];
    assert.equal(docId, 'doc');
    assert.ok(error instanceof AnalysisStepError);
    assert.deepEqual(error.detail, { offset, step: 'quotes', rule: 'marks.fails-on-reuters', message: 'TypeError: odd input' });
    assert.equal(error.message, `the quotes step failed on the paragraph at offset ${offset} (rule marks.fails-on-reuters): TypeError: odd input; its quotes are missing`);
    assert.deepEqual(done.analysis.errors, [error.detail]);
    // An edit elsewhere re-links but does not analyse (nor report) the failed paragraph again.
    analyzer.update('doc', [{ start: TEXT.length, end: TEXT.length, text: ' Then she left.' }]);
    const after = await analyzer.whenComplete('doc');
    assert.equal(reported.length, 1);
    assert.deepEqual(after.analysis.errors, [error.detail]);
    analyzer.dispose();
  });
});
