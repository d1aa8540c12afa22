/**
 * What the verdict pickers offer (Mark Verdict…, Re-map Verdict…): the scale's verdicts with their
 * icon, label, letter and whether they are final; the statuses an article's reviews hold, unknown
 * ones first. Pure (no vscode), unit-tested.
 */
import { statusLook } from '../core/review/statusLook';
import { l10n } from '../l10n/l10n';
import { lookLabel } from '../l10n/statusWords';
import type { ReviewStatus } from '../core/review/types';
import type { VerdictScale } from '../core/review/verdictScale';

export interface VerdictChoice {
  /** "$(flame) Pants on Fire" */
  label: string;
  /** "Ctrl+Alt+K F · final" */
  description: string;
  verdict: string;
}

export function verdictChoices(scale: VerdictScale, current?: ReviewStatus, exclude?: ReviewStatus): VerdictChoice[] {
  return scale.verdicts.filter((v) => v.id !== exclude).map((v) => {
    const look = statusLook(v.id, scale);
    const parts = [
      ...(v.key ? [`Ctrl+Alt+K ${v.key.toUpperCase()}`] : []),
      v.final ? l10n.t('final') : l10n.t('not final: not published as ClaimReview unless asked'),
      ...(v.id === current ? [l10n.t('current')] : []),
    ];
    return { label: `$(${look.codicon}) ${v.label}`, description: parts.join(' · '), verdict: v.id };
  });
}

export interface StatusInUse {
  status: ReviewStatus;
  /** "unknown verdict ‹half-true›", "Pants on Fire" */
  label: string;
  unknown: boolean;
  /** The item keys holding it. */
  keys: string[];
}

/** The verdicts the items hold (not the workflow states), verdicts the scale lacks first, then in scale order. */
export function verdictsInUse(items: readonly { key: string; status: ReviewStatus }[], scale: VerdictScale): StatusInUse[] {
  const byStatus = new Map<ReviewStatus, string[]>();
  for (const i of items) {
    if (i.status === 'unreviewed' || i.status === 'dismissed') continue;
    byStatus.set(i.status, [...(byStatus.get(i.status) ?? []), i.key]);
  }
  const order = (s: ReviewStatus) => {
    const at = scale.verdicts.findIndex((v) => v.id === s);
    return at < 0 ? -1 : at;
  };
  return [...byStatus]
    .map(([status, keys]) => {
      const look = statusLook(status, scale);
      return { status, label: lookLabel(look), unknown: look.kind === 'unknown', keys };
    })
    .sort((a, b) => order(a.status) - order(b.status));
}

/** The message when a letter of the chord has no verdict: which letters do. */
export function noVerdictForKey(letter: string, scale: VerdictScale): string {
  const keys = scale.verdicts.filter((v) => v.key).map((v) => `${v.key!.toUpperCase()} ${v.label}`);
  return keys.length
    ? l10n.t('no verdict of the scale has the key {0} (keys: {1}).', letter.toUpperCase(), keys.join(', '))
    : l10n.t('no verdict of the scale has the key {0}.', letter.toUpperCase());
}
