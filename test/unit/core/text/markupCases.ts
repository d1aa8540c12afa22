/** Cases for the Markdown rules of text/markup.ts (sentences of our own): what each changes in the analysis. */
import type { RuleCase } from '../rules/ruleCase';

export const MARKUP_CASES: RuleCase[] = [
  { rule: 'markup.rule-line', text: 'Prices rose 4% in May.\n***\nThe bank held its rate at 5%.', sentence: 'Prices rose 4% in May.' },
  { rule: 'markup.blockquote', text: '> "We will win the vote," the mayor said.', unrecorded: true, quote: { containing: 'win the vote', kind: 'direct', text: 'We will win the vote', speaker: 'the mayor' } },
  { rule: 'markup.heading', text: '## Jobs rose 4% in May\n\nThe bank held its rate.', sentence: 'Jobs rose 4% in May' },
  { rule: 'markup.list-marker', text: '1. Wages rose 5% in the year to May.\n2. Prices rose 3%.', sentence: 'Wages rose 5% in the year to May.' },
  { rule: 'markup.list-marker', text: '* "We will win the vote," the mayor said.', unrecorded: true, quote: { containing: 'win the vote', kind: 'direct', text: 'We will win the vote' } },
  { rule: 'markup.table-pipe', text: '| Wages rose 5% in May | Prices rose 3% |', sentence: 'Wages rose 5% in May | Prices rose 3%' },
  { rule: 'markup.link', text: 'The [Tax Office](https://example.org) said that revenue fell by 4% last year.', unrecorded: true, quote: { containing: 'revenue fell', speaker: 'Tax Office' } },
  { rule: 'markup.html-tag', text: 'Prices rose 9% in May, <a href="https://example.org">the statistics office</a> said on Friday.', unrecorded: true, quote: { containing: 'Prices rose', speaker: 'the statistics office' } },
  { rule: 'markup.emphasis', text: '*"We will win the vote,"* the mayor said.', unrecorded: true, quote: { containing: 'win the vote', kind: 'direct', speaker: 'the mayor' } },
];
