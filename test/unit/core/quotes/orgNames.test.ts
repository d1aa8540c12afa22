/** The name read from a speaker mention keeps an organisation's `of` or `for` part; a person's affiliation stays out. */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis';

function speakerOf(text: string): string | undefined {
  return analyze(text).quotes[0]?.speaker?.name;
}

describe('speaker names: organisations named with `of` or `for`', () => {
  it('`The Bank of England said …` is the Bank of England, not "Bank"', () => {
    assert.equal(speakerOf('The Bank of England said inflation would fall to 2% by next year.'), 'Bank of England');
  });
  it('`said the Royal College of Nursing` after a quote is the whole college', () => {
    assert.equal(speakerOf('"We cannot staff the wards," said the Royal College of Nursing.'), 'Royal College of Nursing');
  });
  it('`for` joins a name as `of` does: the Office for National Statistics, the Institute for Fiscal Studies', () => {
    assert.equal(speakerOf('The Office for National Statistics said unemployment fell to 3.9% in May.'), 'Office for National Statistics');
    assert.equal(speakerOf('"Taxes will rise," said the Institute for Fiscal Studies.'), 'Institute for Fiscal Studies');
  });
  it('a person named with an affiliation keeps their own name', () => {
    const name = speakerOf('"The deal is done," said Mr. Nevins of Showtime.');
    assert.ok(name !== undefined && /Nevins$/.test(name), String(name));
  });
  it('`The Food and Drug Administration said …` is the whole administration; two people joined by `and` stay apart', () => {
    assert.equal(speakerOf('The Food and Drug Administration said it was reviewing the records.'), 'Food and Drug Administration');
    assert.equal(speakerOf('The Department of Health and Human Services said the rule would take effect in May.'), 'Department of Health and Human Services');
    assert.notEqual(speakerOf('Senators Ann Lee and Tom Reed said the bill would pass.'), 'Ann Lee and Tom Reed');
  });
});
