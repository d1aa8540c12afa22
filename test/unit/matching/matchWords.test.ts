import * as assert from 'node:assert/strict';
import type { Match } from '../../../src/core/matching/matchIndex';
import type { FactCheck } from '../../../src/core/matching/types';
import { applyVerdictChange, disagreements, placeOf, verdictWords } from '../../../src/matching/matchWords';

const match = (fact: Partial<FactCheck>, extra: Partial<Match> = {}): Match => ({
  fact: { id: 'x', origin: 'archive', claim: 'The tram line doubled its riders.', verdict: 'false', file: '/w/checks.jsonl', line: 3, ...fact },
  similarity: 0.934,
  strong: true,
  agreement: { numbersConflict: false, namesConflict: false, negationDiffers: false },
  ...extra,
});

describe('matching (editor): what a match says and what applying it writes', () => {
  it('names verdict, rating and publisher, or the reviewer of a past review', () => {
    assert.equal(verdictWords(match({ rating: 'Pants on Fire', publisher: 'Truth Meter' })), 'rated false (Pants on Fire, Truth Meter)');
    assert.equal(verdictWords(match({ origin: 'review', rating: 'Disputed', reviewer: 'dana' })), 'rated false (Disputed, review by dana)');
    assert.equal(verdictWords(match({ verdict: 'unknown' })), 'no rating');
    assert.equal(placeOf(match({})), '/w/checks.jsonl:3');
    assert.equal(placeOf(match({ url: 'https://c.example/tram' })), 'https://c.example/tram');
    assert.deepEqual(disagreements(match({}, { agreement: { numbersConflict: true, namesConflict: false, negationDiffers: true } })), ['numbers differ', 'negation differs']);
  });

  it('maps the verdict to a status, adds the link as a source and records where the verdict came from', () => {
    const change = applyVerdictChange(match({ rating: 'False', publisher: 'Example Checks', url: 'https://c.example/tram', date: '2024-03-02T10:00:00Z' }), 'Earlier note.');
    assert.equal(change.status, 'disputed');
    assert.deepEqual(change.addSource, { url: 'https://c.example/tram', title: 'Example Checks: False' });
    assert.equal(change.note, 'Earlier note.\nChecked before (93% similar): “The tram line doubled its riders.” — rated false (False, Example Checks), 2024-03-02; https://c.example/tram. Verdict applied from it.');
    assert.equal(applyVerdictChange(match({ verdict: 'true' }), '').status, 'sourced');
    assert.equal(applyVerdictChange(match({ verdict: 'mixed' }), '').status, 'unverified');
  });

  it('never adds a link that is not http(s)', () => {
    const change = applyVerdictChange(match({ url: 'javascript:alert(1)' }), '');
    assert.equal(change.addSource, undefined);
  });
});
