/**
 * ClaimReview checked field by field against schema.org's ClaimReview as Google's fact-check
 * structured data documents it: required `claimReviewed` (Text), `reviewRating` (Rating with
 * `alternateName`; for a numeric rating `ratingValue` within `worstRating` ≥ 1 … `bestRating`)
 * and `url` (the fact-check's page); recommended `author` (Organization or Person with `name`,
 * `url`), `datePublished` (Date) and `itemReviewed` (Claim: `author`, `datePublished`,
 * `appearance` as URL or CreativeWork). ClaimLens also requires `author.name` and
 * `datePublished`: a fact-check without its publisher or date is not worth publishing.
 */
import { isIsoDate } from './localDate';
import { URL_TEMPLATE_OPTION, URL_TEMPLATE_SETTING, webUrlProblem } from './claimReviewUrl';
import { isJsonObject } from '../jsonValue';

/** One field's problem: `missing`, or what is wrong with its value. */
export interface FieldProblem {
  field: string;
  problem: string;
}

type Obj = Record<string, unknown>;
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const MISSING = 'missing';

function typeProblem(value: Obj, field: string, allowed: readonly string[]): FieldProblem[] {
  return allowed.includes(value['@type'] as string) ? [] : [{ field: field ? `${field}.@type` : '@type', problem: `must be ${allowed.join(' or ')}` }];
}

function urlProblems(value: unknown, field: string, required: boolean): FieldProblem[] {
  if (value === undefined && !required) return [];
  if (!isText(value)) return [{ field, problem: MISSING }];
  const problem = webUrlProblem(value);
  return problem ? [{ field, problem: `"${value.slice(0, 120)}" ${problem}` }] : [];
}

function dateProblems(value: unknown, field: string, required: boolean): FieldProblem[] {
  if (value === undefined && !required) return [];
  if (!isText(value)) return [{ field, problem: MISSING }];
  return isIsoDate(value) ? [] : [{ field, problem: `"${value.slice(0, 40)}" is not a date (YYYY-MM-DD)` }];
}

/** An Organization or Person with a name (and a web address when it has one). */
function partyProblems(value: unknown, field: string, required: boolean, types: readonly string[]): FieldProblem[] {
  if (value === undefined && !required) return [];
  if (!isJsonObject(value)) return [{ field: `${field}.name`, problem: MISSING }];
  const problems = typeProblem(value, field, types);
  if (!isText(value.name)) problems.push({ field: `${field}.name`, problem: MISSING });
  return [...problems, ...urlProblems(value.url, `${field}.url`, false)];
}

export function ratingProblems(rating: unknown): FieldProblem[] {
  if (!isJsonObject(rating)) return [{ field: 'reviewRating', problem: MISSING }];
  const problems = typeProblem(rating, 'reviewRating', ['Rating']);
  if (!isText(rating.alternateName)) problems.push({ field: 'reviewRating.alternateName', problem: MISSING });
  const numeric = ['ratingValue', 'bestRating', 'worstRating'] as const;
  // A textual rating alone is valid; a numeric one needs all three numbers.
  if (numeric.every((k) => rating[k] === undefined)) return problems;
  for (const k of numeric) if (!isNumber(rating[k])) problems.push({ field: `reviewRating.${k}`, problem: rating[k] === undefined ? MISSING : 'must be a number' });
  if (problems.length > 0) return problems;
  const { ratingValue, bestRating, worstRating } = rating as Record<(typeof numeric)[number], number>;
  if (worstRating < 1) problems.push({ field: 'reviewRating.worstRating', problem: `must be 1 or more (is ${worstRating})` });
  if (bestRating <= worstRating) problems.push({ field: 'reviewRating.bestRating', problem: `must be greater than worstRating (${bestRating} ≤ ${worstRating})` });
  else if (ratingValue < worstRating || ratingValue > bestRating) {
    problems.push({ field: 'reviewRating.ratingValue', problem: `must be within worstRating…bestRating (${ratingValue} is outside ${worstRating}…${bestRating})` });
  }
  return problems;
}

