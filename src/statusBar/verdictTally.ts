/**
 * The verdicts of an article as the status bar shows them under the workspace's scale: the
 * default scale keeps its "N disputed" (inText empty); a workspace scale shows its most urgent
 * verdicts given, and the tooltip one line per verdict given, each with its icon and (a hex
 * colour) a bullet in its colour. An unknown verdict colours the item as a warning. Pure (no vscode).
 */
import { escapeMarkdown } from '../core/export/escapeMarkdown';
import { hexRgb, statusLook, UNKNOWN_VERDICT_COLOUR, urgencyRank } from '../core/review/statusLook';
import type { ReviewStatus } from '../core/review/types';
import { l10n } from '../l10n/l10n';
import { lookLabel } from '../l10n/statusWords';
import { DEFAULT_VERDICT_SCALE, type VerdictScale } from '../core/review/verdictScale';

export interface VerdictTally {
  /** " · "-joined counts for the item's text ("2 Pants on Fire · 1 True"), empty for the default scale. */
  inText: string;
  /** Tooltip lines (Markdown with a colour span): "● $(flame) Pants on Fire: 2". */
  lines: string[];
  /** The item's colour: set when a review holds a verdict the scale lacks. */
  colour?: string;
}

/** Verdicts named in the status bar's text at most; the tooltip lists them all. */
const IN_TEXT = 2;

export function verdictTally(items: readonly { status: ReviewStatus; orphaned?: boolean }[], scale: VerdictScale): VerdictTally {
  const counts = new Map<ReviewStatus, number>();
  for (const i of items) {
    if (i.orphaned || i.status === 'unreviewed' || i.status === 'dismissed') continue;
    counts.set(i.status, (counts.get(i.status) ?? 0) + 1);
  }
  const given = [...counts].sort((a, b) => urgencyRank(a[0], scale) - urgencyRank(b[0], scale));
  const lines = given.map(([status, n]) => {
    const look = statusLook(status, scale);
    const rgb = hexRgb(look.colour);
    const bullet = rgb ? `<span style="color:${rgb};">\u25cf</span> ` : '';
    return `${bullet}$(${look.codicon}) ${escapeMarkdown(lookLabel(look), 'line')}: ${n}`;
  });
  const named = given.slice(0, IN_TEXT).map(([status, n]) => `${n} ${lookLabel(statusLook(status, scale))}`);
  const more = given.length > IN_TEXT ? ' · …' : '';
  const inText = scale === DEFAULT_VERDICT_SCALE ? '' : named.length ? named.join(' · ') + more : l10n.t('no verdicts yet');
  const unknown = given.some(([status]) => statusLook(status, scale).kind === 'unknown');
  return { inText, lines, ...(unknown ? { colour: UNKNOWN_VERDICT_COLOUR } : {}) };
}
