/** Cases for the linker's cross-paragraph speaker rules. */
import type { RuleCase } from '../rules/ruleCase';

export const SPEAKER_RULE_CASES: RuleCase[] = [
  { rule: 'link.headline-single-marks', text: 'Mayor says ‘we will rebuild the whole town’\n\nThe mayor spoke on Monday.', noQuote: 'rebuild' },
  { rule: 'link.pronoun', text: 'Ann Lee spoke first. "We will win this fight," she said.', quote: { containing: 'win this fight', speaker: 'Ann Lee', mention: 'she' } },
  {
    rule: 'link.described-speaker',
    text: 'Marta Holm filed this report.\n\nA ministry spokeswoman said the plan was sound. "This memo is out of date," she said.',
    quote: { containing: 'out of date', speaker: 'A ministry spokeswoman', mention: 'she' },
  },
  {
    rule: 'link.described-speaker',
    text: 'A spokesman for the Department of Health said the figures were wrong. "We have opened 5,000 beds," he said.',
    quote: { containing: 'opened 5,000 beds', speaker: 'A spokesman for the Department of Health', mention: 'he' },
  },
  {
    rule: 'link.one-name',
    text: '"We will win the vote," Lee said.\n\nMayor Ann Lee spoke again at the rally on Friday.',
    quote: { containing: 'win the vote', speaker: 'Ann Lee', mention: 'Lee' },
  },
  {
    rule: 'link.group-pronoun',
    text: '"Companies hide their profits offshore," the report says. It also says that the fines are far too small.',
    quote: { containing: 'fines are far too small', mention: 'It', speaker: 'the report' },
  },
  {
    rule: 'link.group-pronoun',
    text: '"We will not release the emails," officials said.\n\nThey said the review would take several months.',
    quote: { containing: 'review would take', mention: 'They', speaker: 'officials' },
  },
  {
    rule: 'link.one-name',
    text: 'Martin Hurt III said the ruling was "long overdue and badly needed."\n\n"We waited years for it," Hurt said.',
    without: ['link.full-name'],
    quote: { containing: 'waited years', speaker: 'Martin Hurt III', mention: 'Hurt' },
  },
  { rule: 'link.full-name', text: 'Francois Delattre spoke first. "The vote is a disgrace," Delattre said.', without: ['link.one-name'], quote: { containing: 'disgrace', speaker: 'Francois Delattre', mention: 'Delattre' } },
  {
    rule: 'link.open-quote',
    text: 'Ann Lee said: "We will fight this ruling.\n\n"And we will win it in the end."',
    without: ['link.same-speaker'],
    quote: { containing: 'win it', speaker: 'Ann Lee' },
  },
  { rule: 'link.intro', text: 'The senator stood up and declared:\n\n"We will never surrender to them."', quote: { containing: 'never surrender', mention: 'The senator' } },
  { rule: 'link.same-speaker', text: '"We won the vote," Ann Lee said.\n\n"Now the hard work begins for all of us."', quote: { containing: 'hard work', speaker: 'Ann Lee' } },
];
