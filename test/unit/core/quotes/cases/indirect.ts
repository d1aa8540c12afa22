/** Cases for the rules that find reported speech without quotation marks, and for the paragraph intro. */
import type { RuleCase } from '../../rules/ruleCase';

export const INDIRECT_CASES: RuleCase[] = [
  { rule: 'indirect.according-to', text: 'Exports rose sharply in May, according to the trade ministry.', quote: { containing: 'Exports rose', kind: 'indirect', cue: 'according to' } },
  {
    rule: 'indirect.according-to',
    text: 'According to Oxfam, a charity, the richest 1% own half the wealth.',
    quote: { containing: 'richest', text: 'the richest 1% own half the wealth', speaker: 'Oxfam' },
  },
  {
    rule: 'indirect.evidence-shows-after',
    text: 'Waiting lists have reached a record 7.8 million, NHS figures show.',
    quote: { containing: 'Waiting lists', text: 'Waiting lists have reached a record 7.8 million', speaker: 'NHS figures', cue: 'show' },
  },
  { rule: 'indirect.evidence-shows-after', text: 'Turnout fell to its lowest level since 1918, the latest polls suggest.', quote: { containing: 'Turnout fell', speaker: 'latest polls', cue: 'suggest' } },
  { rule: 'indirect.parenthetical', text: 'The new rules, the minister said, will take effect in June.', count: 2, quote: { containing: 'take effect', mention: 'the minister' } },
  { rule: 'indirect.clause-before', text: 'The factory will close in March, the company said.', quote: { containing: 'factory will close', kind: 'indirect', mention: 'the company' } },
  { rule: 'indirect.said-that', text: 'Governor Tom Reed said that the state would cut taxes next year.', quote: { containing: 'cut taxes', speaker: 'Tom Reed', cue: 'said' } },
  { rule: 'indirect.stance-verb', text: 'The union rejected the new contract offer on Friday.', quote: { containing: 'contract offer', mention: 'The union', cue: 'rejected' } },
  { rule: 'indirect.saying', text: 'Clinton is more conservative, saying she favors the new ban.', quote: { containing: 'favors', speaker: 'Clinton', cue: 'saying' } },
  { rule: 'indirect.said-x', text: 'The plan has failed badly, said Ann Lee.', quote: { containing: 'plan has failed', speaker: 'Ann Lee' } },
  {
    rule: 'indirect.described-source',
    text: 'The campaign is far from over, his top aide, Tad Devine, told reporters.',
    quote: { containing: 'far from over', speaker: 'Tad Devine', mention: 'his top aide, Tad Devine', cue: 'told' },
  },
  { rule: 'indirect.described-source', text: 'The tool was built for crises, a spokeswoman, Anna White, said on Saturday.', quote: { containing: 'built for crises', speaker: 'Anna White' } },
  { rule: 'indirect.described-source', text: 'The mayor, Ann Lee, said the bridge would close in May.', quote: { containing: 'bridge', speaker: 'Ann Lee', mention: 'The mayor, Ann Lee' } },
  { rule: 'indirect.described-source', text: 'In 2019, the mayor, Ann Lee, said the bridge would close.', quote: { containing: 'bridge', speaker: 'Ann Lee' } },
  { rule: 'indirect.and-says', text: 'The senator survived the vote and says the bill is dead.', quote: { containing: 'bill is dead', mention: 'The senator', cue: 'says' } },
  { rule: 'indirect.question', text: 'Do you support the new tax on sugary drinks in schools?', count: 0 },
  { rule: 'indirect.question', text: 'Why did you reject the offer from the union last week?', count: 0 },
  { rule: 'indirect.evidential', text: 'Carson appears to be slipping in the latest polls.', quote: { containing: 'slipping', kind: 'indirect', cue: 'appears' } },
  { rule: 'kind.quoted-words', text: 'She said the two men had appeared on ABC\'s "This Week" last year.', quote: { containing: 'This Week', kind: 'partial' } },
  { rule: 'intro.colon', text: 'The senator stood up and declared:\n\n"We will never surrender to them."', quote: { containing: 'never surrender', mention: 'The senator', cue: 'declared' } },
  {
    rule: 'intro.statement-subject',
    text: 'The White House released the following statement:\n\n"We are deeply saddened by the news."',
    quote: { containing: 'deeply saddened', mention: 'The White House', cue: ':' },
  },
  {
    rule: 'transcript.label',
    text: 'HALE: Do you think the bridge will reopen before the winter?',
    quote: { containing: 'bridge will reopen', kind: 'direct', text: 'Do you think the bridge will reopen before the winter', speaker: 'Hale', cue: ':' },
  },
  { rule: 'transcript.label', text: 'Ms. Okafor: I think it will, but the money is not there yet.', quote: { containing: 'money is not there', kind: 'direct', mention: 'Ms. Okafor', speaker: 'Okafor' } },
  // Cue-shaped words that are something else where they stand (quotes/misreadCue.ts).
  { rule: 'indirect.misread-cue', text: 'The governor beat back a challenge from the mayor in the spring.', noQuote: 'a challenge' },
  { rule: 'indirect.misread-cue', text: 'The senator is counting on Western states that lean toward her party.', noQuote: 'lean toward' },
  { rule: 'indirect.product-recall', text: 'Ford recalled 300,000 trucks on Monday over faulty brakes.', noQuote: 'trucks' },
  { rule: 'indirect.product-recall', text: 'Drugmaker Recalls Blood Pressure Pills Over Contamination Fears', noQuote: 'Pills' },
];
