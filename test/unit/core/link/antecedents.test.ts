import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { Antecedents } from '../../../../src/core/link/antecedents';
import { pronounSpeaker, type LinkedPerson, type PersonsSoFar } from '../../../../src/core/link/speakerRules';
import type { Gender } from '../../../../src/core/paragraph/types';
import { analyze } from '../../../../src/core/analysis';

/** The definition: walking back over the earlier paragraphs, the first person whose gender (known now) fits. */
function walkBack(paragraphs: LinkedPerson[][], pronoun: 'm' | 'f', genders: ReadonlyMap<string, Gender>): string | null {
  for (let j = paragraphs.length - 1; j >= 0; j--) {
    for (let i = paragraphs[j].length - 1; i >= 0; i--) {
      const p = paragraphs[j][i];
      const g = p.gender || genders.get(p.name) || '';
      if (g === '' || g === pronoun) return p.name;
    }
  }
  return null;
}

const NAMES = ['Lee', 'Kim', 'Ana Berg', 'Jo', 'Sam Ortiz'];
const GENDERS: Gender[] = ['', '', 'm', 'f', 'p', 'n'];
/** Paragraphs of persons; after each, some names learn a gender (once, as the carry state does), then lookups. */
const steps = fc.array(
  fc.record({
    persons: fc.array(fc.record({ name: fc.constantFrom(...NAMES), gender: fc.constantFrom(...GENDERS) }), { maxLength: 4 }),
    learn: fc.array(fc.record({ name: fc.constantFrom(...NAMES), gender: fc.constantFrom<Gender>('m', 'f', 'p', 'n') }), { maxLength: 2 }),
    resetHere: fc.boolean(),
  }),
  { maxLength: 30 },
);

describe('Antecedents: the indexed search for who he/she refers to in earlier paragraphs', () => {
  it('finds what walking back finds, after every paragraph, as genders are learned and after a reset', () => {
    fc.assert(
      fc.property(steps, (script) => {
        const index = new Antecedents();
        const paragraphs: LinkedPerson[][] = [];
        const genders = new Map<string, Gender>();
        for (const step of script) {
          const persons = step.persons.map((p, i) => ({ start: i, name: p.name, gender: p.gender || genders.get(p.name) || '' }) as LinkedPerson);
          paragraphs.push(persons);
          index.add(persons);
          for (const l of step.learn) if (!genders.has(l.name)) genders.set(l.name, l.gender);
          if (step.resetHere) index.reset(paragraphs.map((ps) => ({ persons: ps })));
          for (const pronoun of ['m', 'f'] as const) assert.equal(index.find(pronoun, genders), walkBack(paragraphs, pronoun, genders));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('the pronoun rule reads only the current paragraph, however many earlier ones lack a compatible person', () => {
    const read: number[] = [];
    const so: PersonsSoFar = {
      fullNames: () => new Map(),
      genders: () => new Map(),
      persons: (para) => {
        read.push(para);
        return [];
      },
      earlier: () => null,
    };
    assert.equal(pronounSpeaker.fn(so, 'm', { start: 5, end: 7, text: 'he' }, 10_000, []), null);
    assert.deepEqual(read, [10_000]);
  });

  it('a he after hundreds of paragraphs without a man still finds the last man before them', () => {
    const text = ['Officials said John Carter had resigned.', ...Array.from({ length: 200 }, (_, i) => `"Point ${i}," she said.`), '"Goodbye," he said.'].join('\n\n');
    const a = analyze(text);
    assert.equal(a.quotes[a.quotes.length - 1].speaker?.name, 'John Carter');
  });

  it('the byline\'s writer is no one a later she stands for; a sentence opening with `By` still names people', () => {
    const story = 'The plan was sound, the ministry said. "This memo is out of date," she said.';
    for (const byline of ['By Marta Holm, Environment Correspondent', 'BY MARTA HOLM', 'Reporting by Marta Holm and Jo Lee']) {
      const a = analyze(`${byline}\n\n${story}`);
      assert.notEqual(a.quotes[a.quotes.length - 1].speaker?.name, 'Marta Holm', byline);
    }
    const a = analyze(`By Friday, Marta Holm had resigned.\n\n${story}`);
    assert.equal(a.quotes[a.quotes.length - 1].speaker?.name, 'Marta Holm');
  });

  it('he/she after a described speaker\'s quote is theirs only when no one named in the paragraph fits', () => {
    const named = analyze('Clinton, a top aide said, "is very confident." Since 2008 she has often told aides that "I only lost one debate."');
    assert.equal(named.quotes[named.quotes.length - 1].speaker?.name, 'Clinton');
    const male = analyze('David Kamin, an adviser to the campaign, said her plans would close "every loophole" she might find.');
    assert.ok(male.quotes.every((q) => q.speaker?.name !== 'David Kamin' || q.speaker.mention.text !== 'she'));
    const wrongGender = analyze('A ministry spokesman said the plan was sound. "This memo is out of date," she said.');
    assert.equal(wrongGender.quotes[wrongGender.quotes.length - 1].speaker?.resolved, false);
  });

  it('a name describing a noun (`the Clinton campaign`) is no one a later he stands for', () => {
    const text = 'Tom Reyes, a pollster working for the Clinton campaign, said: "The race is close."\n\n"It is a mistake," he said.';
    const a = analyze(text);
    assert.equal(a.quotes[a.quotes.length - 1].speaker?.name, 'Tom Reyes');
  });
});
