/**
 * The organisation's verdict scale: what a reviewer can mark a claim (id, label, colour, icon,
 * keyboard letter), whether the verdict is final, and its ClaimReview rating. Read from
 * `.claimlens/verdicts.json` (schema: schemas/verdicts.schema.json); without that file, the
 * default scale: sourced / disputed / unverified. Review files store the verdict id, so
 * relabelling a verdict changes no review; an id a review file holds but the scale lacks is
 * reported (unknownVerdicts) and the review is kept as it is, never dropped or rewritten.
 */

import { isJsonObject } from '../jsonValue';

export const VERDICTS_FILE = '.claimlens/verdicts.json';
export const VERDICT_SCALE_VERSION = 1;

export interface VerdictRating {
  /** Absent: a textual rating only (alternateName). */
  ratingValue?: number;
  alternateName: string;
}

export interface Verdict {
  id: string;
  label: string;
  /** A hex colour or a theme colour id. */
  colour?: string;
  /** A codicon id. */
  icon?: string;
  /** The letter after the Ctrl+Alt+K chord, lower case. */
  key?: string;
  /** Published as ClaimReview; a non-final verdict only when asked. */
  final: boolean;
  claimReview: VerdictRating;
}

export interface VerdictScale {
  /** The numeric ClaimReview scale every ratingValue lies on. */
  worstRating: number;
  bestRating: number;
  verdicts: readonly Verdict[];
}

export const DEFAULT_VERDICT_SCALE: VerdictScale = {
  worstRating: 1,
  bestRating: 5,
  verdicts: [
    { id: 'sourced', label: 'Sourced', colour: 'claimlens.sidebar.sourcedIcon', icon: 'pass-filled', key: 's', final: true, claimReview: { ratingValue: 5, alternateName: 'Sourced' } },
    { id: 'disputed', label: 'Disputed', colour: 'claimlens.sidebar.disputedIcon', icon: 'error', key: 'd', final: true, claimReview: { ratingValue: 1, alternateName: 'Disputed' } },
    // Not final, and no number: 3 of 5 would read as "half true".
    { id: 'unverified', label: 'Unverified', colour: 'claimlens.sidebar.unverifiedIcon', icon: 'question', key: 'u', final: false, claimReview: { alternateName: 'Unverified' } },
  ],
};

/** Workflow states, not verdicts: a scale cannot redefine them. */
export const RESERVED_VERDICT_IDS: readonly string[] = ['unreviewed', 'dismissed'];
/** Letters of the Ctrl+Alt+K chord that belong to other commands (Add, Clear, Edit note, Link, Next, Previous, Re-analyze, Toggle, dismiss). */
export const RESERVED_KEYS: readonly string[] = ['a', 'c', 'e', 'l', 'n', 'p', 'r', 't', 'x'];

