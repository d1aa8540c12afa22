import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis';
import { assertOffsets, quoteContaining } from '../analysis/helpers';

/** Analyse, check the offset invariants, and return the quote containing `fragment`. */
function quoteIn(text: string, fragment: string) {
  const a = analyze(text);
  assertOffsets(text, a);
  return quoteContaining(a, fragment);
}

describe('quote attribution patterns', () => {
  it('`"…," X said`', () => {
    const q = quoteIn('The plan is ready. "We will build the bridge by May," Mayor Alice Brown said.', 'build the bridge');
    assert.equal(q.kind, 'direct');
    assert.equal(q.speaker?.name, 'Alice Brown');
    assert.equal(q.cue?.text, 'said');
    // Trailing punctuation inside the marks is not part of the quoted content.
    assert.equal(q.text, 'We will build the bridge by May');
  });

  it('a role the tagger reads as a verb opens the speaker: `said lead author X`, `"…," study author X said`', () => {
    const after = quoteIn('"The benefits level off after 10,000 steps," said lead author Maria Gonzalez.', 'level off');
    assert.equal(after.speaker?.mention.text, 'lead author Maria Gonzalez');
    assert.equal(after.kind, 'direct');
    const before = quoteIn('"The benefits level off after 10,000 steps," study author Maria Gonzalez said.', 'level off');
    assert.equal(before.speaker?.mention.text, 'study author Maria Gonzalez');
    assert.equal(before.kind, 'direct');
    // At a sentence's start the modifier is capitalised.
    assert.equal(quoteIn('Retired surgeon Ben Carson said the plan would fail.', 'plan').speaker?.mention.text, 'Retired surgeon Ben Carson');
    // A verb of the sentence before the object's name is no modifier.
    const verb = quoteIn('Bush also attacked billionaire Donald Trump, calling him a "loser."', 'loser');
    assert.equal(verb.speaker?.name, 'Bush');
  });

  it('a described source before a `which` clause: `The company, which employs 30,000 people, announced …`', () => {
    const q = quoteIn('The company, which employs about 30,000 people worldwide, also announced it would close two plants.', 'two plants');
    assert.equal(q.speaker?.mention.text, 'The company, which employs about 30,000 people worldwide');
    const r = quoteIn('The report, which was released on Monday, said prices rose.', 'prices rose');
    assert.equal(r.speaker?.name, 'The report');
  });

  it('a name after a preposition inside the appositive is not the speaker: `X, a salesman from Y, Z, says`', () => {
    const q = quoteIn('Dan Olsen, a retired teacher from Dayton, Ohio, says "the wall will never be built."', 'never be built');
    assert.equal(q.speaker?.name, 'Dan Olsen');
    assert.equal(q.cue?.text, 'says');
  });

  it('`have long argued`: the source before a perfect with `long` (read as an adjective) is still the speaker', () => {
    const q = quoteIn('Consumer groups have long argued that overseas plants receive too few inspections.', 'too few inspections');
    assert.equal(q.speaker?.mention.text, 'Consumer groups');
    assert.equal(q.cue?.text, 'argued');
  });

  it('`An agency official, who …, said`: a `who` clause marks its phrase as the speaker, unless that phrase describes a name before it', () => {
    const q = quoteIn('An agency official, who spoke on condition of anonymity because the review is ongoing, said inspectors had raised concerns.', 'raised concerns');
    assert.equal(q.speaker?.mention.text.startsWith('An agency official'), true, q.speaker?.mention.text);
    const named = quoteIn('Ann Lee, the former governor, who lost in 2019, called the plan a disaster.', 'a disaster');
    assert.equal(named.speaker?.name, 'Ann Lee');
  });

  it('a time adjunct between the subject and its verb: `X on Thursday stepped up …, saying "…"`', () => {
    const q = quoteIn('Mayor Ann Lee on Thursday stepped up her attacks on the council, saying "they have wasted a whole year."', 'wasted a whole year');
    assert.equal(q.speaker?.name, 'Ann Lee');
    assert.equal(q.cue?.text, 'saying');
  });

  it('a party and state abbreviation after the name: `"…!" Glenn Ford, R-Pa., said`', () => {
    const q = quoteIn('"What a mess!" Glenn Ford, R-Pa., said of the vote.', 'What a mess');
    assert.equal(q.speaker?.name, 'Glenn Ford');
    assert.equal(q.cue?.text, 'said');
  });

  it('a transcript turn: `NAME: …` is the speaker\'s, a heading label (`BYLINE:`, `EMAIL:`) is not', () => {
    const a = analyze('Interview transcript\n\nHALE: We will reopen the bridge in May.\n\nBYLINE: Jo Park and Sam Lee.\n\nEMAIL: desk@example.com.');
    assert.deepEqual(a.quotes.map((q) => [q.text, q.speaker?.name]), [['We will reopen the bridge in May', 'Hale']]);
  });

  it('an adverb the tagger reads as an adjective stays out of the subject: `Lee later defended …`', () => {
    const q = quoteIn('Ann Lee later defended her remarks as being "only a joke."', 'only a joke');
    assert.equal(q.speaker?.name, 'Ann Lee');
  });

  it('a name modifying a common noun shows the description, not the bare modifier: `a White House official` → White House official', () => {
    assert.equal(quoteIn('"We are worried," a White House official said.', 'worried').speaker?.name, 'White House official');
    assert.equal(quoteIn('"The rates stay," the Fed governor said on Friday.', 'rates stay').speaker?.name, 'Fed governor');
    assert.equal(quoteIn('"We won," Mayor Ann Lee said.', 'We won').speaker?.name, 'Ann Lee');
  });

  it('`"…," said X`', () => {
    const q = quoteIn('"Nobody told us anything," said Peter Wilson, a farmer.', 'Nobody told us');
    assert.equal(q.speaker?.name, 'Peter Wilson');
    assert.equal(q.cue?.text, 'said');
  });

  it('`X said: "…"` and `X told Y: "…"`', () => {
    const q = quoteIn('Senator Maria Lopez said: "The budget is balanced."', 'budget is balanced');
    assert.equal(q.kind, 'direct');
    assert.equal(q.speaker?.name, 'Maria Lopez');
    const t = quoteIn('Dr. Ken Adams told reporters: "The vaccine works."', 'vaccine works');
    assert.equal(t.speaker?.name, 'Ken Adams');
    assert.equal(t.cue?.text, 'told');
  });

  it('whom a cue like `told` names after it heard the words: `X, Y, told the BBC: "…"` is X\'s, never the BBC\'s', () => {
    for (const text of [
      'The environment secretary, Michael Graves, told the BBC: "I have done nothing wrong."',
      'Asked whether he would resign, the environment secretary, Michael Graves, told the BBC: "No."',
    ]) {
      const a = analyze(text);
      assertOffsets(text, a);
      const direct = a.quotes.filter((q) => q.kind === 'direct');
      assert.equal(direct.length, 1, text);
      assert.ok(a.quotes.every((q) => q.speaker?.name === 'Michael Graves'), `${text}: ${JSON.stringify(a.quotes.map((q) => q.speaker?.name))}`);
    }
    // An outlet after `told` is no inverted speaker of the clause before it either.
    const a = analyze('Zimmerman, who identifies as Hispanic, told the Orlando Sentinel that the site was not ready.');
    assert.ok(a.quotes.every((q) => q.speaker?.name !== 'Orlando Sentinel'), JSON.stringify(a.quotes.map((q) => q.speaker?.name)));
  });

  it('`X said (that) …` without marks is an indirect quote', () => {
    const q = quoteIn('Governor Tom Reed said that the state would cut taxes next year.', 'cut taxes');
    assert.equal(q.kind, 'indirect');
    assert.equal(q.speaker?.name, 'Tom Reed');
    assert.equal(q.cue?.text, 'said');
    assert.ok(q.text.startsWith('that the state'), q.text);
  });

  it('`…, X said.` at the end of a sentence is an indirect quote of the clause before', () => {
    const q = quoteIn('The factory will close in March, the company said.', 'factory will close');
    assert.equal(q.kind, 'indirect');
    assert.equal(q.speaker?.mention.text, 'the company');
    assert.equal(q.text, 'The factory will close in March');
  });

  it('after `the`, a possessive opens a name: `the King\'s Fund` is no possessor of `Fund`', () => {
    assert.equal(quoteIn("According to the King's Fund, the NHS has 7,000 fewer beds than in 2010.", 'fewer beds').speaker?.name, "King's Fund");
    assert.equal(quoteIn('"We are ready," said Lee\'s former strategist Ann Ford.', 'ready').speaker?.name, 'Ann Ford');
  });

  it('`according to X`', () => {
    const q = quoteIn('Unemployment fell to 4 percent last year, according to the Labor Department.', 'Unemployment fell');
    assert.equal(q.kind, 'indirect');
    assert.equal(q.cue?.text, 'according to');
    assert.match(q.speaker?.mention.text ?? '', /Labor Department/);
  });

  it('`X called Y a "…"` is a partial quote with the cue "called"', () => {
    const q = quoteIn('Jane Doe called the proposal a "reckless gamble" on Monday.', 'reckless gamble');
    assert.equal(q.kind, 'partial');
    assert.equal(q.speaker?.name, 'Jane Doe');
    assert.equal(q.cue?.text, 'called');
  });

  it('titles and appositives resolve to the bare name', () => {
    const q = quoteIn('"We are ready," Germany\'s Foreign Minister Anna Schmidt said.', 'We are ready');
    assert.equal(q.speaker?.name, 'Anna Schmidt');
    const ap = quoteIn('Robert King, the mayor of Springfield, said: "Roads come first."', 'Roads come first');
    assert.equal(ap.speaker?.name, 'Robert King');
    assert.match(ap.speaker?.mention.text ?? '', /^Robert King/);
  });

  it('a pronoun speaker resolves to the most recent compatible person across paragraphs', () => {
    const text = 'Mrs. Helen Clark visited the plant on Monday.\n\nLater Mr. John Smith arrived.\n\n"It was a good day," she said.';
    const q = quoteIn(text, 'good day');
    assert.equal(q.speaker?.mention.text, 'she');
    assert.equal(q.speaker?.name, 'Helen Clark');
    const he = quoteIn(text.replace('she said', 'he said'), 'good day');
    assert.equal(he.speaker?.name, 'John Smith');
  });

  it('a later surname-only mention resolves to the full name', () => {
    const text = 'Ambassador Lena Fischer arrived late.\n\n"We disagree," Fischer said.';
    assert.equal(quoteIn(text, 'We disagree').speaker?.name, 'Lena Fischer');
  });

  it('a quote running over several paragraphs (reopened marks) keeps its speaker', () => {
    const text = 'Mary Jones said: "The first point is simple.\n\n"The second point is harder.\n\n"The third point is the hardest of all."';
    const a = analyze(text);
    assertOffsets(text, a);
    const pieces = ['first point', 'second point', 'third point'].map((f) => quoteContaining(a, f));
    for (const p of pieces) assert.equal(p.speaker?.name, 'Mary Jones');
  });

  it('a quote introduced by "X said:" at the end of the previous paragraph gets that speaker', () => {
    const text = 'In a speech in 1999, Senator Paul Green declared:\n\n"This nation will not give up."';
    const q = quoteIn(text, 'will not give up');
    assert.equal(q.speaker?.name, 'Paul Green');
    assert.equal(q.cue?.text, 'declared');
  });

  it('a second piece of the same quote shares speaker and cue', () => {
    const text = '"We tried," said Carl Brandt. "We will try again next year."';
    const a = analyze(text);
    const second = quoteContaining(a, 'try again');
    assert.equal(second.speaker?.name, 'Carl Brandt');
    assert.equal(second.cue?.text, 'said');
  });

  it('single quotes inside double quotes stay part of the outer quote', () => {
    const q = quoteIn('"He told me \'never again\' and left," Sara Long said.', 'never again');
    assert.equal(q.text, "He told me 'never again' and left");
    assert.equal(q.speaker?.name, 'Sara Long');
  });

  it("single quotes inside a doubled-apostrophe quotation (''…'') are nested in it, not quotes of their own", () => {
    const text = "''When I said, 'No more delays,' I meant it,'' the mayor said.";
    const a = analyze(text);
    assertOffsets(text, a);
    assert.ok(!a.quotes.some((q) => q.text === 'No more delays'), JSON.stringify(a.quotes.map((q) => q.text)));
    // Outside such a quotation a single-quoted sentence still counts.
    const b = analyze("The mayor said: 'We will not accept any more delays on this bridge.'");
    assert.ok(b.quotes.some((q) => q.text === 'We will not accept any more delays on this bridge' && q.kind === 'direct'));
  });

  it('reported speech that quotes some of its words is a partial quote, not an indirect one', () => {
    const q = quoteIn('That would create a "summer of agony" for the senator, said Jane Doe, a pollster.', 'summer of agony');
    assert.equal(q.kind, 'partial');
    assert.equal(q.text, 'That would create a "summer of agony" for the senator');
    assert.equal(q.speaker?.name, 'Jane Doe');
    // Without marks it stays indirect.
    assert.equal(quoteIn('That would create a long summer for the senator, said Jane Doe, a pollster.', 'long summer').kind, 'indirect');
  });

  it('a short Title-Case name in marks after a possessive is a programme or work title, not a quote', () => {
    const a = analyze('The senator said on ABC’s “This Week” that the farm bill was dead.');
    assert.equal(a.quotes.filter((q) => q.kind !== 'indirect').length, 0);
    assert.equal(quoteContaining(a, 'farm bill').text, 'that the farm bill was dead');
    // A quoted sentence after a possessive still counts.
    const q = quoteIn('The mayor repeated her campaign’s “we will not raise taxes on anyone” pledge on Monday.', 'raise taxes');
    assert.notEqual(q.kind, 'indirect');
  });

  it('a quoted headline credited `, by` a writer is a title with its byline, not a quote', () => {
    const text = 'ON STAGE—"Old theatre will close its doors in the spring," by the Gazette\'s Tom Reed: plans for the site are unclear.';
    const a = analyze(text);
    assertOffsets(text, a);
    assert.equal(a.quotes.filter((q) => q.kind !== 'indirect').length, 0);
    assert.equal(analyze('"Old theatre will close its doors in the spring," by Tom Reed: plans are unclear.').quotes.filter((q) => q.kind !== 'indirect').length, 0);
    // Words said, followed by an agent or a time with `by`, stay quotes.
    assert.notEqual(quoteIn('"We will finish the bridge," by Friday at the latest, the mayor said.', 'finish the bridge').kind, 'indirect');
    assert.notEqual(quoteIn('"The bridge was finished" by volunteers, the mayor said.', 'bridge was finished').kind, 'indirect');
  });

  it('a Title-Case name in marks before the noun it modifies, or after the noun for a work, is a name, not a quote', () => {
    const none = (text: string) => {
      const a = analyze(text);
      assertOffsets(text, a);
      return a.quotes.filter((q) => q.kind !== 'indirect').length === 0;
    };
    assert.ok(none('After the final episode aired, the “Open Road Tonight” host thanked the crew at a dinner in Leeds.'));
    assert.ok(none('Volunteers carried a "Save Our Parks Now" banner through the market on a wet Saturday morning.'));
    assert.ok(none('Critics have been reading the governor’s new book, "Rivers of Gold and Silver," for hints about her plans.'));
    assert.ok(none('He later starred in the documentary “Night Shift at the Harbour” about dock workers in the north.'));
    // Lower-case words in marks before a noun, and a quoted sentence after a noun, are still quotes.
    assert.ok(!none('The mayor promised a "fair and open" review of the contracts, her office said.'));
    assert.ok(!none('The mayor’s reply to the show was short: "We Will Not Close The Library."'));
  });

  it('marks among the adjuncts of a quote’s own attribution are not a new quote', () => {
    const text = '“We will cut the waiting lists by half,” the minister said on “Morning Report.” Her rivals were not convinced.';
    const a = analyze(text);
    assertOffsets(text, a);
    assert.deepEqual(a.quotes.filter((q) => q.kind !== 'indirect').map((q) => q.text), ['We will cut the waiting lists by half']);
    // A comma hands over to the second half of a split quote, and a new verb to a new report.
    const split = analyze('“We will cut the lists,” the minister said, “and we will do it this year.”');
    assert.ok(split.quotes.some((q) => q.text.includes('do it this year')));
    const report = analyze('“We will cut the lists,” the minister said, adding that the plan was “fully costed and ready.”');
    assert.ok(report.quotes.some((q) => q.text.includes('fully costed')));
  });

  it('a name in marks after nickname or pseudonym is a name, not a quote', () => {
    const a = analyze('The rival campaign kept mocking him with the nickname “Sleepy Sam.” He laughed it off.');
    assert.ok(!a.quotes.some((q) => q.text.includes('Sleepy Sam')));
  });

  it('a paragraph that is only a short phrase in single marks is a subheading, not a quote', () => {
    const text = 'The mill closed in May, the owner said.\n\n\'A hard winter ahead.\'\n\nWorkers met on Friday to plan.';
    const a = analyze(text);
    assertOffsets(text, a);
    assert.ok(!a.quotes.some((q) => q.text.includes('hard winter')));
    // In a sentence, or as a longer paragraph of its own, single marks still quote.
    assert.ok(analyze('The owner said \'a hard winter ahead\' for the town.').quotes.some((q) => q.text.includes('hard winter')));
    const long = 'The owner spoke.\n\n\'We have had a hard winter, and the orders are not coming back before the summer.\'';
    assert.ok(analyze(long).quotes.some((q) => q.text.includes('hard winter')));
  });

  it('an invisible format character before an opening mark does not stop it opening the quote', () => {
    const text = 'Readers answered at once.\n\n\u202a”We cannot wait for the new bridge!!” posted Anna Berg.';
    const q = quoteIn(text, 'new bridge');
    assert.equal(q.kind, 'direct');
    assert.equal(q.text, 'We cannot wait for the new bridge');
    assert.equal(q.speaker?.name, 'Anna Berg');
  });

  it('a straight mark glued to the end of the previous sentence opens the next quote', () => {
    const text = '"It was all promises," said a shop owner who declined to be named for fear of the police."We came here for nothing."\n\nThe market closed early.';
    const q = quoteIn(text, 'came here for nothing');
    assert.equal(q.text, 'We came here for nothing');
    assert.ok(!quoteIn(text, 'all promises').text.includes('market'));
  });

  it('a quote ending in a contraction keeps its closing punctuation in its sentence', () => {
    const text = '"The council has had a year to act," she said. "It simply hasn\'t."\nThe mayor answered on Monday with a letter.';
    const a = analyze(text);
    assertOffsets(text, a);
    const q = quoteContaining(a, 'simply');
    assert.equal(q.text, "It simply hasn't");
    assert.equal(q.kind, 'direct');
    assert.ok(a.sentences.some((x) => x.text === '"It simply hasn\'t."'), JSON.stringify(a.sentences.map((x) => x.text)));
  });

  it('`saying` is a speech verb even where the tagger reads it as a noun', () => {
    const q = quoteIn('The senator emailed her supporters saying: “The fight goes on” and vowing to campaign in every county.', 'fight goes on');
    assert.equal(q.text, 'The fight goes on');
    assert.equal(q.cue?.text, 'saying');
  });

  it('curly and straight marks, and guillemets, are all quotation marks', () => {
    assert.equal(quoteIn('“Prices are rising,” said Eva Marsh.', 'Prices are rising').speaker?.name, 'Eva Marsh');
    assert.equal(quoteIn('"Prices are rising," said Eva Marsh.', 'Prices are rising').speaker?.name, 'Eva Marsh');
    assert.equal(quoteIn('«Prices are rising», said Eva Marsh.', 'Prices are rising').speaker?.name, 'Eva Marsh');
  });

  it('a short phrase named by a noun for words (phrase, slogan, chants of) is a quotation', () => {
    assert.ok(analyze('The group has adopted a new slogan, “Bread for all,” for its spring drive.').quotes.some((q) => q.text.includes('Bread for all')));
    assert.ok(analyze('The mayor was met with chants of “Resign now” outside the hall.').quotes.some((q) => q.text.includes('Resign now')));
    assert.ok(analyze('Her campaign has used the phrase "quiet strength" in every ad.').quotes.some((q) => q.text.includes('quiet strength')));
    // Without such a noun, a short unattributed phrase stays a scare quote.
    assert.ok(!analyze('Her campaign has used "quiet strength" in every ad.').quotes.some((q) => q.text.includes('quiet strength')));
  });

  it('short words read out or written on a sign (`a sign that read “…”`) are a quotation', () => {
    assert.ok(analyze('A boy in the front row held up a sign that read “Fix our roads” during the speech.').quotes.some((q) => q.text.includes('Fix our roads')));
  });

  it('a short phrase in marks after `as` characterises its object: a partial quote from the object on', () => {
    const q = quoteIn('At the fair the senator referred to her rival as “a tired hand” and moved on.', 'tired hand');
    assert.equal(q.kind, 'partial');
    assert.equal(q.text, 'her rival as “a tired hand');
    assert.ok(analyze('The ads kept casting the mayor as an "easy target" for the opposition.').quotes.some((x) => x.text.includes('easy target')));
  });

  it('`interjecting, “…”` introduces a quotation', () => {
    const q = quoteIn('The mayor tried to laugh it off by interjecting, “Only the old bridge.” But the host went on.', 'old bridge');
    assert.equal(q.cue?.text, 'interjecting');
  });

  it('a short scare-quoted phrase that nobody says is not a quote', () => {
    const a = analyze('The so-called "reform" passed the house on Tuesday after a long debate.');
    assert.equal(a.quotes.filter((q) => q.kind !== 'indirect').length, 0);
  });

  it('an unbalanced mark does not swallow the following paragraphs', () => {
    const text = 'She said "this never closes.\n\nThe next paragraph is plain text about 40 tonnes of grain.\n\nSo is this one.';
    const a = analyze(text);
    assertOffsets(text, a);
    const second = text.indexOf('The next paragraph');
    for (const q of a.quotes) assert.ok(q.end <= second || q.start >= text.indexOf('So is'), JSON.stringify(q.text));
    assert.ok(a.sentences.some((x) => x.text.startsWith('The next paragraph')));
  });
  it('an abbreviated title and a party parenthetical inside a trailing attribution', () => {
    const q = quoteIn('"The dam will hold through the spring," Rep. Laura Finch (D-Ore.) said.', 'dam will hold');
    assert.equal(q.speaker?.name, 'Laura Finch');
    assert.equal(q.cue?.text, 'said');
    const r = quoteIn('Water rose. "We need more pumps tonight," Sen. Omar Tully (R-Kan.) told reporters.', 'more pumps');
    assert.equal(r.speaker?.name, 'Omar Tully');
    assert.equal(r.cue?.text, 'told');
  });

  it('transcript labels `Name: "…"` with the colon as cue, but not headings like `Update:`', () => {
    const text = 'The panel went on.\n\nHarris: "Our plan lowers the rent for everyone." Webb: "Their plan raises it."';
    const a = quoteIn(text, 'lowers the rent');
    assert.equal(a.speaker?.name, 'Harris');
    assert.equal(a.cue?.text, ':');
    const b = quoteIn(text, 'raises it');
    assert.equal(b.speaker?.name, 'Webb');
    const c = quoteIn('Update: "the second bridge will stay closed until further notice."', 'second bridge');
    assert.notEqual(c.speaker?.mention.text, 'Update');
  });

  it('credit lines after a quote: `"…" ― Name`', () => {
    const text = 'Readers wrote in.\n\n“The new schedule leaves our street without a bus.” ― Dana Ruiz\n“I walk an hour now.” ― Lee Park';
    const a = quoteIn(text, 'new schedule');
    assert.equal(a.speaker?.name, 'Dana Ruiz');
    assert.equal(a.cue?.text, '―');
    assert.equal(quoteIn(text, 'walk an hour').speaker?.name, 'Lee Park');
  });
  it('indirect speech: gerund subjects, `and says`, adverb-led clauses, time adjuncts after the cue', () => {
    const g = quoteIn('The retired judge says running a county court is lonely work.', 'running a county court');
    assert.equal(g.kind, 'indirect');
    assert.equal(g.cue?.text, 'says');
    const c = quoteIn('The old sailor crossed the ocean twice and says such trips are no longer safe.', 'such trips');
    assert.equal(c.kind, 'indirect');
    assert.match(c.speaker?.mention.text ?? '', /sailor/);
    const t = quoteIn('The mayor said after the meeting she would veto the parking plan.', 'veto the parking plan');
    assert.equal(t.text, 'she would veto the parking plan');
    const d = quoteIn('The coach said Monday he would rest his best players.', 'rest his best players');
    assert.equal(d.text, 'he would rest his best players');
  });
});
