/**
 * The CI gate: which review items make `claimlens check` fail. Pure, so the rules are unit-tested.
 *   unreviewed — a check-worthy claim (score ≥ threshold, or added by hand) nobody reviewed
 *   disputed   — a claim or quote marked disputed
 *   orphaned   — a review whose text can no longer be found in the article
 *   changed    — a reviewed item whose text was edited after the review (in the editor, or outside
 *                it: sed, git checkout), so its verdict may no longer hold; also a review detached
 *                because the text in its place now states other facts (a number changed)
 *   matched-false — (opt-in, needs archives) a claim whose best strong match in the archives
 *                   is rated false (core/matching/rating.ts says what counts as false)
 */
import type { Match } from '../core/matching/matchIndex';
import { isReviewed } from '../core/review/statuses';
import type { ReviewItem } from '../core/review/types';

export type GateReason = 'unreviewed' | 'disputed' | 'orphaned' | 'changed' | 'matched-false';
export const GATE_REASONS: readonly GateReason[] = ['unreviewed', 'disputed', 'orphaned', 'changed', 'matched-false'];
export const DEFAULT_FAIL_ON: readonly GateReason[] = ['unreviewed', 'disputed', 'orphaned', 'changed'];

export interface GateFinding {
  reason: GateReason;
  item: ReviewItem;
  /** matched-false: the earlier fact-check. */
  match?: Match;
}

/** The best strong match of a claim in the archives, when archives were given. */
export type BestMatch = (item: ReviewItem) => Match | undefined;

export function gateFindings(items: readonly ReviewItem[], failOn: readonly GateReason[], bestMatch?: BestMatch): GateFinding[] {
  const on = new Set(failOn);
  const findings: GateFinding[] = [];
  for (const item of items) {
    if (item.orphaned) {
      // Detached because its text now states other facts (a number changed): that is a change.
      const changed = item.anchor?.factChange !== undefined && isReviewed(item.status);
      if (changed && on.has('changed')) findings.push({ reason: 'changed', item });
      else if (on.has('orphaned')) findings.push({ reason: 'orphaned', item });
      continue;
    }
    if (item.status === 'disputed' && on.has('disputed')) findings.push({ reason: 'disputed', item });
    if (item.kind === 'claim' && item.status === 'unreviewed' && on.has('unreviewed')) findings.push({ reason: 'unreviewed', item });
    if (item.annotation?.changedSinceReview && isReviewed(item.status) && on.has('changed')) findings.push({ reason: 'changed', item });
    if (on.has('matched-false') && bestMatch && item.kind === 'claim' && item.status !== 'dismissed') {
      const match = bestMatch(item);
      if (match?.strong && match.fact.verdict === 'false') findings.push({ reason: 'matched-false', item, match });
    }
  }
  return findings;
}

export function parseFailOn(value: string): GateReason[] {
  const parts = value.split(',').map((p) => p.trim().toLowerCase()).filter(Boolean);
  const bad = parts.filter((p) => !(GATE_REASONS as readonly string[]).includes(p));
  if (bad.length > 0) throw new Error(`--fail-on: unknown ${bad.join(', ')} (use ${GATE_REASONS.join(', ')}).`);
  return [...new Set(parts)] as GateReason[];
}
