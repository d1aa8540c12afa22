/** Cases for the rules that set a marked quote's kind, span and speaker. */
import type { RuleCase } from '../../rules/ruleCase';

export const KIND_AND_SPAN_CASES: RuleCase[] = [
  { rule: 'kind.whole-sentence', text: '"We will win the vote," Senator Ann Lee said.', quote: { containing: 'win the vote', kind: 'direct' } },
  { rule: 'kind.bare-cue', text: 'Several said they were "leaning toward Cruz" this week.', quote: { containing: 'leaning', kind: 'partial', cue: 'said' } },
  { rule: 'kind.unparsed-attribution', text: '"It is over now," the senator who led the fight for the state of Ohio said.', quote: { containing: 'It is over', kind: 'direct' } },
  { rule: 'kind.scare-quote', text: 'The so-called "reform" bill passed the house today.', noQuote: 'reform' },
  { rule: 'kind.words-named', text: 'The banner read "no more cuts" in red letters.', quote: { containing: 'no more cuts' } },
  { rule: 'kind.part-of-sentence', text: 'Jane Doe called the proposal a "reckless gamble" on Monday.', quote: { containing: 'reckless gamble', kind: 'partial' } },
  {
    rule: 'span.reported-clause',
    text: 'Governor Tom Reed told reporters on Monday that the state would "cut taxes deeply" next year.',
    quote: { containing: 'cut taxes', text: 'that the state would "cut taxes deeply" next year' },
  },
  { rule: 'span.verb-particle', text: 'The mayor called on leaders "to act now before it is too late".', quote: { containing: 'to act now', text: 'leaders "to act now before it is too late' } },
  { rule: 'span.as-frame', text: 'A friend referred to Rubio as "the best senator we ever had".', quote: { containing: 'best senator', text: 'Rubio as "the best senator we ever had' } },
  { rule: 'end.clause-break', text: 'She said the plan was "a total failure"; others disagreed strongly.', quote: { containing: 'total failure', text: 'the plan was "a total failure' } },
  {
    rule: 'end.dash-aside',
    text: 'He said the tax — as well as the "pause" — would hurt families badly.',
    quote: { containing: 'pause', text: 'the tax — as well as the "pause" — would hurt families badly' },
  },
  { rule: 'end.fronted-clause', text: 'While Smith said the plan was "a mess," Jones voted for it anyway.', quote: { containing: 'a mess', text: 'the plan was "a mess' } },
  { rule: 'end.trailing-relative', text: 'He said she was "sarcastic" in her remarks, which drew criticism.', quote: { containing: 'sarcastic', text: 'she was "sarcastic" in her remarks' } },
  { rule: 'end.medium', text: 'Trump called it "a total disgrace" in a tweet on Sunday morning.', quote: { containing: 'disgrace', text: 'it "a total disgrace' } },
  { rule: 'end.weekday', text: 'Pelosi called the bill "a disgrace to the House" Wednesday.', quote: { containing: 'disgrace', text: 'the bill "a disgrace to the House' } },
  { rule: 'end.subordinator', text: 'Voters said the price was "about right," though most still want a cut.', quote: { containing: 'about right', text: 'the price was "about right' } },
  { rule: 'end.coordinated-verb', text: 'Critics called it "crazy" and said the plan would fail.', quote: { containing: 'crazy', text: 'it "crazy' } },
  { rule: 'end.participle', text: 'Officials said the deal was "all wrapped up," referring to the talks.', quote: { containing: 'wrapped up', text: 'the deal was "all wrapped up' } },
  {
    rule: 'end.pronoun-subject',
    text: 'Ann Lee said the two men had "been friends for years," she added.',
    quote: { containing: 'friends for years', text: 'the two men had "been friends for years' },
  },
  { rule: 'end.named-source', text: 'Jones called him "a buffoon," Susan Smith said in a statement.', quote: { containing: 'buffoon', text: 'him "a buffoon' } },
  { rule: 'span.adjuncts-then-mark', text: 'Trump told Chris Wallace of Fox News, "We will see what happens next."', quote: { containing: 'what happens', kind: 'direct' } },
  {
    rule: 'span.participle-cue',
    text: 'Smith said the talks went well before insisting it was a "sound deal for all of us".',
    quote: { containing: 'sound deal', cue: 'insisting', text: 'it was a "sound deal for all of us' },
  },
  { rule: 'span.cue-before-mark', text: 'Jones told the agency that it was fine and added, "We have nothing to hide."', quote: { containing: 'nothing to hide', kind: 'direct', cue: 'added' } },
  { rule: 'span.that-clause', text: 'The answer was that "we simply ran out of money" on the day.', quote: { containing: 'ran out', text: 'that "we simply ran out of money" on the day' } },
  { rule: 'speaker.previous-quote', text: '"We won," Ann Lee said. The result was "a clear mandate for real change".', quote: { containing: 'clear mandate', speaker: 'Ann Lee' } },
  {
    rule: 'speaker.relative-antecedent',
    text: 'The council heard from Ann Lee, who said the plan was "far too expensive for the city."',
    quote: { containing: 'far too expensive', mention: 'who', speaker: 'Ann Lee' },
  },
  { rule: 'speaker.relative-antecedent', text: 'It was Tom Hale who said the plan would fail.', quote: { containing: 'plan would fail', mention: 'who', speaker: 'Tom Hale' } },
  { rule: 'speaker.sentence-subject', text: 'A close friend referred to him as "the hardest worker in the building".', quote: { containing: 'hardest worker', mention: 'A close friend' } },
  {
    rule: 'speaker.colon-subject',
    text: '"We won," Ann Lee said.\n\nAnd Mr. Hale gloated: "I told you the bridge would never open."',
    quote: { containing: 'bridge would never open', speaker: 'Hale', mention: 'Mr. Hale' },
  },
  {
    rule: 'speaker.colon-subject',
    text: '"We won," Ann Lee said. Mayor Tom Hale only shrugged: "Wait for the recount."',
    quote: { containing: 'Wait for the recount', speaker: 'Tom Hale' },
  },
  {
    rule: 'speaker.colon-subject',
    text: '"We won," Ann Lee said. Mayor Tom Hale gave the old idea one more whirl in a long interview with the local radio station on Tuesday: "Wait for the recount."',
    quote: { containing: 'Wait for the recount', speaker: 'Tom Hale' },
  },
  {
    rule: 'speaker.sentence-subject',
    text: 'On July 6, 2015, Senator Ruth Okafor made the following comment: "For young people who left school, the jobless rate is far too high."',
    quote: { containing: 'jobless rate', speaker: 'Ruth Okafor' },
  },
  {
    rule: 'speaker.main-subject',
    text: 'During a long campaign rally in downtown Toledo on Monday night, Mayor Ruth Okafor mocked the council, saying, "They have never built a single road."',
    quote: { containing: 'never built a single road', speaker: 'Ruth Okafor', cue: 'saying' },
  },
  {
    rule: 'speaker.main-subject',
    text: 'And then Dale Pruitt went on the attack, saying, "Is the governor ever going to read the audit?"',
    quote: { containing: 'read the audit', speaker: 'Dale Pruitt' },
  },
  {
    rule: 'speaker.main-subject',
    text: 'A spokeswoman for the county board emailed reporters the text of the ordinance, arguing, "As you can see, it says nothing of the kind."',
    quote: { containing: 'nothing of the kind', mention: 'A spokeswoman for the county board' },
  },
  {
    rule: 'speaker.clause-subject',
    text: 'The harbour master however said he would welcome a "proper survey of the silt" next spring.',
    quote: { containing: 'proper survey', mention: 'The harbour master', cue: 'said' },
  },
  {
    rule: 'speaker.clause-subject',
    text: 'First, Mayor Ruth Okafor attacked her old rival for running a "careless and lazy campaign" all year.',
    quote: { containing: 'careless', speaker: 'Ruth Okafor', cue: 'attacked' },
  },
  {
    rule: 'speaker.clause-subject',
    text: 'So dull was the hearing that Judge Amos Kerr was moved to remark, "Nobody here is awake any longer."',
    quote: { containing: 'Nobody here', speaker: 'Amos Kerr', mention: 'Judge Amos Kerr' },
  },
  {
    rule: 'speaker.poll-source',
    text: 'In a Marist poll released Sunday, just 8 percent of farmers said the new levy was "fair to everyone."',
    quote: { containing: 'fair to everyone', speaker: 'a Marist poll released Sunday' },
  },
  {
    rule: 'speaker.role-then-name',
    text: 'Lee campaign spokesman Brian Fallon answered on Twitter, calling the charge "pathetic and dangerous."',
    quote: { containing: 'pathetic', speaker: 'Brian Fallon', mention: 'Lee campaign spokesman Brian Fallon' },
  },
  { rule: 'speaker.role-then-name', text: '"The audit is a whitewash," said Finance ranking Democrat Rosa Delgado.', quote: { containing: 'whitewash', speaker: 'Rosa Delgado' } },
  { rule: 'speaker.appositive-name', text: 'The health minister, Karin Vos, said the waiting lists were “a sign the plan works”.', quote: { containing: 'plan works', speaker: 'Karin Vos' } },
  { rule: 'speaker.appositive-name', text: 'Her deputy, Councillor Omar Haddad, put it more bluntly: "Nobody asked the riders."', quote: { containing: 'Nobody asked', speaker: 'Omar Haddad' } },
  { rule: 'speaker.name-after-noun', text: 'Bristol resident Whit Symms said: "The new bridge is a waste of money."', quote: { containing: 'waste of money', speaker: 'Whit Symms' } },
  {
    rule: 'speaker.name-after-noun',
    text: '"We will not sign it," said Finnish Defence Minister Kaarlo Vesterinen.',
    quote: { containing: 'not sign it', speaker: 'Kaarlo Vesterinen', mention: 'Finnish Defence Minister Kaarlo Vesterinen' },
  },
  {
    rule: 'speaker.appositive-subject',
    text: 'Mayor Tom Hale, who has led the city since 2019, on Friday described the plan as "a bridge to nowhere."',
    quote: { containing: 'bridge to nowhere', speaker: 'Tom Hale' },
  },
  {
    rule: 'speaker.appositive-subject',
    text: 'Rita Gomez, the union\'s lawyer, dismissed the offer as "an insult to every nurse."',
    quote: { containing: 'insult to every nurse', speaker: 'Rita Gomez' },
  },
  {
    rule: 'speaker.appositive-subject',
    text: 'State Rep. Ann Ford (R), an early backer of the bill, suggested the mayor was "out of touch on taxes."',
    quote: { containing: 'out of touch', speaker: 'Ann Ford' },
  },
  {
    rule: 'speaker.clause-subject',
    text: 'A new survey by the Marist Institute found that "most voters have tuned out the campaign."',
    quote: { containing: 'tuned out', mention: 'A new survey by the Marist Institute', cue: 'found' },
  },
  {
    rule: 'speaker.appositive-name',
    text: 'Another delegate from the Ohio slate, Jim Moore, said he was only "leaning toward the governor" for now.',
    quote: { containing: 'leaning toward', speaker: 'Jim Moore' },
  },
  {
    rule: 'speaker.appositive-name',
    text: '"We will carry the county," a spokesman for the Ohio party, Jim Moore, said on Monday.',
    quote: { containing: 'carry the county', speaker: 'Jim Moore', mention: 'a spokesman for the Ohio party, Jim Moore' },
  },
  {
    rule: 'speaker.main-subject',
    text: 'Speaking at a town hall in Salem, New Hampshire, Lee went after Hale, calling him "a total stiff."',
    quote: { containing: 'total stiff', speaker: 'Lee', cue: 'calling' },
  },
  {
    rule: 'speaker.sentence-subject',
    text: 'Later, on the steps of the statehouse, Mr. Hale expressed a deep regret for "my failure to end the feud."',
    quote: { containing: 'end the feud', speaker: 'Hale', cue: 'expressed' },
  },
  {
    rule: 'speaker.sentence-subject',
    text: 'On the stump, Weld describes the party as "a six-lane highway going right up the middle."',
    quote: { containing: 'six-lane', speaker: 'Weld', cue: 'describes' },
  },
  {
    rule: 'speaker.appositive-subject',
    text: 'Gerry Hale, a GOP political consultant, notes that scoring 20% of the vote is "enough to qualify for delegates."',
    quote: { containing: 'qualify for delegates', speaker: 'Gerry Hale', cue: 'notes' },
  },
  // A "speaker" that is only the sentence's opening word names no one (quotes/pipeline.ts).
  { rule: 'speaker.never-name', text: 'There have already been telling responses that could resound as the threat becomes more central to the campaign.', noQuote: 'could resound' },
  {
    rule: 'speaker.never-name',
    text: 'There have been sharper remarks, such as when Lee knocked Hale on trade and called him a "moderate," a subtle dig at a rival.',
    quote: { containing: 'moderate', speaker: null },
  },
];
