import * as assert from 'node:assert/strict';
import { buildClaimReviews, claimReviewClaims, claimReviewJson, ClaimReviewValidationError } from '../../../../src/core/export/claimReview';
import { claimReviewProblems } from '../../../../src/core/export/claimReviewValidation';
import { exportFiles } from '../../../../src/core/export/exportFiles';
import { BEST_RATING, WORST_RATING } from '../../../../src/core/export/rating';
import type { ExportInput } from '../../../../src/core/export/types';
import type { ReviewItem, ReviewStatus } from '../../../../src/core/review/types';
import type { VerdictScale } from '../../../../src/core/review/verdictScale';
import { CLAIM_CRITICS, CLAIM_SPENT, fixtureInput, fixtureWithUnresolvedSpeaker, TRICKY_NOTE } from './fixture';

// Parsed JSON-LD is checked field by field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

const withTz = <T>(tz: string, fn: () => T): T => {
  const before = process.env.TZ;
  process.env.TZ = tz;
  try {
    return fn();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
};

function mapItems(input: ExportInput, key: string, change: (i: ReviewItem) => ReviewItem): ExportInput {
  return { ...input, items: input.items.map((i) => (i.key === key ? change(i) : i)) };
}

const byId = (input: ExportInput) => new Map(buildClaimReviews(input).map((r) => [r.identifier, r]));

describe('ClaimReview JSON-LD export', () => {
  it('emits one valid ClaimReview per claim with a final verdict (no unverified, unreviewed, dismissed, quotes or orphans), parsed back', () => {
    const parsed = JSON.parse(claimReviewJson(fixtureInput())) as Json[];
    assert.deepEqual(parsed.map((r) => r.identifier), ['c-sourced', 'c-disputed']);
    for (const r of parsed) {
      assert.equal(r['@context'], 'https://schema.org');
      assert.equal(r['@type'], 'ClaimReview');
      assert.deepEqual(r.author, { '@type': 'Organization', name: 'Example Fact Check', url: 'https://factcheck.example' });
      assert.equal(r.itemReviewed['@type'], 'Claim');
      assert.deepEqual(claimReviewProblems(r), []);
    }
    assert.deepEqual(parsed.map((r) => r.claimReviewed), [CLAIM_SPENT, CLAIM_CRITICS]);
  });

  describe('url: the fact-check\'s own page from the template', () => {
    it('fills {article} (file name without extension) and {id} (the review\'s id), never the article\'s URL', () => {
      const reviews = buildClaimReviews(fixtureInput());
      assert.deepEqual(reviews.map((r) => r.url), ['https://factcheck.example/checks/article#c-sourced', 'https://factcheck.example/checks/article#c-disputed']);
      assert.ok(reviews.every((r) => r.url !== 'https://news.example/bridge'));
    });

    it('percent-encodes the values, so an article name with spaces still gives one valid URL', () => {
      const [r] = buildClaimReviews(fixtureInput({ articlePath: 'news/Port report ü.txt', claimReviewUrlTemplate: 'https://ex.org/{article}/{id}' }));
      assert.equal(r.url, 'https://ex.org/Port%20report%20%C3%BC/c-sourced');
    });

    it('is required: an empty template names the setting and the CLI option, even with nothing rated yet', () => {
      for (const template of [undefined, '', '   ']) {
        const input = fixtureInput({ claimReviewUrlTemplate: template, items: [] });
        assert.throws(() => buildClaimReviews(input), (e: unknown) => e instanceof ClaimReviewValidationError
          && e.missing.includes('url') && e.setting === 'claimlens.claimReview.urlTemplate'
          && /claimlens\.claimReview\.urlTemplate/.test(e.message) && /--url-template/.test(e.message));
      }
    });

    it('refuses a template with an unknown placeholder or one that is no web address, saying why', () => {
      assert.throws(() => buildClaimReviews(fixtureInput({ claimReviewUrlTemplate: 'https://ex.org/{slug}' })), /unknown placeholder \{slug\}/);
      assert.throws(() => buildClaimReviews(fixtureInput({ claimReviewUrlTemplate: 'checks/{id}' })), /invalid fields: url template .*not an absolute web address/);
      assert.throws(() => buildClaimReviews(fixtureInput({ claimReviewUrlTemplate: 'ftp://ex.org/{id}' })), /not an http\(s\) address/);
    });
  });

  describe('itemReviewed: the claim, where it appeared and who made it', () => {
    it('appearance is the article: a CreativeWork with its URL and headline', () => {
      for (const r of buildClaimReviews(fixtureInput())) {
        assert.deepEqual(r.itemReviewed.appearance, { '@type': 'CreativeWork', url: 'https://news.example/bridge', headline: 'Budget <b>row</b>: "Council" & the *missing* millions' });
      }
    });

    it('appearance without a known article URL keeps the headline only (the article URL is optional)', () => {
      const [r] = buildClaimReviews(fixtureInput({ url: undefined }));
      assert.deepEqual(r.itemReviewed.appearance, { '@type': 'CreativeWork', headline: 'Budget <b>row</b>: "Council" & the *missing* millions' });
    });

    it('author is the speaker (Person) of the quote the claim is in, and only where one is known', () => {
      const reviews = byId(fixtureInput({ includeUnverified: true }));
      assert.deepEqual(reviews.get('c-unverified')?.itemReviewed.author, { '@type': 'Person', name: 'Anna Lind' });
      assert.equal(reviews.get('c-sourced')?.itemReviewed.author, undefined);
    });

    it('author is a speaker the reviewer set on the claim itself', () => {
      const input = mapItems(fixtureInput(), 'c-sourced', (i) => ({ ...i, annotation: { ...i.annotation!, speaker: 'Council treasurer' } }));
      assert.deepEqual(byId(input).get('c-sourced')?.itemReviewed.author, { '@type': 'Person', name: 'Council treasurer' });
    });

    it('a detected speaker left unresolved (`she`) names no one: no author', () => {
      assert.equal(byId(fixtureWithUnresolvedSpeaker()).get('c-unverified')?.itemReviewed.author, undefined);
    });

    it('a bare pronoun as the speaker names no one: no author', () => {
      const input = mapItems(fixtureInput({ includeUnverified: true }), 'q-lind', (i) => ({ ...i, annotation: { ...i.annotation!, speaker: 'she' } }));
      assert.equal(byId(input).get('c-unverified')?.itemReviewed.author, undefined);
    });
  });

  describe('datePublished: the local date of the review', () => {
    const at = (iso: string) => (i: ReviewItem) => ({ ...i, annotation: { ...i.annotation!, updated: { by: 'ana', at: iso } } });

    it('is the date of the review\'s last change as the reviewer\'s clock shows it, not the UTC date', () => {
      // 02:30 UTC on 1 May is still 30 April in New York; 23:30 UTC on 1 May is already 2 May in Auckland.
      const input = mapItems(mapItems(fixtureInput(), 'c-sourced', at('2024-05-01T02:30:00.000Z')), 'c-disputed', at('2024-05-01T23:30:00.000Z'));
      const ny = withTz('America/New_York', () => byId(input));
      assert.deepEqual([ny.get('c-sourced')?.datePublished, ny.get('c-disputed')?.datePublished], ['2024-04-30', '2024-05-01']);
      const nz = withTz('Pacific/Auckland', () => byId(input));
      assert.deepEqual([nz.get('c-sourced')?.datePublished, nz.get('c-disputed')?.datePublished], ['2024-05-01', '2024-05-02']);
    });

    it('is the given date for every review when one is set (CLI --date), and a bad one is refused', () => {
      assert.ok(buildClaimReviews(fixtureInput({ datePublished: '2024-06-01' })).every((r) => r.datePublished === '2024-06-01'));
      assert.throws(() => buildClaimReviews(fixtureInput({ datePublished: '2024-02-30' })), (e: unknown) => e instanceof ClaimReviewValidationError && /datePublished "2024-02-30" is not a date/.test(e.message));
    });
  });

  describe('reviewRating', () => {
    it('maps final verdicts to the documented 1–5 scale: disputed 1, sourced 5', () => {
      const reviews = byId(fixtureInput());
      assert.deepEqual(reviews.get('c-disputed')?.reviewRating, { '@type': 'Rating', ratingValue: 1, bestRating: BEST_RATING, worstRating: WORST_RATING, alternateName: 'Disputed' });
      assert.deepEqual(reviews.get('c-sourced')?.reviewRating, { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: 'Sourced' });
    });

    it('leaves unverified claims out (not a final verdict); asked to include them, gives no number (a 3 of 5 reads as "half true")', () => {
      assert.deepEqual(claimReviewClaims(fixtureInput().items).map((i) => i.key), ['c-sourced', 'c-disputed']);
      assert.equal(byId(fixtureInput()).has('c-unverified'), false);
      const unverified = byId(fixtureInput({ includeUnverified: true })).get('c-unverified');
      assert.deepEqual(unverified?.reviewRating, { '@type': 'Rating', alternateName: 'Unverified' });
      assert.deepEqual(claimReviewProblems(unverified), []);
    });
  });

  describe('with the organisation\'s verdict scale', () => {
    const scale: VerdictScale = {
      worstRating: 1,
      bestRating: 6,
      verdicts: [
        { id: 'sourced', label: 'True', final: true, claimReview: { ratingValue: 6, alternateName: 'True' } },
        { id: 'half-true', label: 'Half True', final: true, claimReview: { ratingValue: 4, alternateName: 'Half True' } },
        { id: 'disputed', label: 'False', final: true, claimReview: { ratingValue: 2, alternateName: 'False' } },
        { id: 'unverified', label: 'Still checking', final: false, claimReview: { alternateName: 'Still checking' } },
      ],
    };

    it('rates each claim by its verdict on the scale\'s own bounds, leaving out non-final verdicts', () => {
      // A verdict id of the custom scale, as a review file would hold it.
      const input = mapItems(fixtureInput({ scale }), 'c-disputed', (i) => ({ ...i, status: 'half-true' as ReviewStatus }));
      const reviews = byId(input);
      assert.deepEqual([...reviews.keys()], ['c-sourced', 'c-disputed']);
      assert.deepEqual(reviews.get('c-sourced')?.reviewRating, { '@type': 'Rating', ratingValue: 6, bestRating: 6, worstRating: 1, alternateName: 'True' });
      assert.deepEqual(reviews.get('c-disputed')?.reviewRating, { '@type': 'Rating', ratingValue: 4, bestRating: 6, worstRating: 1, alternateName: 'Half True' });
      assert.deepEqual(byId(fixtureInput({ scale, includeUnverified: true })).get('c-unverified')?.reviewRating, { '@type': 'Rating', alternateName: 'Still checking' });
    });

    it('a verdict the scale lacks is named with its claims, not dropped silently', () => {
      const smaller: VerdictScale = { ...scale, verdicts: scale.verdicts.filter((v) => v.id !== 'disputed') };
      assert.throws(() => buildClaimReviews(fixtureInput({ scale: smaller })), (e: unknown) => e instanceof ClaimReviewValidationError
        && /reviewRating verdict "disputed" \(1 claim: c-disputed\) is not in the verdict scale \(\.claimlens\/verdicts\.json\)/.test(e.message));
    });
  });

  it('author is the organisation: required, named with its setting', () => {
    assert.throws(
      () => buildClaimReviews(fixtureInput({ claimReviewUrlTemplate: undefined, organization: '  ' })),
      (e: unknown) => e instanceof ClaimReviewValidationError && e.missing.includes('url') && e.missing.includes('author.name')
        && /claimlens\.export\.organization/.test(e.message) && /--org\b/.test(e.message),
    );
  });

  it('carries the note as reviewBody and the sources as citations', () => {
    const r = buildClaimReviews(fixtureInput()).find((x) => x.identifier === 'c-sourced')!;
    assert.equal(r.reviewBody, TRICKY_NOTE);
    assert.deepEqual(r.citation?.map((c) => c.url), ['https://example.org/budget.pdf', 'https://example.org/audit']);
    assert.equal(r.citation?.[0].name, 'Budget, 2019 "final"');
  });

  it('splits into one file per claim on request', () => {
    const files = exportFiles('claimreview', fixtureInput({ includeUnverified: true }), { split: true });
    assert.deepEqual(files.map((f) => f.suffix), ['.claim-c-sourced.claimreview.json', '.claim-c-unverified.claimreview.json', '.claim-c-disputed.claimreview.json']);
    assert.equal((JSON.parse(files[2].content) as { reviewRating: { ratingValue: number } }).reviewRating.ratingValue, 1);
  });

  it('is safe inside a <script type="application/ld+json"> block: no raw </, <!-- or U+2028/U+2029, same JSON value', () => {
    const note = 'See </script><script>alert(1)</script> <!-- x --> line\u2028para\u2029end';
    const safeInput = { ...mapItems(fixtureInput(), 'c-sourced', (i) => ({ ...i, annotation: { ...i.annotation!, note } })), headline: 'Head </SCRIPT> line' };
    for (const json of [claimReviewJson(safeInput), ...exportFiles('claimreview', safeInput).map((f) => f.content), ...exportFiles('claimreview', safeInput, { split: true }).map((f) => f.content)]) {
      assert.doesNotMatch(json, /<\/|<!--|[\u2028\u2029]/i);
      assert.match(json, /<\\\/script>/i);
    }
    const parsed = JSON.parse(claimReviewJson(safeInput)) as Json[];
    assert.equal(parsed.find((r) => r.identifier === 'c-sourced')!.reviewBody, note);
    assert.equal(parsed[0].itemReviewed.appearance.headline, 'Head </SCRIPT> line');
  });

  it('leaves out a claim whose text changed since its review (its rating was given to other text)', () => {
    const input = mapItems(fixtureInput(), 'c-sourced', (i) => ({ ...i, annotation: { ...i.annotation!, changedSinceReview: true } }));
    assert.deepEqual(buildClaimReviews(input).map((r) => r.identifier), ['c-disputed']);
  });
});
