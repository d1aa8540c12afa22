/**
 * Markdown helpers for hovers (pure: unit-tested without VS Code). Article text, notes and URLs are
 * user data, escaped by core's escapeMarkdown in its one-line style.
 */
import { escapeMarkdown } from '../core/export/escapeMarkdown';
import { firstWords } from '../core/review/firstWords';
import { TOP_REASONS } from '../core/claims/learnedScorer';
import { resolvedName } from '../core/quotes/speakerName';
import type { ReviewItem } from '../core/review/types';
import { l10n } from '../l10n/l10n';
import { unresolvedSpeakerLabel } from '../l10n/speakerWords';

export function formatWhen(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${d.toISOString().replace('T', ' ').slice(0, 16)} UTC`;
}

/** A link only for plain http(s) URLs; anything else (javascript:, command:, odd characters) is shown as text. */
export function sourceLink(url: string, title?: string): string {
  const label = escapeMarkdown(firstWords(title || url, 60), 'line');
  return /^https?:\/\/[^\s()<>"'`\\]+$/i.test(url) ? `[${label}](${url})` : label;
}

/** A command link whose arguments are JSON, URI-encoded as VS Code expects. */
export function commandLink(label: string, command: string, args: unknown, tooltip: string): string {
  const encoded = encodeURIComponent(JSON.stringify(args));
  return `[${label}](command:${command}?${encoded} "${tooltip.replace(/"/g, "'")}")`;
}

/**
 * The claim's strongest reasons (what raised or lowered its score, with sign and size), at most
 * TOP_REASONS of them; the rest are in Claim Details.
 */
export function whyLine(reasons: readonly string[]): string {
  if (!reasons.length) return '';
  // The reasons themselves are the engine's English explanations (README, Localisation); the frame is localised.
  const why = l10n.t('Why: {0}', reasons.slice(0, TOP_REASONS).map((r) => escapeMarkdown(r, 'line')).join('; '));
  return reasons.length > TOP_REASONS ? `${why} · ${l10n.t('{0} more in Claim Details', reasons.length - TOP_REASONS)}` : why;
}

/**
 * A quote hover's speaker: the reviewer's, the resolved name (with its mention when that differs), or
 * `unresolved (“he”)` — never a bare pronoun as a name (the hover's *Correct Speaker…* link sets one).
 */
export function speakerField(item: ReviewItem): string {
  const e = (text: string): string => escapeMarkdown(text, 'line');
  const s = item.quote?.speaker;
  if (item.annotation?.speaker) return l10n.t('{0} (set by reviewer)', `**${e(item.annotation.speaker)}**`);
  const name = resolvedName(s);
  if (name && s) return `**${e(name)}**${s.mention.text !== name ? ` (“${e(s.mention.text)}”)` : ''}`;
  return `**${s ? e(unresolvedSpeakerLabel(s)) : l10n.t('unknown')}**`;
}
