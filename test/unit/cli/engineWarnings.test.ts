import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeParagraph, linkParagraphs, QUOTE_RULES, splitParagraphs, type RuleSet } from '../../../src/core/analysis';
import { rule, type Rule } from '../../../src/core/rules/rule';
import { analyzeCommand } from '../../../src/cli/commands/analyze';
import { checkCommand } from '../../../src/cli/commands/check';
import type { MarkedSpan } from '../../../src/core/text/quoteMarks';
import { engineWarnings, loadAnalysis } from '../../../src/cli/article';

const TEXT = 'Port Volumes Rise\r\n\r\nVolumes rose 9% in 2024.\r\n\r\n"We expect more," Anna Berg told Reuters.\r\n\r\nFine.\n\n"Also Reuters," he said.';

const failing = rule('marks.fails-on-reuters', 'Throws on a paragraph naming Reuters (test).', (text: string, spans: MarkedSpan[]): MarkedSpan[] => {
  if (text.includes('Reuters')) throw new TypeError("Cannot read properties of undefined (reading 'lower')");
  return spans;
});

function failingRules(): RuleSet {
  return { quotes: { ...QUOTE_RULES, marks: [...QUOTE_RULES.marks, failing] } as unknown as typeof QUOTE_RULES, disabled: new Set(), on: () => true };
}

describe('CLI: failed engine steps go to stderr as warnings', () => {
  it('one line per failed paragraph: file, line and column, step, rule, message and what is missing', () => {
    const rules = failingRules();
    const analysis = linkParagraphs(TEXT, splitParagraphs(TEXT).map((p) => ({ start: p.start, result: analyzeParagraph(TEXT.slice(p.start, p.end), rules) })), rules);
    const first = TEXT.indexOf('"We expect');
    const second = TEXT.indexOf('"Also');
    assert.deepEqual(engineWarnings('news/a.txt', TEXT, analysis), [
      `news/a.txt:5:1: the quotes step failed on the paragraph at offset ${first} (rule marks.fails-on-reuters): TypeError: Cannot read properties of undefined (reading 'lower'); its quotes are missing`,
      `news/a.txt:9:1: the quotes step failed on the paragraph at offset ${second} (rule marks.fails-on-reuters): TypeError: Cannot read properties of undefined (reading 'lower'); its quotes are missing`,
    ]);
  });

  it('analyze and check print the warning on stderr with file:line:column and go on (a rule failing in-process)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimlens-warn-'));
    const marks = QUOTE_RULES.marks as unknown as Rule<unknown>[];
    marks.push(failing as Rule<unknown>);
    try {
      const path = join(dir, 'a.txt');
      writeFileSync(path, TEXT);
      for (const run of [analyzeCommand, checkCommand]) {
        let stderr = '';
        let stdout = '';
        const code = await run([path], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: dir });
        const first = `claimlens: warning: ${path}:5:1: the quotes step failed on the paragraph at offset ${TEXT.indexOf('"We expect')} (rule marks.fails-on-reuters): TypeError:`;
        assert.ok(stderr.includes(first), stderr);
        assert.equal(stderr.match(/claimlens: warning:/g)?.length, 2, stderr);
        assert.equal(code, run === analyzeCommand ? 0 : 1, stdout);
      }
    } finally {
      marks.pop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('loadAnalysis (what analyze, check, report and match read) has no warnings for an article the engine handles, even said“‹ at a paragraph end', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimlens-warn-'));
    try {
      const path = join(dir, 'a.txt');
      writeFileSync(path, 'Title\n\nsaid\u201c\u2039\n\n"We won," she said.');
      const { analysis, warnings } = await loadAnalysis(path);
      assert.deepEqual(warnings, []);
      assert.equal(analysis.errors, undefined);
      assert.ok(analysis.quotes.some((q) => q.text === 'We won'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