const ID = /^[a-z][a-z0-9-]{0,39}$/;
const COLOUR = /^(#([0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})|[a-zA-Z][a-zA-Z0-9]*(\.[a-zA-Z0-9]+)+)$/;
const ICON = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export type VerdictScaleResult = { ok: true; scale: VerdictScale } | { ok: false; errors: string[] };

type Obj = Record<string, unknown>;
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && /\S/.test(v) && v.length <= max;
const show = (v: unknown): string => (JSON.stringify(v) ?? String(v)).slice(0, 60);

function extraKeys(value: Obj, allowed: readonly string[], at: string, errors: string[]): void {
  for (const key of Object.keys(value)) if (!allowed.includes(key)) errors.push(`${at}: unknown field "${key.slice(0, 40)}" (allowed: ${allowed.join(', ')})`);
}

function readRatingBounds(value: unknown, errors: string[]): { worstRating: number; bestRating: number } {
  if (value === undefined) return { worstRating: DEFAULT_VERDICT_SCALE.worstRating, bestRating: DEFAULT_VERDICT_SCALE.bestRating };
  if (!isJsonObject(value)) {
    errors.push('claimReview: must be an object { "worstRating": 1, "bestRating": 5 }');
    return { worstRating: 1, bestRating: 5 };
  }
  extraKeys(value, ['worstRating', 'bestRating'], 'claimReview', errors);
  const { worstRating, bestRating } = value;
  if (typeof worstRating !== 'number' || !Number.isFinite(worstRating) || worstRating < 1) errors.push(`claimReview.worstRating: must be a number of at least 1 (ClaimReview's lowest allowed), not ${show(worstRating)}`);
  if (typeof bestRating !== 'number' || !Number.isFinite(bestRating)) errors.push(`claimReview.bestRating: must be a number, not ${show(bestRating)}`);
  else if (typeof worstRating === 'number' && bestRating <= worstRating) errors.push(`claimReview.bestRating: must be greater than worstRating (${bestRating} ≤ ${worstRating})`);
  return { worstRating: Number(worstRating), bestRating: Number(bestRating) };
}

function readVerdictRating(value: unknown, label: string, bounds: { worstRating: number; bestRating: number }, at: string, errors: string[]): VerdictRating {
  if (value === undefined) return { alternateName: label };
  if (!isJsonObject(value)) {
    errors.push(`${at}.claimReview: must be an object { "ratingValue": …, "alternateName": … }`);
    return { alternateName: label };
  }
  extraKeys(value, ['ratingValue', 'alternateName'], `${at}.claimReview`, errors);
  const { ratingValue, alternateName } = value;
  if (alternateName !== undefined && !isText(alternateName, 100)) errors.push(`${at}.claimReview.alternateName: must be text of 1–100 characters, not ${show(alternateName)}`);
  const rating: VerdictRating = { alternateName: typeof alternateName === 'string' && alternateName.trim() ? alternateName.trim() : label };
  if (ratingValue === undefined) return rating;
  if (typeof ratingValue !== 'number' || !Number.isFinite(ratingValue)) errors.push(`${at}.claimReview.ratingValue: must be a number, not ${show(ratingValue)}`);
  else if (ratingValue < bounds.worstRating || ratingValue > bounds.bestRating) {
    errors.push(`${at}.claimReview.ratingValue: ${ratingValue} is outside the scale's worstRating…bestRating (${bounds.worstRating}…${bounds.bestRating})`);
  } else rating.ratingValue = ratingValue;
  return rating;
}

function readVerdict(value: unknown, index: number, bounds: { worstRating: number; bestRating: number }, errors: string[]): Verdict | undefined {
  const at0 = `verdicts[${index}]`;
  if (!isJsonObject(value)) {
    errors.push(`${at0}: must be an object with id, label and final`);
    return undefined;
  }
  const at = typeof value.id === 'string' ? `${at0} ("${value.id.slice(0, 40)}")` : at0;
  const before = errors.length;
  extraKeys(value, ['id', 'label', 'colour', 'icon', 'key', 'final', 'claimReview'], at, errors);
  const { id, label, colour, icon, key, final } = value;
  if (typeof id !== 'string' || !ID.test(id)) errors.push(`${at}.id: must be lower-case letters, digits and hyphens starting with a letter (at most 40), not ${show(id)}`);
  else if (RESERVED_VERDICT_IDS.includes(id)) errors.push(`${at}.id: "${id}" is a workflow state, not a verdict; choose another id`);
  if (!isText(label, 60)) errors.push(`${at}.label: must be text of 1–60 characters, not ${show(label)}`);
  if (colour !== undefined && (typeof colour !== 'string' || !COLOUR.test(colour))) errors.push(`${at}.colour: must be #rgb, #rrggbb, #rrggbbaa or a theme colour id (editorError.foreground), not ${show(colour)}`);
  if (icon !== undefined && (typeof icon !== 'string' || icon.length > 40 || !ICON.test(icon))) errors.push(`${at}.icon: must be a codicon id such as check or warning, not ${show(icon)}`);
  if (key !== undefined && (typeof key !== 'string' || !/^[a-zA-Z]$/.test(key))) errors.push(`${at}.key: must be one letter, not ${show(key)}`);
  else if (typeof key === 'string' && RESERVED_KEYS.includes(key.toLowerCase())) errors.push(`${at}.key: "${key}" belongs to another ClaimLens command (reserved: ${RESERVED_KEYS.join(', ').toUpperCase()})`);
  if (typeof final !== 'boolean') errors.push(`${at}.final: must be true or false (is the verdict published as ClaimReview?), not ${show(final)}`);
  const claimReview = readVerdictRating(value.claimReview, typeof label === 'string' ? label.trim() : '', bounds, at, errors);
  if (errors.length > before) return undefined;
  return {
    id: id as string,
    label: (label as string).trim(),
    ...(colour !== undefined ? { colour: colour as string } : {}),
    ...(icon !== undefined ? { icon: icon as string } : {}),
    ...(key !== undefined ? { key: (key as string).toLowerCase() } : {}),
    final: final as boolean,
    claimReview,
  };
}

function duplicates(verdicts: readonly Verdict[], errors: string[]): void {
  const seen = new Map<string, number>();
  const keys = new Map<string, string>();
  verdicts.forEach((v, i) => {
    if (seen.has(v.id)) errors.push(`verdicts[${i}].id: "${v.id}" is already the id of verdicts[${seen.get(v.id)}]`);
    else seen.set(v.id, i);
    if (v.key && keys.has(v.key)) errors.push(`verdicts[${i}] ("${v.id}").key: "${v.key.toUpperCase()}" is already the key of "${keys.get(v.key)}"`);
    else if (v.key) keys.set(v.key, v.id);
  });
}

/** "(line 3, column 14)" of a JSON.parse error that gives a position; the file's text is never quoted. */
function jsonErrorPlace(json: string, error: unknown): string {
  const match = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  if (!match) return '';
  const lines = json.slice(0, Number(match[1])).split('\n');
  return ` (line ${lines.length}, column ${lines[lines.length - 1].length + 1})`;
}

/** The scale a verdicts file defines, or every problem found, each with its place in the file. */
export function parseVerdictScale(json: string): VerdictScaleResult {
  let doc: unknown;
  try {
    doc = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, errors: [`not valid JSON${jsonErrorPlace(json, error)}`] };
  }
  if (!isJsonObject(doc)) return { ok: false, errors: ['must be a JSON object { "version": 1, "verdicts": [ … ] }'] };
  const errors: string[] = [];
  extraKeys(doc, ['$schema', 'version', 'claimReview', 'verdicts'], 'the file', errors);
  if (doc.version !== VERDICT_SCALE_VERSION) {
    errors.push(typeof doc.version === 'number' && doc.version > VERDICT_SCALE_VERSION
      ? `version ${doc.version} is newer than this ClaimLens understands (${VERDICT_SCALE_VERSION}); update ClaimLens`
      : `version: must be ${VERDICT_SCALE_VERSION}, not ${show(doc.version)}`);
  }
  const bounds = readRatingBounds(doc.claimReview, errors);
  if (!Array.isArray(doc.verdicts) || doc.verdicts.length === 0) {
    errors.push('verdicts: must be a list of at least one verdict');
    return { ok: false, errors };
  }
  if (doc.verdicts.length > 40) errors.push(`verdicts: at most 40 verdicts, not ${doc.verdicts.length}`);
  const verdicts = doc.verdicts.map((v, i) => readVerdict(v, i, bounds, errors)).filter((v): v is Verdict => v !== undefined);
  duplicates(verdicts, errors);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, scale: { ...bounds, verdicts } };
}

export function verdictById(scale: VerdictScale, id: string): Verdict | undefined {
  return scale.verdicts.find((v) => v.id === id);
}

/** A status a review holds that the scale does not define, and the reviews holding it. */
export interface UnknownVerdict {
  id: string;
  annotationIds: string[];
}

/**
 * Statuses of reviews that are neither workflow states nor verdicts of the scale (a verdict was
 * removed or renamed), in first-seen order. The reviews are only reported: they stay as they are,
 * so they can be re-mapped, and a scale that defines the id again shows them as before.
 */
export function unknownVerdicts(annotations: readonly { id: string; status: string }[], scale: VerdictScale): UnknownVerdict[] {
  const found = new Map<string, string[]>();
  for (const a of annotations) {
    if (RESERVED_VERDICT_IDS.includes(a.status) || verdictById(scale, a.status)) continue;
    const ids = found.get(a.status) ?? [];
    ids.push(a.id);
    found.set(a.status, ids);
  }
  return [...found].map(([id, annotationIds]) => ({ id, annotationIds }));
}
