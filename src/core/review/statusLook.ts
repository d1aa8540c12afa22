/**
 * How a status looks under a verdict scale: its label, icon, colour and keyboard letter, for every
 * place that shows one (editor decorations, gutter, hover, tree, status bar, commands, reports).
 * A workflow state (unreviewed, dismissed) looks as it always does; a verdict of the scale as the
 * scale says; a status the scale does not define (the scale changed after the review) is an
 * "unknown verdict ‹id›": shown, kept, never dropped, and re-mappable. Pure data (no vscode).
 */
import { STATUS_WORDS } from './statuses';
import type { BuiltInStatus, ReviewStatus, WorkflowStatus } from './types';
import { DEFAULT_VERDICT_SCALE, verdictById, type Verdict, type VerdictScale } from './verdictScale';

export type StatusKind = 'workflow' | 'verdict' | 'unknown';

export interface StatusLook {
  id: ReviewStatus;
  kind: StatusKind;
  /** "Sourced", "Pants on Fire", "unknown verdict ‹half-true›". */
  label: string;
  /** Codicon id. */
  codicon: string;
  /** A theme colour id or a hex colour. */
  colour: string;
  /** Prefix in the Markdown report and gutter hover. */
  emoji: string;
  /** The letter after Ctrl+Alt+K, when the scale gives one. */
  key?: string;
  /** Published as ClaimReview (workflow states and unknown verdicts never are). */
  final: boolean;
  /**
   * True when the look is the built-in one of a default verdict (its id and colour are the default
   * scale's): the editor then uses the theme colours package.json declares for it.
   */
  builtIn: boolean;
}

/** A verdict the scale gives no colour or icon. */
export const CUSTOM_VERDICT_COLOUR = 'charts.blue';
export const CUSTOM_VERDICT_ICON = 'circle-filled';
/** An unknown verdict: a warning, like an orphan. */
export const UNKNOWN_VERDICT_COLOUR = 'list.warningForeground';
export const UNKNOWN_VERDICT_ICON = 'warning';

export function unknownVerdictLabel(id: string): string {
  return `unknown verdict \u2039${id}\u203a`;
}

function isBuiltInStatus(id: string): id is BuiltInStatus {
  return Object.prototype.hasOwnProperty.call(STATUS_WORDS, id);
}

function verdictLook(v: Verdict): StatusLook {
  const fallback = verdictById(DEFAULT_VERDICT_SCALE, v.id);
  const builtIn = fallback !== undefined && (v.colour === undefined || v.colour === fallback.colour);
  const words = isBuiltInStatus(v.id) ? STATUS_WORDS[v.id] : undefined;
  return {
    id: v.id,
    kind: 'verdict',
    label: v.label,
    codicon: v.icon ?? fallback?.icon ?? CUSTOM_VERDICT_ICON,
    colour: v.colour ?? fallback?.colour ?? CUSTOM_VERDICT_COLOUR,
    emoji: words?.emoji ?? '\u25cf',
    ...(v.key ? { key: v.key } : {}),
    final: v.final,
    builtIn,
  };
}

/** The look of `status` under `scale`. */
export function statusLook(status: ReviewStatus, scale: VerdictScale = DEFAULT_VERDICT_SCALE): StatusLook {
  if (status === 'unreviewed' || status === 'dismissed') {
    const w = STATUS_WORDS[status as WorkflowStatus];
    return { id: status, kind: 'workflow', label: w.label, codicon: w.codicon, colour: w.iconColor, emoji: w.emoji, final: false, builtIn: true };
  }
  const verdict = verdictById(scale, status);
  if (verdict) return verdictLook(verdict);
  return {
    id: status, kind: 'unknown', label: unknownVerdictLabel(status), codicon: UNKNOWN_VERDICT_ICON, colour: UNKNOWN_VERDICT_COLOUR,
    emoji: '\u26a0\ufe0f', final: false, builtIn: false,
  };
}

/** A hex colour (#rgb, #rrggbb, #rrggbbaa), as opposed to a theme colour id. */
export function isHexColour(colour: string): boolean {
  return /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/.test(colour);
}

/** "#abc" → "#aabbcc"; "#rrggbbaa" → "#rrggbb". Undefined for a theme colour id. */
export function hexRgb(colour: string): string | undefined {
  if (!isHexColour(colour)) return undefined;
  const h = colour.slice(1);
  const six = h.length === 3 ? [...h].map((c) => c + c).join('') : h.slice(0, 6);
  return `#${six.toLowerCase()}`;
}

/**
 * The band a status's claims fall in when only one can be shown (a line's gutter icon) or claims
 * are triaged, most urgent first: an unknown verdict (it needs re-mapping), then final verdicts in
 * the lower half of the rating scale (a false claim needs a write-up), unreviewed claims, non-final
 * verdicts and final ones without a number, final verdicts in the upper half; within a band the
 * lower rating first. The default scale gives disputed, unreviewed, unverified, sourced.
 */
export function urgencyRank(status: ReviewStatus, scale: VerdictScale = DEFAULT_VERDICT_SCALE): number {
  if (status === 'unreviewed') return 200;
  if (status === 'dismissed') return 900;
  const verdict = verdictById(scale, status);
  if (!verdict) return 0;
  const rating = verdict.claimReview.ratingValue;
  const index = scale.verdicts.indexOf(verdict) / 100;
  if (!verdict.final || rating === undefined) return 300 + index;
  const middle = (scale.worstRating + scale.bestRating) / 2;
  const within = (rating - scale.worstRating) / Math.max(1, scale.bestRating - scale.worstRating);
  return (rating < middle ? 100 : 400) + within * 50 + index;
}

/** The verdict a letter of the Ctrl+Alt+K chord sets under `scale`, if any. */
export function verdictOfKey(scale: VerdictScale, key: string): Verdict | undefined {
  const k = key.toLowerCase();
  return scale.verdicts.find((v) => v.key === k);
}


/** The look's colour for CSS (a webview): a hex colour as it is, a theme colour as VS Code's CSS variable of it. */
export function cssColour(colour: string): string {
  return isHexColour(colour) ? colour : `var(--vscode-${colour.replace(/\./g, '-')})`;
}
