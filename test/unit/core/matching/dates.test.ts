import * as assert from 'node:assert/strict';
import { dateAgreement, namedDates, signatureDate } from '../../../../src/core/matching/dates';
import { Bm25Index } from '../../../../src/core/matching/bm25Index';
import { pairFeatures, queryContext, FEATURE_NAMES } from '../../../../src/core/matching/features';
import { prepareCandidate, prepareText } from '../../../../src/core/matching/prepared';
import { terms } from '../../../../src/core/matching/tokens';

describe('matching: when a claim was posted and which dates a fact-check names', () => {
  const signatures: [string, ReturnType<typeof signatureDate>][] = [
    ['Crowds in London. — James Cook (@BBCJamesCook) June 4, 2019', { year: 2019, month: 6 }],
    ['No collusion! — Donald J. Trump (@realDonaldTrump) Sept. 24, 2019', { year: 2019, month: 9 }],
    ['Crowds in London on June 4, 2019.', undefined],
    ['Crowds in London. — James Cook (@BBCJamesCook)', undefined],
  ];
  for (const [raw, expected] of signatures) it(`signature date of ${JSON.stringify(raw.slice(-30))}`, () => assert.deepEqual(signatureDate(raw), expected));

  it('reads the years and the months a fact-check names', () => {
    assert.deepEqual(namedDates('A video shows UK crowds chanting in June 2019, not in 2016.'), { years: [2019, 2016], months: [2019 * 12 + 5] });
    assert.deepEqual(namedDates('The mayor approved the tower.'), { years: [], months: [] });
  });

  const agreements: [string, string, [number, number, number]][] = [
    ['same year and month', 'Protesters filled London in June 2019.', [1, 1, 0]],
    ['same year, next month', 'Protesters filled London in July 2019.', [1, 1, 0]],
    ['same year only', 'Protesters filled London in 2019.', [1, 0, 0]],
    ['three years off', 'Protesters filled London in 2016.', [0, 0, 3]],
    ['far off, capped', 'Protesters filled London in 1990.', [0, 0, 5]],
    ['no date named', 'Protesters filled London.', [0, 0, 0]],
  ];
  for (const [name, text, expected] of agreements) {
    it(`agreement with a tweet of June 2019: ${name}`, () => assert.deepEqual(dateAgreement({ year: 2019, month: 6 }, namedDates(text)), expected));
  }
  it('an undated claim agrees with nothing and conflicts with nothing', () => assert.deepEqual(dateAgreement(undefined, namedDates('in June 2019')), [0, 0, 0]));

  it('the pair features carry the date agreement, the title coverage and the tf-idf cosine', () => {
    const index = new Bm25Index();
    const claim = 'UK crowds chanted for Trump in June 2019.';
    const title = 'Did UK Crowds Chant for Trump?';
    index.add([terms(claim), terms(title)]);
    index.add([terms('A dragon flew over a stadium.'), terms('Dragon over a stadium?')]);
    const features = (raw: string, cleaned: string): Record<string, number> => {
      const q = prepareText(cleaned, raw);
      const ids = index.queryIds(q.terms);
      const x = pairFeatures(queryContext(index, q, ids, 1), { doc: 0, score: 1, fields: [1, 0], rank: 0, prepared: prepareCandidate(index, claim, title) });
      return Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, x[i]]));
    };
    const same = features('UK crowds chanted for Trump — Jo (@jo) June 4, 2019', 'UK crowds chanted for Trump');
    assert.deepEqual([same.date_year, same.date_month, same.date_gap], [1, 1, 0]);
    assert.equal(same.cover_title, 1);
    assert.ok(same.tfidf_cosine > 0.5 && same.tfidf_cosine <= 1);
    const other = features('A dragon flew — Jo (@jo) June 4, 2016', 'A dragon flew');
    assert.deepEqual([other.date_year, other.date_month, other.date_gap], [0, 0, 3]);
    assert.equal(other.cover_title, 0);
    assert.equal(other.tfidf_cosine, 0);
  });
});
