import * as assert from 'node:assert/strict';
import { analyze, analyzeParagraph, DEFAULT_CLAIM_THRESHOLD } from '../../../../src/core/analysis';
import { tokenize } from '../../../../src/core/text/tokens';
import { encodeHashed, loadModel, type ClaimModelFile } from '../../../../src/core/claims/claimModel';
import { explain, formatContribution, logitOf, probability, reasonsOf } from '../../../../src/core/claims/learnedScorer';
import { sentenceVector } from '../../../../src/core/claims/sentenceVector';
import { CLAIM_THRESHOLD, shippedModel } from '../../../../src/core/claims/shippedModel';
import modelFile from '../../../../src/core/claims/claimModel.generated.json';

const SENTENCES = [
  'The unemployment rate fell to 4.9 percent last month, the lowest in eight years.',
  'I think that is a wonderful idea, and I thank you for asking.',
  'We spent $3 billion on the program while crime rose 12 percent in Chicago.',
  'Thank you.',
  'If you look at the record, she voted against the bill twice since 2010.',
];

function vectorOf(sentence: string) {
  const model = shippedModel();
  const tz = tokenize(sentence);
  return sentenceVector(tz.tokens, 0, tz.tokens.length, sentence, model.hashing);
}

describe('learned claim model', () => {
  it('loads the generated file: one threshold for the engine, the CLI and the editor default', () => {
    const model = shippedModel();
    assert.equal(model.threshold, CLAIM_THRESHOLD);
    assert.equal(DEFAULT_CLAIM_THRESHOLD, CLAIM_THRESHOLD);
    assert.ok(model.named.size > 20, 'interpretable features carry weights');
    assert.ok(modelFile.hashed.count > 1000, 'hashed n-grams carry weights');
  });

  it('scores deterministically: the same sentence, a fresh load of the same file, the same score', () => {
    const fresh = loadModel(modelFile as ClaimModelFile);
    for (const s of SENTENCES) {
      const v = vectorOf(s);
      assert.equal(logitOf(fresh, v), logitOf(shippedModel(), v), s);
      assert.equal(analyze(s).sentences[0].score, analyze(s).sentences[0].score, s);
    }
  });

  it('explains each score: the contributions and the bias add up to the logit', () => {
    for (const s of SENTENCES) {
      const e = explain(shippedModel(), vectorOf(s));
      const sum = e.contributions.reduce((acc, c) => acc + c.weight, e.bias);
      assert.ok(Math.abs(sum - e.logit) < 1e-9, `${s}: ${sum} vs ${e.logit}`);
      const sizes = e.contributions.map((c) => Math.abs(c.weight));
      assert.deepEqual(sizes, sizes.slice().sort((a, b) => b - a), 'largest effect first');
    }
  });

  it('gives a claim its reasons with sign and size, the figure among the strongest', () => {
    const c = analyze(SENTENCES[0]).claims[0];
    assert.ok(c, 'the statistic is a claim');
    assert.ok(c.reasons.every((r) => /[+\u2212]\d+\.\d\d$/.test(r)), JSON.stringify(c.reasons));
    assert.ok(c.reasons.slice(0, 5).some((r) => /4\.9|percent|number/.test(r)), JSON.stringify(c.reasons.slice(0, 5)));
  });

  it('shows the words of a reason as a reader reads them, without the gap a Markdown link leaves', () => {
    const paragraph = 'Fares rose 12 percent, said [the Transit Office](https://example.org/transit/fares/2024) in a note.';
    const [claim] = analyzeParagraph(paragraph).claims;
    assert.ok(claim, 'the sentence is a claim');
    assert.ok(claim.reasons.length > 5);
    for (const reason of claim.reasons) assert.doesNotMatch(reason, /\s{2}/, reason);
    assert.ok(claim.reasons.some((r) => r.includes('"Office in"')), claim.reasons.join('; '));
  });

  it('scores a figure-laden statement above courtesy and opinion', () => {
    const score = (s: string) => analyze(s).sentences[0].score ?? 0;
    assert.ok(score(SENTENCES[2]) > CLAIM_THRESHOLD, String(score(SENTENCES[2])));
    assert.ok(score(SENTENCES[1]) < CLAIM_THRESHOLD, String(score(SENTENCES[1])));
    assert.ok(score(SENTENCES[3]) < CLAIM_THRESHOLD, String(score(SENTENCES[3])));
  });

  it("scores a sentence the same whatever the other paragraphs say", () => {
    const own = 'Exports to Canada fell 8 percent in 2019. The minister blamed the strike.';
    const scores = (text: string) => analyze(text).sentences.filter((s) => own.includes(s.text)).map((s) => s.score);
    // (A document's first paragraph may be its headline, never check-worthy: each text here has one.)
    const alone = analyzeParagraph(own).sentences.map((s) => s.score);
    assert.equal(alone.length, 2);
    assert.ok(alone.every((x) => x > 0));
    assert.deepEqual(scores(`Trade news\n\n${own}\n\nThank you all for coming tonight.`), alone);
    assert.deepEqual(scores(`The senator spent $40 million on ads.\n\n${own}\n\nWe will win. I think so.`), alone);
  });
});

describe('claim model file format', () => {
  it('round-trips sparse quantised weights through the stored strings', () => {
    const buckets = [0, 1, 130, 16383, 16384, 65535];
    const q = [127, -127, 5, -1, 64, 3];
    const file = { format: 'claimlens-claim-model', version: 2, hashing: { bits: 16, charMin: 3, charMax: 5, classNgrams: 0 }, threshold: 0.5, bias: -1, named: { number: 0.5 }, hashed: encodeHashed(buckets, q, 0.01) } as unknown as ClaimModelFile;
    const model = loadModel(file);
    buckets.forEach((b, i) => assert.equal(model.table[b], q[i]));
    assert.equal([...model.table].filter((x) => x !== 0).length, buckets.length);
  });

  it('formats a contribution with its sign and two decimals', () => {
    assert.equal(formatContribution({ label: 'number "80 people"', weight: 1.234 }), 'number "80 people" +1.23');
    assert.equal(formatContribution({ label: 'first person "I"', weight: -0.4 }), 'first person "I" \u22120.40');
  });

  it('sums contributions too small to show into one line, keeping the total', () => {
    const reasons = reasonsOf({ bias: 0, logit: 1.003, contributions: [{ label: 'a', weight: 1 }, { label: 'b', weight: 0.002 }, { label: 'c', weight: 0.004 }, { label: 'd', weight: -0.003 }] });
    assert.deepEqual(reasons, ['a +1.00']);
    const more = reasonsOf({ bias: 0, logit: 1.08, contributions: [{ label: 'a', weight: 1 }, { label: 'b', weight: 0.04 }, { label: 'c', weight: 0.04 }] });
    assert.deepEqual(more, ['a +1.00', '2 smaller contributions +0.08']);
  });

  it('holds no sentence or word of its training data', () => {
    const text = JSON.stringify(modelFile);
    for (const word of ['unemployment', 'Obama', 'Clinton', 'Trump', 'thank you']) assert.ok(!text.includes(word), word);
  });

  it('maps a logit to a probability with four decimals', () => {
    assert.equal(probability(0), 0.5);
    assert.equal(probability(10), 1);
    assert.equal(probability(-1), 0.2689);
  });
});
