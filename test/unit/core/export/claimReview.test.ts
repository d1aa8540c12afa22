import * as assert from 'node:assert/strict';
import { buildClaimReviews, claimReviewJson, ClaimReviewValidationError, factCheckUrlFor, localDate, missingClaimReviewFields } from '../../../../src/core/export/claimReview';
import { exportFiles } from '../../../../src/core/export/exportFiles';
import { BEST_RATING, RATINGS, WORST_RATING } from '../../../../src/core/export/rating';
import { CLAIM_CRITICS, CLAIM_FINISH, CLAIM_SPENT, fixtureInput, TRICKY_NOTE } from './fixture';

// Parsed JSON-LD is checked field by field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

describe('ClaimReview JSON-LD export', () => {
  it('emits one ClaimReview per rated, anchored claim (no unreviewed, dismissed, quotes or orphans), parsed back', () => {
    const parsed = JSON.parse(claimReviewJson(fixtureInput())) as Json[];
    assert.deepEqual(parsed.map((r) => r.identifier), ['c-sourced', 'c-unverified', 'c-disputed']);
    for (const r of parsed) {
      assert.equal(r['@context'], 'https://schema.org');
      assert.equal(r['@type'], 'ClaimReview');
      assert.equal(r.url, `https://factcheck.example/checks/${r.identifier}`, 'url: the fact-check\'s own page');
      assert.equal(r.datePublished, localDate('2024-05-01T10:00:00.000Z'), 'the date of the review');
      assert.deepEqual(r.author, { '@type': 'Organization', name: 'Example Fact Check', url: 'https://factcheck.example' });
      assert.equal(r.itemReviewed['@type'], 'Claim');
      assert.equal(r.itemReviewed.appearance.url, 'https://news.example/bridge');
      assert.equal(r.itemReviewed.appearance.headline, 'Budget <b>row</b>: "Council" & the *missing* millions');
      assert.equal(r.reviewRating.bestRating, BEST_RATING);
      assert.equal(r.reviewRating.worstRating, WORST_RATING);
      assert.deepEqual(missingClaimReviewFields(r), []);
    }
    assert.deepEqual(parsed.map((r) => r.claimReviewed), [CLAIM_SPENT, CLAIM_FINISH, CLAIM_CRITICS]);
  });

  it('maps statuses to the documented 1–5 ratings', () => {
    const byId = new Map(buildClaimReviews(fixtureInput()).map((r) => [r.identifier, r.reviewRating]));
    assert.deepEqual([byId.get('c-disputed')?.ratingValue, byId.get('c-unverified')?.ratingValue, byId.get('c-sourced')?.ratingValue], [1, 3, 5]);
    assert.equal(byId.get('c-sourced')?.alternateName, RATINGS.sourced.alternateName);
    assert.equal(byId.get('c-disputed')?.alternateName, 'Disputed');
  });

  it('names the speaker of an overlapping quote as the claim author, and only then', () => {
    const byId = new Map(buildClaimReviews(fixtureInput()).map((r) => [r.identifier, r]));
    assert.deepEqual(byId.get('c-unverified')?.itemReviewed.author, { '@type': 'Person', name: 'Anna Lind' });
    assert.equal(byId.get('c-sourced')?.itemReviewed.author, undefined);
  });

  it('carries the note as reviewBody and the sources as citations', () => {
    const r = buildClaimReviews(fixtureInput()).find((x) => x.identifier === 'c-sourced')!;
    assert.equal(r.reviewBody, TRICKY_NOTE);
    assert.deepEqual(r.citation?.map((c) => c.url), ['https://example.org/budget.pdf', 'https://example.org/audit']);
    assert.equal(r.citation?.[0].name, 'Budget, 2019 "final"');
  });

  it('url: the fact-check page from a template with the review id (URI-encoded); only http(s)', () => {
    assert.equal(factCheckUrlFor('https://example.org/checks/{id}', 'a-1 2'), 'https://example.org/checks/a-1%202');
    assert.equal(factCheckUrlFor('https://example.org/checks/all', 'x'), 'https://example.org/checks/all');
    for (const bad of [undefined, '', '  ', 'javascript:alert(1)//{id}', 'checks/{id}', 'ftp://example.org/{id}']) assert.equal(factCheckUrlFor(bad, 'x'), undefined, String(bad));
  });

  it('itemReviewed.appearance is the article (its URL when known, and its headline)', () => {
    const [r] = buildClaimReviews(fixtureInput({ url: undefined }));
    assert.deepEqual(r.itemReviewed.appearance, { '@type': 'CreativeWork', headline: 'Budget <b>row</b>: "Council" & the *missing* millions' });
  });

  it('datePublished: the review\'s own date in the local time zone, or a fixed date when given', () => {
    // Reviewed 2024-05-01 10:00 UTC: still the 1st in New York, already the 2nd at UTC+14.
    assert.equal(buildClaimReviews(fixtureInput(), 'America/New_York')[0].datePublished, '2024-05-01');
    assert.equal(buildClaimReviews(fixtureInput(), 'Pacific/Kiritimati')[0].datePublished, '2024-05-02');
    assert.equal(buildClaimReviews(fixtureInput({ datePublished: '2024-06-30' }))[0].datePublished, '2024-06-30');
    assert.equal(localDate('not a date'), undefined);
  });

  it('refuses to export without organisation and fact-check URL, naming every missing field', () => {
    assert.throws(
      () => buildClaimReviews(fixtureInput({ factCheckUrl: undefined, organization: '  ' })),
      (e: unknown) => e instanceof ClaimReviewValidationError && e.missing.includes('url') && e.missing.includes('author.name') && /url/.test(e.message) && /author\.name/.test(e.message),
    );
    assert.throws(() => buildClaimReviews(fixtureInput({ datePublished: 'not a date' })), (e: unknown) => e instanceof ClaimReviewValidationError && e.missing.includes('datePublished'));
    // The article URL is no longer required: the claim's appearance has the headline.
    assert.doesNotThrow(() => buildClaimReviews(fixtureInput({ url: undefined })));
  });

  it('reports a missing rating field of a hand-made ClaimReview', () => {
    const [r] = buildClaimReviews(fixtureInput());
    const broken = { ...r, reviewRating: { ...r.reviewRating, alternateName: '' }, claimReviewed: ' ' };
    assert.deepEqual(missingClaimReviewFields(broken), ['claimReviewed', 'reviewRating.alternateName']);
  });

  it('splits into one file per claim on request', () => {
    const files = exportFiles('claimreview', fixtureInput(), { split: true });
    assert.equal(files.length, 3);
    assert.deepEqual(files.map((f) => f.suffix), ['.claim-c-sourced.claimreview.json', '.claim-c-unverified.claimreview.json', '.claim-c-disputed.claimreview.json']);
    assert.equal((JSON.parse(files[2].content) as { reviewRating: { ratingValue: number } }).reviewRating.ratingValue, 1);
  });

  it('is safe inside a <script type="application/ld+json"> block: no raw </, <!-- or U+2028/U+2029, same JSON value', () => {
    const note = 'See </script><script>alert(1)</script> <!-- x --> line\u2028para\u2029end';
    const input = fixtureInput();
    const items = input.items.map((i) => (i.key === 'c-sourced' ? { ...i, annotation: { ...i.annotation!, note } } : i));
    const safeInput = { ...input, items, headline: 'Head </SCRIPT> line' };
    for (const json of [claimReviewJson(safeInput), ...exportFiles('claimreview', safeInput).map((f) => f.content), ...exportFiles('claimreview', safeInput, { split: true }).map((f) => f.content)]) {
      assert.doesNotMatch(json, /<\/|<!--|[\u2028\u2029]/i);
      assert.match(json, /<\\\/script>/i);
    }
    const parsed = JSON.parse(claimReviewJson(safeInput)) as Json[];
    assert.equal(parsed.find((r) => r.identifier === 'c-sourced')!.reviewBody, note);
    assert.equal(parsed[0].itemReviewed.appearance.headline, 'Head </SCRIPT> line');
  });

  it('leaves out a claim whose text changed since its review (its rating was given to other text)', () => {
    const input = fixtureInput();
    const items = input.items.map((i) => (i.key === 'c-sourced' ? { ...i, annotation: { ...i.annotation!, changedSinceReview: true } } : i));
    assert.deepEqual(buildClaimReviews({ ...input, items }).map((r) => r.identifier), ['c-unverified', 'c-disputed']);
  });
});
