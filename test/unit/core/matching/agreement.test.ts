import * as assert from 'node:assert/strict';
import { agreementOf } from '../../../../src/core/matching/agreement';
import { Bm25Index } from '../../../../src/core/matching/bm25Index';
import { prepareCandidate, prepareText } from '../../../../src/core/matching/prepared';
import { MatchIndex } from '../../../../src/core/matching/matchIndex';
import { claimSignals } from '../../../../src/core/matching/signals';
import type { FactCheck } from '../../../../src/core/matching/types';

const fact = (id: string, claim: string, verdict: FactCheck['verdict'] = 'false'): FactCheck => ({ id, origin: 'archive', claim, verdict, file: 'test.jsonl' });
const agreement = (a: string, b: string) => agreementOf(prepareText(a), prepareCandidate(new Bm25Index(), b, ''));

describe('matching: numbers, names and negation must agree', () => {
  it('reads numbers, years, names and negation', () => {
    const s = claimSignals('Exports to Norway rose 9% in 2024 to $2.3 million, Minister Ola Berg did not deny it.');
    assert.deepEqual([...s.numbers].sort(), ['2300000', '9']);
    assert.deepEqual([...s.years], ['2024']);
    assert.ok(s.entities.has('norway') && s.entities.has('berg') && s.entities.has('ola'));
    assert.equal(s.negations, 1);
  });

  it('flags "rose 9%" against "rose 19%", a different year, other names and a negation', () => {
    assert.equal(agreement('Port volumes rose 19% in 2024.', 'Port volumes rose 9% in 2024.').numbersConflict, true);
    assert.equal(agreement('Port volumes rose 9% in 2024.', 'Port volumes rose 9% in 2024.').numbersConflict, false);
    assert.equal(agreement('Port volumes rose 9% in 2023.', 'Port volumes rose 9% in 2024.').numbersConflict, true);
    assert.equal(agreement('Senator Mira Holt voted against the dam.', 'Senator Jon Abel voted against the dam.').namesConflict, true);
    assert.equal(agreement('Senator Mira Holt voted against the dam.', 'Mira Holt voted against the dam.').namesConflict, false);
    assert.equal(agreement('The mayor did not approve the tower.', 'The mayor approved the tower.').negationDiffers, true);
  });

  it('ranks the agreeing fact-check first and never calls a number conflict strong', () => {
    const index = new MatchIndex();
    index.setSource('a.jsonl', [fact('nine', 'Cargo volumes at the port rose 9% in 2024.'), fact('nineteen', 'Cargo volumes at the port rose 19% in 2024.', 'true')]);
    const [best, second] = index.match('Cargo volumes at the port rose 19% in 2024, the authority said.');
    assert.equal(best.fact.id, 'nineteen');
    assert.equal(best.strong, true);
    assert.equal(second.fact.id, 'nine');
    assert.equal(second.agreement.numbersConflict, true);
    assert.equal(second.strong, false);
    assert.ok(second.similarity < best.similarity / 1.5);

    const alone = new MatchIndex();
    alone.setSource('a.jsonl', [fact('nine', 'Cargo volumes at the port rose 9% in 2024.')]);
    const [only] = alone.match('Cargo volumes at the port rose 19% in 2024.');
    assert.equal(only.strong, false, 'the only candidate, but its number disagrees');
  });

  it('lowers a match whose names differ', () => {
    const index = new MatchIndex();
    index.setSource('a.jsonl', [fact('holt', 'Senator Mira Holt voted against the harbour dam in 2022.')]);
    const same = index.match('Senator Mira Holt voted against the harbour dam in 2022.')[0];
    const other = index.match('Senator Jon Abel voted against the harbour dam in 2022.')[0];
    assert.equal(other.agreement.namesConflict, true);
    assert.ok(other.similarity < same.similarity * 0.8, `${other.similarity} vs ${same.similarity}`);
  });
});
