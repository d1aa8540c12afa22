/** Cases for the attribution rules: who said a marked quote, with which cue. */
import type { RuleCase } from '../../rules/ruleCase';

export const ATTRIBUTION_CASES: RuleCase[] = [
  { rule: 'after.according-to', text: '"The economy is growing fast," according to the finance minister.', quote: { containing: 'growing fast', cue: 'according to', mention: 'the finance minister' } },
  { rule: 'after.said-x', text: '"Nobody told us anything," said Peter Wilson, a farmer.', quote: { containing: 'Nobody told us', speaker: 'Peter Wilson', cue: 'said' } },
  { rule: 'after.x-said', text: '"We will build the bridge by May," Mayor Alice Brown said.', quote: { containing: 'build the bridge', speaker: 'Alice Brown', cue: 'said' } },
  { rule: 'after.said-x', text: '"The deal will pass," said a person close to the talks.', quote: { containing: 'deal will pass', mention: 'a person', cue: 'said' } },
  { rule: 'after.said-x', text: '"Silly rules for silly people," scoffed Ana Gil, 22, a skater.', quote: { containing: 'Silly rules', speaker: 'Ana Gil', cue: 'scoffed' } },
  {
    rule: 'after.x-said',
    text: '"The count is final," Paul Grant Jr., the director of the agency, said on Monday.',
    quote: { containing: 'count is final', speaker: 'Paul Grant Jr', cue: 'said' },
  },
  {
    rule: 'after.x-said',
    text: '"Nobody reads the fine print," Tom Hale of the Center for Budget Studies wrote in May.',
    quote: { containing: 'fine print', speaker: 'Tom Hale', mention: 'Tom Hale of the Center for Budget Studies', cue: 'wrote' },
  },
  { rule: 'after.x-said', text: '"We will not leave," Bashar al-Assad told reporters.', quote: { containing: 'not leave', speaker: 'Bashar al-Assad', cue: 'told' } },
  { rule: 'after.said-x', text: '"The vote is close," said Marie-Claire Duval, the mayor.', quote: { containing: 'vote is close', speaker: 'Marie-Claire Duval', cue: 'said' } },
  { rule: 'after.x-said', text: '"We will fight on," Mayor Hale snapped.', quote: { containing: 'fight on', speaker: 'Hale', cue: 'snapped' } },
  {
    rule: 'after.x-said',
    text: '"That is fine by us," Lee campaign manager Jeff Weaver said.',
    quote: { containing: 'fine by us', speaker: 'Jeff Weaver', mention: 'Lee campaign manager Jeff Weaver', cue: 'said' },
  },
  {
    rule: 'before.participle-after-object',
    text: 'Mayor Ann Lee emailed residents saying: "The water is safe to drink again."',
    quote: { containing: 'safe to drink', speaker: 'Ann Lee', cue: 'saying' },
  },
  { rule: 'after.as-x-put-it', text: '"The plan is dead and buried," Mayor Ann Lee put it.', quote: { containing: 'dead and buried', speaker: 'Ann Lee', cue: 'put it' } },
  { rule: 'before.in-x-words', text: 'In Ann Lee\'s words, "the plan is dead and buried."', quote: { containing: 'dead and buried', speaker: 'Ann Lee', mention: 'Ann Lee' } },
  { rule: 'before.in-x-words', text: 'Tom Hale spoke last. In his own words, "the plan is dead and buried."', quote: { containing: 'dead and buried', speaker: 'Tom Hale', mention: 'his' } },
  {
    rule: 'after.phrase-said',
    text: 'The audit ran for two years. "The findings have not changed, and they will not change," a spokesman for the council Greens said.',
    quote: { containing: 'findings have not changed', kind: 'direct', speaker: 'a spokesman for the council Greens', cue: 'said' },
  },
  {
    rule: 'after.phrase-said',
    text: '"We were never told," one of the nurses at the Dunmore clinic said on Friday.',
    quote: { containing: 'never told', speaker: 'one of the nurses at the Dunmore clinic', cue: 'said' },
  },
  {
    rule: 'after.title-then-name',
    text: '"The bridge will reopen in the spring," the transport secretary, Tom Hale, told reporters.',
    // With it off, speaker.appositive-name reads the same name out of after.phrase-said's mention.
    without: ['speaker.appositive-name'],
    quote: { containing: 'bridge will reopen', text: 'The bridge will reopen in the spring', kind: 'direct', speaker: 'Tom Hale', cue: 'told' },
  },
  { rule: 'after.x-verbed', text: '"The audit was never finished," Mayor Ruth Ames pointed out.', quote: { containing: 'never finished', speaker: 'Ruth Ames', cue: 'pointed out' } },
  { rule: 'after.x-verbed', text: '"Who pays for the new roof?" Dale Pruitt shot back with a grin.', quote: { containing: 'new roof', speaker: 'Dale Pruitt', cue: 'shot back' } },
  { rule: 'after.x-verbed', text: 'The clerk waited. "Nobody reads the minutes anyway," Ames went on, as if nobody had asked.', quote: { containing: 'reads the minutes', speaker: 'Ames', cue: 'went on' } },
  { rule: 'after.dash-credit', text: '"Stay hungry and keep on walking." ― Pamela Padilla', quote: { containing: 'Stay hungry', speaker: 'Pamela Padilla', cue: '―' } },
  { rule: 'before.as-x-put-it', without: ['before.as-x-verbed'], text: 'As the senator put it: "This bill is dead on arrival."', quote: { containing: 'dead on arrival', mention: 'the senator', cue: 'put it' } },
  {
    rule: 'before.according-to',
    text: 'According to the mayor, the old bridge is in "very bad shape", and it will close.',
    quote: { containing: 'bad shape', text: 'the old bridge is in "very bad shape', mention: 'the mayor', cue: 'According to' },
  },
  {
    rule: 'before.x-said',
    text: 'Lopez said, after a long and bitter night of talks with the unions, that the deal was "finally done".',
    quote: { containing: 'finally done', kind: 'partial', speaker: 'Lopez', cue: 'said' },
  },
  { rule: 'before.and-said', text: 'The mayor laughed and said, "We will rebuild the old bridge."', quote: { containing: 'rebuild', kind: 'direct', mention: 'The mayor', cue: 'said' } },
  { rule: 'before.participle', text: 'Trump replied, telling the crowd, "We are going to win big."', quote: { containing: 'win big', speaker: 'Trump', cue: 'telling' } },
  { rule: 'before.inverted', text: 'Said the governor: "We will not raise taxes this year."', quote: { containing: 'raise taxes', mention: 'the governor', cue: 'Said' } },
  { rule: 'before.weak-cue', text: 'Jones noted, after the vote, that many voters felt "deeply betrayed by the party".', quote: { containing: 'betrayed', speaker: 'Jones', cue: 'noted' } },
  { rule: 'before.outermost', text: 'Clinton says she admired what she calls "a real and lasting friendship".', quote: { containing: 'lasting friendship', speaker: 'Clinton', cue: 'says' } },
  { rule: 'before.label', text: 'Clinton: "We have to build bridges, not walls."', quote: { containing: 'build bridges', speaker: 'Clinton', cue: ':' } },
  {
    rule: 'later.x-said',
    text: '"If there had not been that intervention" by NATO and others, Clinton said, the war would have spread.',
    quote: { containing: 'intervention', speaker: 'Clinton', cue: 'said' },
  },
  { rule: 'later.said-x', text: '"Not now and not like this" for the party, said Ann Lee.', quote: { containing: 'Not now', speaker: 'Ann Lee', cue: 'said' } },
  {
    rule: 'after.x-verbed',
    text: '"Let me help you out, the answer is no," the nominee riffed on the question, to laughter.',
    quote: { containing: 'help you out', kind: 'direct', mention: 'the nominee', cue: 'riffed' },
  },
  { rule: 'after.x-verbed', text: '"We regret the error and apologise," the statement read.', quote: { containing: 'regret the error', mention: 'the statement', cue: 'read' } },
  { rule: 'after.read-x', text: '"We regret the error and apologise," read the statement, sent late on Friday.', quote: { containing: 'regret the error', mention: 'the statement', cue: 'read' } },
  { rule: 'after.read-x', text: 'Protesters lined the road. "No new tolls on our bridge," read one sign.', quote: { containing: 'No new tolls', mention: 'one sign', cue: 'read' } },
  {
    rule: 'before.x-said',
    text: 'Joan Ward, 59, of Ashton, Md., who watched the parade, said it brought back "all the old memories."',
    quote: { containing: 'old memories', speaker: 'Joan Ward' },
  },
  {
    rule: 'before.x-said',
    text: 'John Hill, of Springfield, Va., said he had served "for the rights of the nation."',
    quote: { containing: 'rights of the nation', speaker: 'John Hill', mention: 'John Hill, of Springfield, Va' },
  },
  {
    rule: 'before.x-said',
    text: 'The former secretary of state said the country "clearly" needed more planes.',
    without: ['speaker.clause-subject'],
    quote: { containing: 'clearly', mention: 'The former secretary of state', cue: 'said' },
  },
  { rule: 'after.said-x', text: '"This is a waste of our time," said Del. Stacey Hart of the Virgin Islands.', quote: { containing: 'waste of our time', speaker: 'Stacey Hart' } },
  // Words the tagger reads as verbs inside a source's noun phrase (quotes/nounWords.ts).
  {
    rule: 'after.x-said',
    text: '"My reaction was simple," Lee\'s former campaign strategist said in an interview.',
    quote: { containing: 'reaction was simple', speaker: 'Lee\'s former campaign strategist', cue: 'said' },
  },
  {
    rule: 'after.x-said',
    text: '"The funds went to the campaign," the Hale campaign explained in its release.',
    quote: { containing: 'funds went', speaker: 'Hale campaign', mention: 'the Hale campaign', cue: 'explained' },
  },
  {
    rule: 'after.said-x',
    text: '"There is no data to show it," said one unaligned Ohio Republican strategist.',
    quote: { containing: 'no data', mention: 'one unaligned Ohio Republican strategist', cue: 'said' },
  },
  { rule: 'after.said-x', text: '"It is a mistake, so forget it," said retired surgeon Ben Cole, asked about his claims.', quote: { containing: 'forget it', speaker: 'Ben Cole' } },
  {
    rule: 'before.as-x-verbed',
    text: 'But as The Herald pointed out, "the city has not run a surplus in a decade."',
    quote: { containing: 'surplus', kind: 'direct', mention: 'The Herald', cue: 'pointed out' },
  },
  { rule: 'before.as-x-verbed', text: 'As the band sang back in 1985, "They will turn us all into beggars."', quote: { containing: 'beggars', mention: 'the band' } },
  {
    rule: 'before.and-said',
    text: 'The senator said she backed the bill and warned that a veto would "send the wrong signal to voters."',
    quote: { containing: 'wrong signal', text: 'that a veto would "send the wrong signal to voters', mention: 'The senator', cue: 'warned' },
  },
  {
    rule: 'after.x-said',
    text: '"The plan is sound and fair," Ann C. Hale, a senior fellow at the Brookings Institution and a delegate to the party convention, wrote in an analysis.',
    quote: { containing: 'sound and fair', speaker: 'Ann C. Hale', cue: 'wrote' },
  },
  // `But, said X, "…"`: the comma after `But` makes it no `and said` (before.and-said gives way).
  { rule: 'before.inverted', text: 'But, said Ann Solovey, "I do not want to drum up a fight with him."', quote: { containing: 'drum up', kind: 'direct', speaker: 'Ann Solovey', cue: 'said' } },
];
