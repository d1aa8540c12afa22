/**
 * Scores a sentence with the learned claim model and explains the score: the logit is the bias plus
 * one contribution per interpretable feature, word and phrase, so the reasons a reader sees add up
 * (with the bias) to exactly the number behind the score.
 */
import type { ClaimModel } from './claimModel';
import type { ScoringVector, SentenceVector } from './sentenceVector';
import { contextLabel } from './context';
import { readerExcerpt } from '../text/strings';

export interface Contribution {
  /** What a reader sees: `number "80 people"`, `word "unemployment"`, `phrase "percent of"`. */
  label: string;
  /** What it adds to the logit (negative: lowers the score). */
  weight: number;
}

export interface Explanation {
  bias: number;
  logit: number;
  /** Every non-zero contribution, largest effect first. */
  contributions: Contribution[];
}

export function logitOf(model: ClaimModel, v: ScoringVector): number {
  let z = model.bias;
  for (const h of v.named) z += model.named.get(h.feature) ?? 0;
  const mask = model.table.length - 1;
  let hashed = 0;
  for (let i = 0; i < v.buckets.length; i++) hashed += model.table[v.buckets[i] & mask] * v.values[i];
  return z + hashed * model.scale;
}

/** Probability from a logit, to four decimals (a ranking cannot order what shares a score). */
export function probability(logit: number): number {
  return Math.round(10000 / (1 + Math.exp(-logit))) / 10000;
}

/** Engine feature names that would mislead a reader as they are. */
const SHOWN_AS: Record<string, string> = {
  causal: 'cause or change word',
  copula: 'linking verb',
  'speaker self-reference': 'first person singular',
};

/** A feature as a reader sees it; a neighbour's feature (`next sentence: …`) reads as the feature itself does. */
function shownName(feature: string): string {
  const neighbour = /^(previous sentence|next sentence): (.+)$/.exec(feature);
  if (neighbour && SHOWN_AS[neighbour[2]]) return `${neighbour[1]}: ${SHOWN_AS[neighbour[2]]}`;
  return SHOWN_AS[feature] ?? contextLabel(feature) ?? feature;
}

/** `first`, `third`, `21st`: the number feature fires on ordinals too, which a reader would not call a number. */
const ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))$/i;

function namedLabel(feature: string, evidence: string): string {
  const name = feature === 'number' && ORDINAL.test(evidence.trim()) ? 'ordinal' : shownName(feature);
  const excerpt = readerExcerpt(evidence, 60);
  return excerpt ? `${name} "${excerpt}"` : name;
}

export function explain(model: ClaimModel, v: SentenceVector): Explanation {
  const contributions: Contribution[] = [];
  for (const h of v.named) {
    const w = model.named.get(h.feature) ?? 0;
    if (w !== 0) contributions.push({ label: namedLabel(h.feature, h.evidence), weight: w });
  }
  const mask = model.table.length - 1;
  const { groups, termGroup } = v;
  const perGroup = new Float64Array(groups.length);
  for (let i = 0; i < v.buckets.length; i++) perGroup[termGroup[i]] += model.table[v.buckets[i] & mask] * v.values[i];
  for (let g = 0; g < groups.length; g++) {
    if (perGroup[g] !== 0) contributions.push({ label: groups[g], weight: perGroup[g] * model.scale });
  }
  contributions.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.label.localeCompare(b.label));
  return { bias: model.bias, logit: logitOf(model, v), contributions };
}

/** `number "80 people" +1.2`, `first person "I" −0.4`: a contribution as a reason. */
export function formatContribution(c: Contribution): string {
  const size = Math.abs(c.weight).toFixed(2);
  return `${c.label} ${c.weight < 0 ? '\u2212' : '+'}${size}`;
}

/** How many reasons a hover or a tooltip shows; Claim Details shows them all. */
export const TOP_REASONS = 5;

/** Contributions under this size change the score by under about 1%: they are summed into one line instead. */
const VISIBLE = 0.05;

/**
 * Every contribution as a reason, largest effect first; those too small to matter are summed into
 * one last line, so the reasons still add up (with the bias) to the logit.
 */
export function reasonsOf(e: Explanation): string[] {
  const shown = e.contributions.filter((c) => Math.abs(c.weight) >= VISIBLE);
  const rest = e.contributions.filter((c) => Math.abs(c.weight) < VISIBLE);
  const reasons = shown.map(formatContribution);
  const restSum = rest.reduce((s, c) => s + c.weight, 0);
  if (rest.length && Math.abs(restSum) >= VISIBLE) reasons.push(formatContribution({ label: `${rest.length} smaller contributions`, weight: restSum }));
  return reasons;
}
