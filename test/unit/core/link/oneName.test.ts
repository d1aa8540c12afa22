import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis';
import { fullNamesByLast, withOneName } from '../../../../src/core/link/oneName';
import type { Quote } from '../../../../src/core/types';

function quote(id: string, name: string): Quote {
  return { id, start: 0, end: 1, text: 'x', kind: 'direct', cue: null, rules: [], speaker: { mention: { start: 0, end: 1, text: name }, name } };
}

describe('one person, one name (link.one-name)', () => {
  it('shows surname and full-name mentions of one person under the fullest name', () => {
    const quotes = [quote('a', 'Holtz-Eakin'), quote('b', 'Douglas Holtz-Eakin'), quote('c', 'Delattre')];
    const byLast = fullNamesByLast([[{ start: 0, name: 'Francois Delattre', gender: 'm' }]], quotes);
    assert.deepEqual(withOneName(quotes, byLast).map((q) => q.speaker?.name), ['Douglas Holtz-Eakin', 'Douglas Holtz-Eakin', 'Francois Delattre']);
  });

  it('leaves a surname that two people of the article share as it is', () => {
    const quotes = [quote('a', 'Clinton'), quote('b', 'Bill Clinton'), quote('c', 'Hillary Clinton')];
    const out = withOneName(quotes, fullNamesByLast([], quotes));
    assert.deepEqual(out.map((q) => q.speaker?.name), ['Clinton', 'Bill Clinton', 'Hillary Clinton']);
    assert.equal(out[0], quotes[0], 'an unchanged quote is the same object');
  });

  it('takes the fullest form of one name: Donald Trump and Donald J. Trump', () => {
    const quotes = [quote('a', 'Trump'), quote('b', 'Donald Trump'), quote('c', 'Donald J. Trump')];
    assert.deepEqual(withOneName(quotes, fullNamesByLast([], quotes)).map((q) => q.speaker?.name), ['Donald J. Trump', 'Donald J. Trump', 'Donald J. Trump']);
  });

  it('in an article: the surname before the full name, title + surname and the full name are one speaker', () => {
    const text = [
      'A close race in the polls',
      '"The race is very close now," Garin said on Monday.',
      'Geoff Garin, a Democratic pollster working for the campaign, said the numbers had moved.',
      '"We expected that after the debate," Mr. Garin said.',
    ].join('\n\n');
    const names = new Set(analyze(text).quotes.filter((q) => q.speaker).map((q) => q.speaker!.name));
    assert.deepEqual([...names], ['Geoff Garin']);
  });
});
