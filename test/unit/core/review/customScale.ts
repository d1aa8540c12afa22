/** A workspace verdict scale as an organisation writes it (.claimlens/verdicts.json), for the tests of the scale's looks. */
import { parseVerdictScale, type VerdictScale } from '../../../../src/core/review/verdictScale';

export const CUSTOM_SCALE_JSON = JSON.stringify({
  version: 1,
  claimReview: { worstRating: 1, bestRating: 6 },
  verdicts: [
    { id: 'true', label: 'True', colour: '#2e7d32', icon: 'check', key: 'y', final: true, claimReview: { ratingValue: 6 } },
    { id: 'misleading', label: 'Misleading', colour: 'charts.orange', key: 'm', final: true, claimReview: { ratingValue: 3 } },
    { id: 'pants-on-fire', label: 'Pants on Fire', colour: '#d32f2f', icon: 'flame', key: 'f', final: true, claimReview: { ratingValue: 1 } },
    { id: 'checking', label: 'Still checking', final: false },
  ],
});

export function customScale(): VerdictScale {
  const parsed = parseVerdictScale(CUSTOM_SCALE_JSON);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.scale;
}