function appearanceProblems(value: unknown): FieldProblem[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return urlProblems(value, 'itemReviewed.appearance', true);
  if (!isJsonObject(value)) return [{ field: 'itemReviewed.appearance', problem: 'must be a URL or a CreativeWork' }];
  const problems = [...typeProblem(value, 'itemReviewed.appearance', ['CreativeWork']), ...urlProblems(value.url, 'itemReviewed.appearance.url', false)];
  if (value.headline !== undefined && !isText(value.headline)) problems.push({ field: 'itemReviewed.appearance.headline', problem: 'must be text' });
  if (value.url === undefined && value.headline === undefined) problems.push({ field: 'itemReviewed.appearance', problem: 'needs a url or a headline' });
  return problems;
}

function itemReviewedProblems(value: unknown): FieldProblem[] {
  if (!isJsonObject(value)) return [{ field: 'itemReviewed', problem: MISSING }];
  return [
    ...typeProblem(value, 'itemReviewed', ['Claim']),
    ...partyProblems(value.author, 'itemReviewed.author', false, ['Person', 'Organization']),
    ...dateProblems(value.datePublished, 'itemReviewed.datePublished', false),
    ...appearanceProblems(value.appearance),
  ];
}

/** Every problem of one ClaimReview object, in field order; [] when it is valid. */
export function claimReviewProblems(review: unknown): FieldProblem[] {
  if (!isJsonObject(review)) return [{ field: 'ClaimReview', problem: 'must be an object' }];
  const problems: FieldProblem[] = [];
  if (review['@context'] !== 'https://schema.org') problems.push({ field: '@context', problem: 'must be https://schema.org' });
  problems.push(...typeProblem(review, '', ['ClaimReview']));
  if (!isText(review.claimReviewed)) problems.push({ field: 'claimReviewed', problem: MISSING });
  problems.push(
    ...urlProblems(review.url, 'url', true),
    ...partyProblems(review.author, 'author', true, ['Organization', 'Person']),
    ...dateProblems(review.datePublished, 'datePublished', true),
    ...ratingProblems(review.reviewRating),
    ...itemReviewedProblems(review.itemReviewed),
  );
  return problems;
}

/** Where a user fixes a field ClaimLens fills from configuration. */
const FIXES: Record<string, { setting: string; text: string }> = {
  url: {
    setting: URL_TEMPLATE_SETTING,
    text: `the fact-check's own page: set ${URL_TEMPLATE_SETTING} (CLI ${URL_TEMPLATE_OPTION}), e.g. https://example.org/checks/{id}`,
  },
  'author.name': { setting: 'claimlens.export.organization', text: 'the publishing organisation: set claimlens.export.organization (CLI --org)' },
  'author.url': { setting: 'claimlens.export.organizationUrl', text: 'set claimlens.export.organizationUrl (CLI --org-url)' },
  'itemReviewed.appearance.url': { setting: 'claimlens.export.articleUrl', text: "the article's public URL: set claimlens.export.articleUrl (CLI --url)" },
  datePublished: { setting: '', text: 'CLI --date YYYY-MM-DD' },
};

export class ClaimReviewValidationError extends Error {
  /** Fields that are absent (the rest of `problems` have a wrong value). */
  readonly missing: string[];
  constructor(readonly problems: FieldProblem[]) {
    const missing = problems.filter((p) => p.problem === MISSING);
    const invalid = problems.filter((p) => p.problem !== MISSING);
    const hint = (field: string) => (FIXES[field] ? ` — ${FIXES[field].text}` : '');
    const parts: string[] = [];
    if (missing.length > 0) parts.push(`is missing required fields: ${missing.map((p) => p.field + hint(p.field)).join('; ')}`);
    if (invalid.length > 0) parts.push(`has invalid fields: ${invalid.map((p) => `${p.field} ${p.problem}${hint(p.field)}`).join('; ')}`);
    super(`ClaimReview export ${parts.join(', and ')}.`);
    this.name = 'ClaimReviewValidationError';
    this.missing = missing.map((p) => p.field);
  }

  /** The setting that fixes the first problem a setting can fix, if any. */
  get setting(): string | undefined {
    return this.problems.map((p) => FIXES[p.field]?.setting).find((s) => !!s);
  }
}
