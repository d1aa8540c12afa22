import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis';
import { assertOffsets, quoteContaining } from '../analysis/helpers';

/** Analyse, check the offset invariants, and return the quote containing `fragment`. */
function quoteIn(text: string, fragment: string) {
  const a = analyze(text);
  assertOffsets(text, a);
  return quoteContaining(a, fragment);
}

describe('partial quote span boundaries', () => {
  it('the clause ends at the closing mark when `and` + a second verb follows', () => {
    const q = quoteIn('The governor called the budget “a disaster” and vowed to veto it next week.', 'a disaster');
    assert.equal(q.kind, 'partial');
    assert.equal(q.text, 'the budget “a disaster');
    assert.equal(q.cue?.text, 'called');
  });

  it('the clause also ends at the mark before `but` + a verb, or `and`/`but` + one adverb + a verb', () => {
    const q = quoteIn('The mayor called the zoning plan “a gift to developers,” but promised to read it again.', 'a gift');
    assert.equal(q.text, 'the zoning plan “a gift to developers');
    const r = quoteIn('The coach described the loss as “a wake-up call” and then benched two starters.', 'wake-up call');
    assert.equal(r.text, 'the loss as “a wake-up call');
  });

  it('a copula after `but` continues the quoted clause', () => {
    const q = quoteIn('She said the new tower is “not the prettiest building,” but is a useful one.', 'prettiest');
    assert.match(q.text, /but is a useful one$/);
  });

  it('a reported clause inside a fronted `While …`/`Asked …` clause ends at the comma closing it', () => {
    const q = quoteIn('While the mayor said the budget was “a total mess,” the council passed it anyway.', 'a total mess');
    assert.equal(q.text, 'the budget was “a total mess');
    const a = quoteIn('Asked whether the plan is “fair to renters,” most tenants in the survey said no.', 'fair to renters');
    assert.equal(a.text, 'whether the plan is “fair to renters');
    // The comma of a later quoted part does not close it early.
    const b = quoteIn('Although she says she “likes the mayor,” and “trusts his team,” she voted against him.', 'likes the mayor');
    assert.equal(b.text, 'she “likes the mayor,” and “trusts his team');
  });

  it('with no attribution, `that` right before the mark opens the content, which runs to the clause end', () => {
    const q = quoteIn('The mayor’s position was that “the new city budget is balanced” on paper and in practice.', 'budget is balanced');
    assert.equal(q.kind, 'partial');
    assert.equal(q.text, 'that “the new city budget is balanced” on paper and in practice');
  });

  it('a relative clause after the last quoted words (`, which …`, `, who …`) is not part of the content', () => {
    const q = quoteIn('The coach said the team was “not ready” for the final, which starts on Sunday.', 'not ready');
    assert.equal(q.text, 'the team was “not ready” for the final');
    // More quoted words in the relative clause keep it in.
    const r = quoteIn('He said the board was “asleep” during the audit, which he called “a farce.”', 'asleep');
    assert.match(r.text, /a farce$/);
  });

  it('a relative clause set off by commas after the cue (`argued the plan, which …, "…"`) stays in the content', () => {
    const q = quoteIn('The senator argued the new pipeline, which most farmers support, “would create jobs” in the region.', 'create jobs');
    assert.equal(q.text, 'the new pipeline, which most farmers support, “would create jobs” in the region');
  });

  it('an adjunct with its own verb between the cue and `that` (`said in an interview recorded … that`) is not content', () => {
    const q = quoteIn('The governor said in a radio interview recorded before the storm that the levees were “in good shape.”', 'good shape');
    assert.equal(q.text, 'that the levees were “in good shape');
    const r = quoteIn('The chief told reporters after he left the hearing that the budget was “simply too small.”', 'too small');
    assert.equal(r.text, 'that the budget was “simply too small');
  });

  it('a comma inside the closing mark then `though`/`while` ends the clause, unless more quoted words follow', () => {
    const q = quoteIn('The mayor said the new tax is “about right,” though many renters in the city disagree.', 'about right');
    assert.equal(q.text, 'the new tax is “about right');
    const r = quoteIn('The mayor said the east side is “safe for now,” while “the west side is a worry.”', 'safe for now');
    assert.equal(r.text, 'the east side is “safe for now,” while “the west side is a worry');
  });

  it('the medium of the report right after the mark (`in a tweet`, `in an interview`) belongs to the cue, not the content', () => {
    const q = quoteIn('The senator called the ruling “a disgrace” in a tweet on Sunday.', 'a disgrace');
    assert.equal(q.text, 'the ruling “a disgrace');
    const r = quoteIn('The coach said his players were “worn out,” in a radio interview after the game.', 'worn out');
    assert.equal(r.text, 'his players were “worn out');
  });

  it('a bare infinitive after `and` continues an infinitive inside the content (`to "stop X" and call Y`)', () => {
    const q = quoteIn('The mayor said he was going to “fight for every vote” and wait for the results.', 'every vote');
    assert.equal(q.text, 'he was going to “fight for every vote” and wait for the results');
    // Without an infinitive inside the content, a verb after `and` is the subject's second predicate.
    const r = quoteIn('The critics call the plan “a giveaway” and demand a new vote.', 'giveaway');
    assert.equal(r.text, 'the plan “a giveaway');
  });

  it('`"…" words, said X.`: the content runs to the comma before the inverted attribution', () => {
    const q = quoteIn('“The vote will be very close” for the governor, said Ana Ruiz, a pollster in the state.', 'very close');
    assert.equal(q.text, 'The vote will be very close” for the governor');
    assert.equal(q.speaker?.mention.text, 'Ana Ruiz');
    assert.equal(q.cue?.text, 'said');
  });

  it('a dash closing a pair of dashes opened inside the content ends the aside, not the clause', () => {
    const q = quoteIn('The chair said the bill would cut the fuel tax — and the “hated” toll fees — by half next year.', 'hated');
    assert.equal(q.text, 'the bill would cut the fuel tax — and the “hated” toll fees — by half next year');
    // A single dash after the mark still ends the clause.
    const r = quoteIn('The chair said the bill was “a good start” — a view few others share.', 'good start');
    assert.equal(r.text, 'the bill was “a good start');
  });

  it('a named source and its speech verb after the mark (`“X,” Ana Lopez said`) end the content', () => {
    const q = quoteIn('The protesters called the mayor “a total fraud,” Ana Lopez said as the crowd grew.', 'total fraud');
    assert.equal(q.text, 'the mayor “a total fraud');
    const r = quoteIn('The protesters called the mayor “a total fraud,” The City Herald reported on Monday.', 'total fraud');
    assert.equal(r.text, 'the mayor “a total fraud');
  });

  it('a weekday right after the mark dates the report, unless the content looks ahead', () => {
    const q = quoteIn('The senator called the new ruling “a disgrace” on Monday.', 'a disgrace');
    assert.equal(q.text, 'the new ruling “a disgrace');
    const r = quoteIn('The senator said he would “vote against it” on Tuesday.', 'vote against');
    assert.equal(r.text, 'he would “vote against it” on Tuesday');
  });

  it('`"A" and "B"` and `"A" and nouns` stay one clause', () => {
    const q = quoteIn('The mayor called the plan “reckless” and “unfair” in her speech.', 'reckless');
    assert.match(q.text, /reckless” and “unfair/);
    const r = quoteIn('The senator said the bill was “a mess” and a waste of money.', 'a mess');
    assert.match(r.text, /a waste of money$/);
  });

  it('a second quoted phrase after the break is a quote of its own', () => {
    const text = 'The coach said the referees were “blind” and added that the league was “a joke.”';
    const a = analyze(text);
    assertOffsets(text, a);
    const first = quoteContaining(a, 'blind');
    assert.equal(first.text, 'the referees were “blind');
    const second = quoteContaining(a, 'a joke');
    assert.notEqual(first, second);
  });

  it('the clause ends at the closing mark when a comma, a subject pronoun and a verb follow', () => {
    const q = quoteIn('The director said the two men had “known each other for years,” she insisted they never met.', 'known each other');
    assert.equal(q.text, 'the two men had “known each other for years');
  });

  it('but not after a subordinate clause, whose main clause continues past the mark', () => {
    const q = quoteIn('The minister said that if the vote was “rigged,” they would ask for a recount.', 'rigged');
    assert.match(q.text, /they would ask for a recount$/);
  });

  it('`told OBJECT he …`: the reported clause starts at the subject pronoun, not inside it', () => {
    const q = quoteIn('The candidate told the crowd he was “sick and tired” of the old politics.', 'sick and tired');
    assert.equal(q.text, 'he was “sick and tired” of the old politics');
    assert.equal(q.cue?.text, 'told');
    const i = quoteIn('The pilot told investigators she had lost power over the lake.', 'lost power');
    assert.equal(i.kind, 'indirect');
    assert.equal(i.text, 'she had lost power over the lake');
  });

  it('a detached speech participle (`, claiming`, `before insisting`) opens the content and is the cue', () => {
    const q = quoteIn('“Crime is down,” the chief told reporters, before insisting the city had a “serious problem” with guns.', 'serious problem');
    assert.equal(q.text, 'the city had a “serious problem” with guns');
    assert.equal(q.cue?.text, 'insisting');
    assert.equal(q.speaker?.mention.text, 'the chief');
    const c = quoteIn('The group criticized the mayor, claiming that the budget was “a fraud.”', 'a fraud');
    assert.equal(c.text, 'that the budget was “a fraud');
    assert.equal(c.cue?.text, 'claiming');
  });

  it('a participle inside the clause (`was planning to`) does not move the start', () => {
    const q = quoteIn('She said she was planning to skip the gala for “family reasons.”', 'family reasons');
    assert.equal(q.text, 'she was planning to skip the gala for “family reasons');
    assert.equal(q.cue?.text, 'said');
  });

  it('`…, adding, "…"` and `… and added, "…"`: the quotation right after the verb is a direct quote', () => {
    const a = quoteIn('The aide said the race was close, adding, “We will win it anyway.”', 'win it anyway');
    assert.equal(a.kind, 'direct');
    assert.equal(a.text, 'We will win it anyway');
    assert.equal(a.cue?.text, 'adding');
    const b = quoteIn('The aide said the race was close and added, “We will win it anyway.”', 'win it anyway');
    assert.equal(b.kind, 'direct');
    assert.equal(b.text, 'We will win it anyway');
    assert.equal(b.cue?.text, 'added');
  });

  it('`told OBJECT ADVERB, "…"` is a direct quote too, but a comma after a non-speech phrase is not', () => {
    const q = quoteIn('The chief was asked about crime and told the local paper simply, "We lost."', 'We lost');
    assert.equal(q.kind, 'direct');
    assert.equal(q.text, 'We lost');
    const p = quoteIn('The senator said that in any deal, “we will protect our farmers.”', 'protect our farmers');
    assert.equal(p.kind, 'partial');
    assert.match(p.text, /^that in any deal/);
  });

  it('a spaced hyphen or double hyphen is a dash and ends the clause; a hyphen inside a word does not', () => {
    const a = quoteIn('The critic said the film was "a triumph" - except that nobody went to see it.', 'a triumph');
    assert.equal(a.text, 'the film was "a triumph');
    const b = quoteIn('The critic said the film was "a triumph" -- except that nobody went to see it.', 'a triumph');
    assert.equal(b.text, 'the film was "a triumph');
    const c = quoteIn('The critic said the well-known film was "a triumph" of self-promotion.', 'a triumph');
    assert.equal(c.text, 'the well-known film was "a triumph" of self-promotion');
  });

  it('a preposition right after the verb (`called on`, `warned of`) stays out of the content; `said on Twitter` is not such a verb', () => {
    const a = quoteIn('The bishop called on leaders "not to feed that dark impulse" in all of us.', 'dark impulse');
    assert.equal(a.text, 'leaders "not to feed that dark impulse" in all of us');
    assert.equal(a.cue?.text, 'called');
    const b = quoteIn('The mayor said on Twitter "the vote is rigged" and left.', 'the vote is rigged');
    assert.match(b.text, /^on Twitter/);
  });

  it('a cue inside the reported clause of an earlier speech verb gives way to it (the outermost attribution)', () => {
    const a = quoteIn('The mayor says she admired the plan through what she calls “a bold vision” for the city.', 'a bold vision');
    assert.equal(a.text, 'she admired the plan through what she calls “a bold vision” for the city');
    assert.equal(a.cue?.text, 'says');
    assert.equal(a.speaker?.mention.text, 'The mayor');
    // A comma-set clause between them is not a complement: the nearer cue stays.
    const b = quoteIn('While the mayor says little, the governor said the plan was “a bold vision” for the state.', 'a bold vision');
    assert.equal(b.cue?.text, 'said');
    assert.equal(b.speaker?.mention.text, 'the governor');
  });

  it('the `that` of a clause already begun is not the cue\'s `that`', () => {
    const a = quoteIn('Obama said he expected that voters will say “no” to the plan.', 'no');
    assert.equal(a.text, 'he expected that voters will say “no” to the plan');
    assert.equal(a.cue?.text, 'said');
    const b = quoteIn('The senator told reporters on Monday that the bill was “dead.”', 'dead');
    assert.equal(b.text, 'that the bill was “dead');
  });

  it('only adjuncts or the object of `told` between the cue and `, "…"`: the quotation is the content', () => {
    const a = quoteIn('The senator told Jane Smith of the Daily Herald, “We will win this race.”', 'win this race');
    assert.equal(a.kind, 'direct');
    assert.equal(a.text, 'We will win this race');
    const b = quoteIn('The governor said at a town hall on Monday, “The budget is balanced.”', 'balanced');
    assert.equal(b.kind, 'direct');
    assert.equal(b.text, 'The budget is balanced');
    assert.equal(b.cue?.text, 'said');
    // A clause (`that …`) before the comma is content.
    const c = quoteIn('The governor said on Monday that in the end, “the budget is balanced.”', 'balanced');
    assert.equal(c.kind, 'partial');
    assert.match(c.text, /^that in the end/);
  });

  it('the object of `told` ends where a second noun phrase begins (`told POLITICO the state’s …`)', () => {
    const q = quoteIn('He told POLITICO Florida the state’s standards are “getting better.”', 'getting better');
    assert.equal(q.text, 'the state’s standards are “getting better');
    assert.equal(q.cue?.text, 'told');
  });

  it('verbs of shouting and of public praise or blame govern a quoted phrase (`yelled`, `decried`, `heralded`)', () => {
    const a = quoteIn('The protesters yelled “Go home!” at the senator.', 'Go home');
    assert.equal(a.cue?.text, 'yelled');
    const b = quoteIn('The governor decried the plan for “punishing families” in her speech.', 'punishing families');
    assert.equal(b.text, 'the plan for “punishing families” in her speech');
    assert.equal(b.cue?.text, 'decried');
    const c = quoteIn('Merkel heralded the deal as a “breakthrough.”', 'breakthrough');
    assert.equal(c.text, 'the deal as a “breakthrough');
    assert.equal(c.speaker?.mention.text, 'Merkel');
  });

  it('a detached participle after `,”` tells how it was said, so the reported clause ends at the mark', () => {
    const q = quoteIn('The senator said the race “should be over by June,” referring to the last primary.', 'over by June');
    assert.equal(q.text, 'the race “should be over by June');
    const r = quoteIn('The mayor insisted that the city had “turned a corner,” claiming that crime was down.', 'turned a corner');
    assert.equal(r.text, 'that the city had “turned a corner');
  });

  it('a longer run of objects and adjuncts before a clause-opening `that` stays out of the content', () => {
    const a = quoteIn('The coach told local radio host Jim Brown on Friday that the trade was "a mistake."', 'a mistake');
    assert.equal(a.text, 'that the trade was "a mistake');
    const b = quoteIn('The mayor said Tuesday in Dayton, Ohio, that the plant would “stay open.”', 'stay open');
    assert.equal(b.text, 'that the plant would “stay open');
    const d = quoteIn('The senator told a crowd of farmers at the county fair in Ames on Monday that the bill was “dead on arrival.”', 'dead on arrival');
    assert.equal(d.text, 'that the bill was “dead on arrival');
    // A relative `that` after the comma is inside the content.
    const c = quoteIn('The senator said on Monday, the bill that passed was “a disaster.”', 'a disaster');
    assert.equal(c.text, 'the bill that passed was “a disaster');
  });

  it('a verb after `and` shares the sentence subject when only its first verb\'s object stands between', () => {
    const a = quoteIn('The governor praised the budget and said the state would “never go back.”', 'never go back');
    assert.equal(a.text, 'the state would “never go back');
    assert.equal(a.cue?.text, 'said');
    assert.equal(a.speaker?.mention.text, 'The governor');
    // Not when a clause is embedded between: the outer report holds the quote.
    const b = quoteIn('The aide said that the mayor has criticized the plan and called it “a disaster.”', 'a disaster');
    assert.equal(b.text, 'that the mayor has criticized the plan and called it “a disaster');
  });

  it('`tells`/`telling` are cues even where the tagger reads them as a noun or an adjective', () => {
    const a = quoteIn('The coach tells reporters outside the stadium that the team is “ready for anything.”', 'ready for anything');
    assert.equal(a.cue?.text, 'tells');
    assert.equal(a.text, 'that the team is “ready for anything');
    const b = quoteIn('The mayor is telling voters at a diner in Dayton that “the plant stays open.”', 'the plant stays open');
    assert.equal(b.cue?.text, 'telling');
    assert.equal(b.text, 'that “the plant stays open');
  });
});
