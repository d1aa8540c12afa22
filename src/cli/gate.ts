/**
 * The CI gate: which review items make `claimlens check` fail. Pure, so the rules are unit-tested.
 *   unreviewed — a check-worthy claim (score ≥ threshold, or added by hand) nobody reviewed
 *   disputed   — a claim or quote marked disputed
 *   orphaned   — a review whose text can no longer be found in the article
 *   changed    — a reviewed item whose text was edited after the review (in the editor, or outside
 *                it: sed, git checkout), so its verdict may no longer hold; also a review detached
 *                because the text in its place now states other facts (a number changed)
 */
import type { ReviewItem } from '../core/review/types';

export type GateReason = 'unreviewed' | 'disputed' | 'orphaned' | 'changed';
export const GATE_REASONS: readonly GateReason[] = ['unreviewed', 'disputed', 'orphaned', 'changed'];
export const DEFAULT_FAIL_ON: readonly GateReason[] = ['unreviewed', 'disputed', 'orphaned', 'changed'];

export interface GateFinding {
  reason: GateReason;
  item: ReviewItem;
}

/** A status that says something about the text (sourced, disputed, unverified). */
const isVerdict = (item: ReviewItem) => item.status !== 'unreviewed' && item.status !== 'dismissed';

export function gateFindings(items: readonly ReviewItem[], failOn: readonly GateReason[]): GateFinding[] {
  const on = new Set(failOn);
  const findings: GateFinding[] = [];
  for (const item of items) {
    if (item.orphaned) {
      // Detached because its text now states other facts (a number changed): that is a change.
      const changed = item.anchor?.factChange !== undefined && isVerdict(item);
      if (changed && on.has('changed')) findings.push({ reason: 'changed', item });
      else if (on.has('orphaned')) findings.push({ reason: 'orphaned', item });
      continue;
    }
    if (item.status === 'disputed' && on.has('disputed')) findings.push({ reason: 'disputed', item });
    if (item.kind === 'claim' && item.status === 'unreviewed' && on.has('unreviewed')) findings.push({ reason: 'unreviewed', item });
    if (item.annotation?.changedSinceReview && isVerdict(item) && on.has('changed')) findings.push({ reason: 'changed', item });
  }
  return findings;
}

export function parseFailOn(value: string): GateReason[] {
  const parts = value.split(',').map((p) => p.trim().toLowerCase()).filter(Boolean);
  const bad = parts.filter((p) => !(GATE_REASONS as readonly string[]).includes(p));
  if (bad.length > 0) throw new Error(`--fail-on: unknown ${bad.join(', ')} (use ${GATE_REASONS.join(', ')}).`);
  return [...new Set(parts)] as GateReason[];
}
