import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis';
import { scoreFeatures, WEIGHTS } from '../../../../src/core/claims/model';
import type { FeatureHit, FeatureId } from '../../../../src/core/claims/featureIds';
import { isStageDirection } from '../../../../src/core/text/lexicon';

function claimOf(sentence: string) {
  return analyze(sentence).claims.find((c) => c.text.startsWith(sentence.slice(0, 20)));
}

describe('claim scoring', () => {
  it('types a statistic as quantity, with the number as a reason', () => {
    const c = claimOf('The unemployment rate fell to 4.9 percent last month, the lowest in eight years.');
    assert.ok(c);
    assert.equal(c.type, 'quantity');
    assert.ok(c.reasons.some((r) => r.startsWith('number "')), JSON.stringify(c.reasons));
  });

  it('types a causal statement as causation when no number is present', () => {
    const c = claimOf('The new tariffs caused factory closures across the Midwest, the union said.');
    assert.ok(c);
    assert.equal(c.type, 'causation');
    assert.ok(c.reasons.some((r) => r.startsWith('cause or change word "caused"')), JSON.stringify(c.reasons));
  });

  it('names the verb "to be" in words a reader knows: linking verb "is"', () => {
    const c = claimOf('The bridge is the longest in Europe, at 17 kilometres.');
    assert.ok(c);
    assert.ok(c.reasons.some((r) => r.startsWith('linking verb "is"')), JSON.stringify(c.reasons));
    assert.ok(!c.reasons.some((r) => r.includes('"to be"')), JSON.stringify(c.reasons));
  });

  it('types a statement about a law as law', () => {
    const c = claimOf('The Senate passed a law that bans federal funding for the program in Texas.');
    assert.ok(c);
    assert.equal(c.type, 'law');
  });

  it('does not report courtesies, questions or opinions as claims', () => {
    for (const s of ['Thank you very much.', 'What do you think?', 'I think that is wonderful.', 'Good evening, everyone.']) {
      assert.equal(analyze(s).claims.length, 0, s);
    }
  });

  it('scores a sentence with figures above the same sentence without them', () => {
    const withNumbers = analyze('Crime rose 12 percent in 2015 in Chicago.').sentences[0].score ?? 0;
    const without = analyze('Crime rose in Chicago.').sentences[0].score ?? 0;
    assert.ok(withNumbers > without);
  });

  it('lists the people, organisations and places a claim mentions', () => {
    const c = claimOf('Senator Elizabeth Warren said Goldman Sachs paid $5 billion in fines in New York.');
    assert.ok(c);
    assert.ok(c.entities.people.some((p) => p.includes('Elizabeth Warren')), JSON.stringify(c.entities));
    assert.ok(c.entities.places.some((p) => p.includes('New York')), JSON.stringify(c.entities));
  });
  it('calls an ordinal an ordinal in the reasons, not a number', () => {
    const c = claimOf('It was the first direct military assault on the government since the war began in 2011.');
    assert.ok(c);
    assert.ok(c.reasons.some((r) => r.startsWith('ordinal "first"')), JSON.stringify(c.reasons));
    assert.ok(!c.reasons.some((r) => r.startsWith('number "first"')), JSON.stringify(c.reasons));
  });

  it('keeps a hyphenated name whole: Jean-Claude, al-Assad', () => {
    const c = claimOf('Jean-Claude Brunet said forces loyal to Bashar al-Assad killed 80 people in 2017.');
    assert.ok(c);
    assert.deepEqual(c.entities.people.sort(), ['Bashar al-Assad', 'Jean-Claude Brunet'], JSON.stringify(c.entities));
  });

  it('scores value rhetoric below a completed action over a span of time', () => {
    const rhetoric = analyze('We believe in freedom, opportunity and a strong future for our values.').sentences[0].score ?? 0;
    const action = analyze('The committee cut the program by half over the last three years.').sentences[0].score ?? 0;
    assert.ok(action > rhetoric, `${action} > ${rhetoric}`);
  });

  it('scores talk about the debate itself below a statement about a public body', () => {
    const talk = analyze('Let me answer that question tonight, because somebody should talk about it.').sentences[0].score ?? 0;
    const fact = analyze('The federal agency closed four offices in Ohio during 2019.').sentences[0].score ?? 0;
    assert.ok(fact > talk, `${fact} > ${talk}`);
  });

  it('gives reasons that raise and that lower the score, each with its sign and size', () => {
    const c = claimOf('The Senate voted against the budget twice since 2010, the record shows.');
    assert.ok(c);
    assert.ok(c.reasons.length > 0);
    assert.ok(c.reasons.every((r) => /[+\u2212]\d+\.\d\d$/.test(r)), JSON.stringify(c.reasons));
    assert.ok(c.reasons.some((r) => r.includes('+')) && c.reasons.some((r) => r.includes('\u2212')), JSON.stringify(c.reasons));
  });

  it('reads "US" as the country, not as the pronoun "us"', () => {
    const country = claimOf('US officials said the attack killed 40 people in March.');
    const pronoun = claimOf('The mayor told us the attack killed 40 people in March.');
    assert.ok(country && pronoun);
    assert.ok(!country.reasons.some((r) => r.startsWith('collective we')), JSON.stringify(country.reasons));
    assert.ok(pronoun.reasons.some((r) => r.startsWith('collective we')), JSON.stringify(pronoun.reasons));
  });

  it('quotes a whole place name in its reason, not its first word', () => {
    const c = claimOf('Exports from the United States to China fell by 12 percent in 2019.');
    assert.ok(c);
    assert.ok(c.reasons.some((r) => r.startsWith('place "United States" ')), JSON.stringify(c.reasons));
  });
});

describe('claim score resolution', () => {
  // Feature sets drawn from the shipped table (not fixed names), so the test survives a refit.
  const features = Object.keys(WEIGHTS).filter((f): f is FeatureId => f !== 'bias').sort();
  const hit = (feature: FeatureId): FeatureHit => ({ feature, evidence: '' });

  it('reports the model probability to four decimals, so near-certain claims keep their order', () => {
    for (let k = 0; k < 40; k++) {
      // Every third, fifth, … feature from an offset: strong and weak sentences alike.
      const hits = features.filter((_, i) => (i + k) % (3 + (k % 5)) === 0).map(hit);
      const z = hits.reduce((sum, h) => sum + WEIGHTS[h.feature], WEIGHTS.bias);
      const p = 1 / (1 + Math.exp(-z));
      const { score } = scoreFeatures(hits);
      assert.ok(Math.abs(score - p) <= 0.00005 + 1e-12, `${score} ≈ ${p}`);
    }
  });
});

describe('transcript stage directions', () => {
  it('scores a sentence made only of stage directions at zero, below any spoken sentence', () => {
    for (const s of ['(APPLAUSE)', '(BELL RINGS)', '[Laughter]', '(inaudible)', '(CHEERS) (BOOING)']) {
      const a = analyze(s);
      assert.equal(a.claims.length, 0, s);
      assert.ok(a.sentences.every((x) => x.score === 0), s);
    }
    assert.ok((analyze('Yes.').sentences[0].score ?? 0) > 0);
  });

  it('tells stage directions from bracketed text that is part of the sentence', () => {
    assert.ok(isStageDirection('(COMMERCIAL BREAK)'));
    assert.ok(isStageDirection('(Laughter, scattered applause.)'));
    for (const s of ['(AP)', '(a)', '(3)', '(in French)', 'The mayor (Ms. Ortiz) cut the fares.', 'We won. (APPLAUSE)']) assert.ok(!isStageDirection(s), s);
  });
});
