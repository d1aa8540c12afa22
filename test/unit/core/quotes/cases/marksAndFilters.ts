/** Cases for the rules that find quotation marks and drop marks that hold no quotation. */
import type { RuleCase } from '../../rules/ruleCase';

export const MARK_AND_FILTER_CASES: RuleCase[] = [
  {
    rule: 'marks.wire-doubled',
    text: "''We are not going to raise the fares this year,'' Mayor Ann Lee said on Friday.",
    quote: { containing: 'raise the fares', kind: 'direct', text: 'We are not going to raise the fares this year', speaker: 'Ann Lee', cue: 'said' },
  },
  {
    rule: 'marks.wire-doubled',
    text: "``The bridge will reopen in the spring,'' said Tom Hale, the transport secretary.",
    quote: { containing: 'bridge will reopen', kind: 'direct', text: 'The bridge will reopen in the spring', speaker: 'Tom Hale', cue: 'said' },
  },
  { rule: 'marks.low-single', text: 'The minister called the plan ‚a very tough call‘ on Monday.', quote: { containing: 'tough call', kind: 'partial', cue: 'called' } },
  { rule: 'marks.single-guillemets', text: 'The minister called the plan ‹a very tough call› on Monday.', quote: { containing: 'tough call', kind: 'partial', cue: 'called' } },
  { rule: 'marks.double', text: '"We will win the vote," Senator Ann Lee said.', quote: { containing: 'win the vote', kind: 'direct', speaker: 'Ann Lee' } },
  { rule: 'marks.single', text: 'The mayor called the plan ‘a very tough call’ on Monday.', quote: { containing: 'tough call', kind: 'partial', cue: 'called' } },
  {
    rule: 'filter.inside-quote',
    text: 'Jane Doe called the plan "bold" and "long overdue for the whole city" in a statement.',
    count: 1,
    quote: { containing: 'long overdue', speaker: 'Jane Doe' },
  },
  { rule: 'filter.attribution-tail', text: '"The talks are over for good," she said on “Morning Report Today.”', count: 1, noQuote: 'Morning Report' },
  { rule: 'filter.owned-title', text: 'He told ABC\'s "This Week With Anna" that the plan would pass.', noQuote: 'This Week' },
  { rule: 'filter.bylined-title', text: 'Read more: "Museum to close its doors in May," by the Post\'s Jane Doe.', noQuote: 'Museum to close' },
  { rule: 'filter.single-quoted-heading', text: 'The council met on Monday.\n\n\'Nobody saw this one coming at all.\'\n\nThe vote was close.', noQuote: 'Nobody saw' },
  { rule: 'filter.attributive-name', text: 'The “Open Road Tonight” host said the show would end.', noQuote: 'Open Road' },
  { rule: 'filter.named-work', text: 'She made the documentary “The Last Days of the Old Mill” in 2019.', noQuote: 'Last Days' },
];
