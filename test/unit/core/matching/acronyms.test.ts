import * as assert from 'node:assert/strict';
import { acronymsOf, spelledOut } from '../../../../src/core/matching/acronyms';
import { MatchIndex } from '../../../../src/core/matching/matchIndex';
import type { FactCheck } from '../../../../src/core/matching/types';

describe('matching: acronyms and the names they stand for', () => {
  const found: [string, string[]][] = [
    ['Before AOC hit the national stage she protested in Tornillo.', ['AOC']],
    ["The NRA's convention banned guns, the FBI said.", ['NRA', 'FBI']],
    // Two letters name too many things ("US", "PM").
    ['The US PM spoke.', []],
    // A text in capitals is shouting, not naming.
    ['GEORGE SOROS- REMEMBER THIS THE NEXT TIME THEY CALL YOU A NAZI', []],
  ];
  for (const [text, expected] of found) {
    it(`finds the acronyms of ${JSON.stringify(text.slice(0, 40))}`, () => assert.deepEqual(acronymsOf(text), expected));
  }

  const spelled: [string[], string, string[]][] = [
    // Each capitalised part of a hyphenated name counts.
    [['AOC'], 'A photograph shows Alexandria Ocasio-Cortez crying.', ['Alexandria Ocasio-Cortez']],
    // "of", "and", "the", "for" join the words without a letter.
    [['DHS'], 'The Department of Homeland Security chairman said so.', ['Department of Homeland Security']],
    [['HHS'], 'Health and Human Services ended the rule.', ['Health and Human Services']],
    [['NRA', 'FBI'], 'The National Rifle Association and the Federal Bureau of Investigation', ['National Rifle Association', 'Federal Bureau of Investigation']],
    // Lower-case words, single letters and a longer name do not spell it.
    [['NRA'], 'a national rifle association', []],
    [['USA'], 'U. S. Army', []],
    [['AOC'], 'Alexandria Ocasio said', []],
    // The acronym itself is no spelling of it.
    [['AOC'], 'AOC said it', []],
  ];
  for (const [acronyms, text, expected] of spelled) {
    it(`spells ${acronyms.join(', ')} out in ${JSON.stringify(text.slice(0, 40))}`, () => assert.deepEqual(spelledOut(acronyms, text), expected));
  }

  it('brings the fact-check that spells out a claim\'s acronym into the candidates', () => {
    const fact = (id: string, claim: string): FactCheck => ({ id, origin: 'archive', claim, verdict: 'false', file: 'test.jsonl' });
    const rivals = Array.from({ length: 20 }, (_, i) => fact(`rally${i}`, `Protesters gathered in town ${i}.`));
    const index = new MatchIndex();
    index.setSource('archive.jsonl', [...rivals, fact('aoc', 'A photograph shows Alexandria Ocasio-Cortez crying over an empty parking lot at a protest in Texas.')]);
    const ids = (claim: string): string[] => index.candidates(claim).map((c) => c.fact.id);
    // Its one shared word weighs less in its longer text: without the acronym it is not among the candidates.
    assert.ok(!ids('She came to the protest.').includes('aoc'));
    assert.equal(ids('AOC came to the protest.')[0], 'aoc');
  });
});
