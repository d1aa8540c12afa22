/**
 * Test fixture: the real analysis worker with one more quote-mark rule, which throws on any paragraph naming
 * Reuters — a rule tripping over odd input — so the tests can check that the failure reaches the host's log.
 */
import { QUOTE_RULES } from '../../../src/core/rules/registry';
import { rule, type Rule } from '../../../src/core/rules/rule';
import type { MarkedSpan } from '../../../src/core/text/quoteMarks';

const failing = rule('marks.fails-on-reuters', 'Throws on a paragraph naming Reuters (test).', (text: string, spans: MarkedSpan[]): MarkedSpan[] => {
  if (text.includes('Reuters')) throw new TypeError('odd input');
  return spans;
});
(QUOTE_RULES.marks as unknown as Rule<unknown>[]).push(failing);
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the rule is in place
require('../../../src/worker/analysisWorker');
