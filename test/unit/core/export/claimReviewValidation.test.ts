/**
 * ClaimReview validation, one row per field of Google's fact-check structured data (required:
 * claimReviewed, reviewRating, url; recommended: author, datePublished, itemReviewed with
 * author, datePublished, appearance): each row breaks one field of a valid review and expects
 * exactly that field to be reported.
 */
import * as assert from 'node:assert/strict';
import { claimReviewProblems, ClaimReviewValidationError } from '../../../../src/core/export/claimReviewValidation';

type Json = Record<string, unknown>;

function valid(): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: 'https://factcheck.example/checks/a-1',
    claimReviewed: 'The council spent 4.2 million euros on the bridge.',
    datePublished: '2024-05-01',
    author: { '@type': 'Organization', name: 'Example Fact Check', url: 'https://factcheck.example' },
    reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'Disputed' },
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': 'Person', name: 'Anna Lind' },
      datePublished: '2024-04-30',
      appearance: { '@type': 'CreativeWork', url: 'https://news.example/bridge', headline: 'Bridge costs' },
    },
  };
}

/** Set (or with `undefined`, delete) the value at a dotted path of a fresh valid review. */
function breakField(path: string, value: unknown): Json {
  const review = valid();
  const keys = path.split('.');
  let at = review;
  for (const k of keys.slice(0, -1)) at = at[k] as Json;
  const last = keys[keys.length - 1];
  if (value === undefined) delete at[last];
  else at[last] = value;
  return review;
}

const ROWS: { field: string; value: unknown; expect: [string, RegExp] }[] = [
  { field: '@context', value: 'http://example.org', expect: ['@context', /schema\.org/] },
  { field: '@type', value: 'Review', expect: ['@type', /ClaimReview/] },
  { field: 'claimReviewed', value: undefined, expect: ['claimReviewed', /missing/] },
  { field: 'claimReviewed', value: '  ', expect: ['claimReviewed', /missing/] },
  { field: 'url', value: undefined, expect: ['url', /missing/] },
  { field: 'url', value: '/checks/a-1', expect: ['url', /not an absolute web address/] },
  { field: 'url', value: 'javascript:alert(1)', expect: ['url', /not an http\(s\) address/] },
  { field: 'url', value: 'https://user:pw@factcheck.example/', expect: ['url', /user name or password/] },
  { field: 'author', value: undefined, expect: ['author.name', /missing/] },
  { field: 'author.name', value: '', expect: ['author.name', /missing/] },
  { field: 'author.@type', value: 'Thing', expect: ['author.@type', /Organization or Person/] },
  { field: 'author.url', value: 'factcheck', expect: ['author.url', /not an absolute web address/] },
  { field: 'datePublished', value: undefined, expect: ['datePublished', /missing/] },
  { field: 'datePublished', value: '1 May 2024', expect: ['datePublished', /not a date/] },
  { field: 'datePublished', value: '2024-02-30', expect: ['datePublished', /not a date/] },
  { field: 'reviewRating', value: undefined, expect: ['reviewRating', /missing/] },
  { field: 'reviewRating.@type', value: 'AggregateRating', expect: ['reviewRating.@type', /Rating/] },
  { field: 'reviewRating.alternateName', value: undefined, expect: ['reviewRating.alternateName', /missing/] },
  { field: 'reviewRating.ratingValue', value: undefined, expect: ['reviewRating.ratingValue', /missing/] },
  { field: 'reviewRating.ratingValue', value: '1', expect: ['reviewRating.ratingValue', /number/] },
  { field: 'reviewRating.ratingValue', value: 6, expect: ['reviewRating.ratingValue', /within worstRating…bestRating/] },
  { field: 'reviewRating.bestRating', value: undefined, expect: ['reviewRating.bestRating', /missing/] },
  { field: 'reviewRating.bestRating', value: 1, expect: ['reviewRating.bestRating', /greater than worstRating/] },
  { field: 'reviewRating.worstRating', value: undefined, expect: ['reviewRating.worstRating', /missing/] },
  { field: 'reviewRating.worstRating', value: 0, expect: ['reviewRating.worstRating', /1 or more/] },
  { field: 'itemReviewed', value: undefined, expect: ['itemReviewed', /missing/] },
  { field: 'itemReviewed.@type', value: 'CreativeWork', expect: ['itemReviewed.@type', /Claim/] },
  { field: 'itemReviewed.author.name', value: ' ', expect: ['itemReviewed.author.name', /missing/] },
  { field: 'itemReviewed.author.@type', value: 'Place', expect: ['itemReviewed.author.@type', /Person or Organization/] },
  { field: 'itemReviewed.datePublished', value: 'yesterday', expect: ['itemReviewed.datePublished', /not a date/] },
  { field: 'itemReviewed.appearance', value: 42, expect: ['itemReviewed.appearance', /URL or a CreativeWork/] },
  { field: 'itemReviewed.appearance', value: 'news/bridge.txt', expect: ['itemReviewed.appearance', /not an absolute web address/] },
  { field: 'itemReviewed.appearance.@type', value: 'Claim', expect: ['itemReviewed.appearance.@type', /CreativeWork/] },
  { field: 'itemReviewed.appearance.url', value: 'file:///home/ana/bridge.txt', expect: ['itemReviewed.appearance.url', /not an http\(s\) address/] },
  { field: 'itemReviewed.appearance.headline', value: 7, expect: ['itemReviewed.appearance.headline', /text/] },
];

describe('ClaimReview validation (Google fact-check fields)', () => {
  it('accepts a complete review, and the optional fields left out', () => {
    assert.deepEqual(claimReviewProblems(valid()), []);
    const minimal = valid();
    delete (minimal.author as Json).url;
    minimal.itemReviewed = { '@type': 'Claim', appearance: 'https://news.example/bridge' };
    assert.deepEqual(claimReviewProblems(minimal), []);
  });

  it('accepts a textual rating alone (alternateName, no numbers)', () => {
    assert.deepEqual(claimReviewProblems(breakField('reviewRating', { '@type': 'Rating', alternateName: 'Unverified' })), []);
  });

  for (const row of ROWS) {
    it(`${row.field} = ${JSON.stringify(row.value) ?? '(absent)'}: reported as ${row.expect[0]}`, () => {
      const problems = claimReviewProblems(breakField(row.field, row.value));
      assert.deepEqual(problems.map((p) => p.field), [row.expect[0]], JSON.stringify(problems));
      assert.match(problems[0].problem, row.expect[1]);
    });
  }

  it('the error names missing and invalid fields apart, each with where to fix it', () => {
    const e = new ClaimReviewValidationError([
      { field: 'url', problem: 'missing' },
      { field: 'itemReviewed.appearance.url', problem: '"x" is not an absolute web address (http:// or https://)' },
    ]);
    assert.deepEqual(e.missing, ['url']);
    assert.equal(e.setting, 'claimlens.claimReview.urlTemplate');
    assert.match(e.message, /^ClaimReview export is missing required fields: url — the fact-check's own page: set claimlens\.claimReview\.urlTemplate \(CLI --url-template\)/);
    assert.match(e.message, /has invalid fields: itemReviewed\.appearance\.url "x" is not an absolute web address .* claimlens\.export\.articleUrl \(CLI --url\)/);
  });
});
