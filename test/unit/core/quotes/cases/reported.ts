/** Cases for the reported-speech rules of quotes/reported.ts and the widened indirect rules (sentences of our own). */
import type { RuleCase } from '../../rules/ruleCase';

export const REPORTED_CASES: RuleCase[] = [
  { rule: 'indirect.loose-subject', text: 'The Harlow campaign said it would appeal the ruling.', quote: { containing: 'appeal the ruling', kind: 'indirect', text: 'it would appeal the ruling', mention: 'The Harlow campaign' } },
  { rule: 'indirect.loose-subject', text: 'Several mayors, including Ann Brook, said the grant was too small.', quote: { containing: 'grant was too small', mention: 'Several mayors', cue: 'said' } },
  { rule: 'indirect.loose-subject', text: 'The plant will shut in April, the Harlow campaign said.', quote: { containing: 'plant will shut', text: 'The plant will shut in April', mention: 'the Harlow campaign' } },
  { rule: 'indirect.verb-preposition', text: 'The teachers union called for a national strike next month.', quote: { containing: 'strike', text: 'a national strike next month', mention: 'The teachers union', cue: 'called for' } },
  { rule: 'indirect.verb-preposition', text: 'The governor warned of deep cuts to school budgets.', quote: { containing: 'deep cuts', text: 'deep cuts to school budgets', cue: 'warned of' } },
  { rule: 'indirect.unsourced', text: 'The county board is expected to approve the new budget on Monday.', count: 2, quote: { containing: 'approve', text: 'to approve the new budget on Monday', speaker: null } },
  { rule: 'indirect.unsourced', text: 'The county board is expected to approve the new budget on Monday.', quote: { containing: 'county board', text: 'The county board', kind: 'indirect' } },
  { rule: 'indirect.unsourced', text: 'The carpenters union is widely regarded as one of the most moderate unions.', quote: { containing: 'moderate', text: 'one of the most moderate unions' } },
  { rule: 'indirect.reportedly', text: 'The mining firm has reportedly hired a new auditor for its accounts.', count: 2, quote: { containing: 'auditor', text: 'hired a new auditor for its accounts', cue: 'reportedly' } },
  { rule: 'indirect.reportedly', text: 'The mining firm has reportedly hired a new auditor for its accounts.', quote: { containing: 'mining', text: 'The mining firm has' } },
  { rule: 'indirect.according-to-aside', text: 'One person died in the flood, according to the police, and eight more were hurt.', count: 2, quote: { containing: 'eight more', text: 'eight more were hurt', mention: 'the police' } },
  { rule: 'indirect.according-to-aside', text: 'Sales, according to the company, have doubled since May.', quote: { containing: 'doubled', text: 'have doubled since May', cue: 'according to' } },
  { rule: 'indirect.relative-report', text: 'The city built a new bridge, which he said the state would pay for.', count: 2, quote: { containing: 'which', text: 'which', mention: 'he', cue: 'said' } },
  { rule: 'indirect.relative-report', text: 'Ms. Orr came third, a finish that she said defied the polls.', quote: { containing: 'that', text: 'that', kind: 'indirect', mention: 'she' } },
  { rule: 'indirect.relative-report', text: 'Mr. Dale has made ending what he calls waste in the agency a theme of his campaign.', quote: { containing: 'what', text: 'what', cue: 'calls' } },
  { rule: 'indirect.adjunct-end', text: 'The mayor criticized the transit plan and urged a new vote.', quote: { containing: 'transit plan', text: 'the transit plan' } },
  { rule: 'indirect.adjunct-end', text: 'The senator rejected the offer, saying it came far too late.', quote: { containing: 'offer', text: 'the offer' } },
  { rule: 'indirect.stance-verb', text: 'The minister denied any role in the contract.', quote: { containing: 'any role', text: 'any role in the contract', mention: 'The minister', cue: 'denied' } },
  { rule: 'indirect.stance-verb', text: 'The contractor declined to comment on the delays.', quote: { containing: 'comment', text: 'to comment on the delays', cue: 'declined' } },
  { rule: 'indirect.evidential', text: 'The senator seemed ready for a long fight over the bill.', quote: { containing: 'ready', text: 'ready for a long fight over the bill', speaker: null } },
  { rule: 'indirect.evidential', text: 'The senator seemed ready for a long fight over the bill.', quote: { containing: 'senator', text: 'The senator', kind: 'indirect' } },
  { rule: 'indirect.said-that', text: 'After a long night, the party said it would not contest the result.', quote: { containing: 'contest', text: 'it would not contest the result', mention: 'the party' } },
  { rule: 'indirect.said-x', text: 'The ferry will run all winter, said Ann Lee, a spokeswoman for the port.', quote: { containing: 'ferry', text: 'The ferry will run all winter', speaker: 'Ann Lee' } },
];
