/**
 * The review queue as the sidebar shows it: filtering, grouping with counts, and the short
 * labels/descriptions of each row. Pure (no vscode) so it is unit-tested in plain Node.
 */
import { CLAIM_TYPES } from '../../core/types';
import { escapeMarkdown } from '../../core/export/escapeMarkdown';
import { ORPHAN_ICON } from '../../core/review/statuses';
import { l10n } from '../../l10n/l10n';
import { unresolvedSpeakerLabel } from '../../l10n/speakerWords';
import { lookLabel } from '../../l10n/statusWords';
import { byPriority } from '../../core/review/priority';
import { statusLook, urgencyRank } from '../../core/review/statusLook';
import type { ReviewItem, ReviewStatus } from '../../core/review/types';
import { DEFAULT_VERDICT_SCALE, type VerdictScale } from '../../core/review/verdictScale';
import type { Speaker } from '../../core/types';
import { isUnresolved, resolvedName } from '../../core/quotes/speakerName';
import { TOP_REASONS } from '../../core/claims/learnedScorer';
import { keyWordsFirst } from './itemLabel';
import { firstWords } from '../../core/review/firstWords';

export type GroupBy = 'priority' | 'status' | 'type' | 'speaker' | 'checked';
export const GROUP_BYS: readonly GroupBy[] = ['priority', 'status', 'type', 'speaker', 'checked'];
/** The Review view's grouping until the user picks another: the triage queue. */
export const DEFAULT_GROUP_BY: GroupBy = 'priority';

export type KindFilter = 'all' | 'claim' | 'quote';

export interface QueueFilter {
  unreviewedOnly: boolean;
  kind: KindFilter;
  /** 0–1; applies to items with a check-worthiness score (detected claims). */
  minScore: number;
  /** Case- and accent-insensitive substring over text, speaker, note and sources. */
  search: string;
}

export const DEFAULT_FILTER: QueueFilter = { unreviewedOnly: false, kind: 'all', minScore: 0, search: '' };

export function isFilterActive(f: QueueFilter): boolean {
  return f.unreviewedOnly || f.kind !== 'all' || f.minScore > 0 || f.search.trim() !== '';
}

/** Human summary of the active filters, e.g. "unreviewed · claims · score ≥ 0.5 · “putin”". */
export function describeFilter(f: QueueFilter): string {
  const parts: string[] = [];
  if (f.unreviewedOnly) parts.push(l10n.t('unreviewed'));
  if (f.kind !== 'all') parts.push(f.kind === 'claim' ? l10n.t('claims') : l10n.t('quotes'));
  if (f.minScore > 0) parts.push(l10n.t('score ≥ {0}', f.minScore));
  if (f.search.trim() !== '') parts.push(`“${firstWords(f.search.trim(), 24)}”`);
  return parts.join(' · ');
}

export interface Group {
  /** Stable id (used for tree identity and collapse state). */
  id: string;
  /** Without the count. */
  name: string;
  items: ReviewItem[];
  orphans: boolean;
  /** Set when the group holds one kind by construction and its name says so ("Quotes", "Claims to review"). */
  kind?: 'claim' | 'quote';
  /** Rarely worked on: the tree starts it collapsed (dismissed items). */
  collapsed?: boolean;
}

/** The group of a claim type (a function: the names are in the user's language). */
function typeLabel(type: string): string {
  switch (type) {
    case 'quantity': return l10n.t('Quantity');
    case 'prediction': return l10n.t('Prediction');
    case 'causation': return l10n.t('Causation');
    case 'law': return l10n.t('Law / rules');
    case 'personal': return l10n.t('Personal experience');
    case 'other': return l10n.t('Other claims');
    default: return type;
  }
}

/** The reviewer's speaker override wins over the detected one; an unresolved mention (`he`) names no one. */
export function speakerOf(item: ReviewItem): string | undefined {
  const override = item.annotation?.speaker?.trim();
  if (override) return override;
  return resolvedName(item.quote?.speaker);
}

/** A quote whose detected speaker is an unresolved pronoun or relative word, with no override. */
export function unresolvedSpeaker(item: ReviewItem): Speaker | undefined {
  const s = item.quote?.speaker;
  return !speakerOf(item) && isUnresolved(s) ? s : undefined;
}

export function scoreOf(item: ReviewItem): number | undefined {
  return item.claim?.score;
}

function fold(s: string): string {
  // NFKD + strip combining marks: "Délattre" matches "delattre".
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function matchesFilter(item: ReviewItem, f: QueueFilter): boolean {
  if (f.kind !== 'all' && item.kind !== f.kind) return false;
  // Orphans always need attention: only kind and text search hide them.
  if (!item.orphaned) {
    if (f.unreviewedOnly && item.status !== 'unreviewed') return false;
    const score = scoreOf(item);
    if (f.minScore > 0 && score !== undefined && score < f.minScore) return false;
  }
  const q = f.search.trim();
  if (q !== '') {
    const hay = [item.text, speakerOf(item) ?? '', item.annotation?.note ?? '', ...(item.annotation?.sources ?? []).map((s) => `${s.url} ${s.title ?? ''}`)].join('\n');
    if (!fold(hay).includes(fold(q))) return false;
  }
  return true;
}

export function filterItems(items: readonly ReviewItem[], f: QueueFilter): ReviewItem[] {
  return items.filter((i) => matchesFilter(i, f));
}

function byPosition(a: ReviewItem, b: ReviewItem): number {
  const sa = a.range?.start ?? Number.MAX_SAFE_INTEGER;
  const sb = b.range?.start ?? Number.MAX_SAFE_INTEGER;
  return sa - sb || a.key.localeCompare(b.key);
}

/**
 * Speaker of each claim = speaker of a quote overlapping it (a claim inside a quotation is
 * that person's claim). Sweep over both lists sorted by start: O((n + m) log) not O(n·m).
 */
export function claimSpeakers(items: readonly ReviewItem[]): Map<string, string> {
  return fromOverlappingQuote(items, speakerOf);
}

/** For each claim, `of` the first quote overlapping it for which `of` gives a value. */
function fromOverlappingQuote<T>(items: readonly ReviewItem[], of: (quote: ReviewItem) => T | undefined): Map<string, T> {
  const quotes = items
    .filter((i) => i.kind === 'quote' && i.range && of(i) !== undefined)
    .sort(byPosition);
  const claims = items.filter((i) => i.kind === 'claim' && i.range).sort(byPosition);
  const out = new Map<string, T>();
  let first = 0;
  for (const c of claims) {
    const r = c.range!;
    // Claims come in start order, so a quote ending before this claim can't overlap any later one.
    while (first < quotes.length && quotes[first].range!.end <= r.start) first++;
    for (let j = first; j < quotes.length; j++) {
      const qr = quotes[j].range!;
      if (qr.start >= r.end) break;
      if (qr.end > r.start) {
        out.set(c.key, of(quotes[j])!);
        break;
      }
    }
  }
  return out;
}

/** The group-by-speaker group of an item's own speaker: the person, or one "Unresolved" group for `he`, `who`, … */
function speakerGroup(item: ReviewItem): { id: string; name: string } | undefined {
  const name = speakerOf(item);
  if (name) return { id: `speaker:${fold(name)}`, name };
  return unresolvedSpeaker(item) ? { id: UNRESOLVED_GROUP, name: l10n.t('Unresolved') } : undefined;
}

/** The one group of quotes whose speaker is an unresolved pronoun or relative word, and of the claims inside them. */
const UNRESOLVED_GROUP = 'speaker:?';

/**
 * Groups in a stable order; empty groups are omitted; orphans last, whatever the grouping.
 * `checkedBefore` says which claims have a strong earlier fact-check (grouping 'checked').
 */
export function groupItems(
  items: readonly ReviewItem[], by: GroupBy, checkedBefore: (item: ReviewItem) => boolean = () => false, scale: VerdictScale = DEFAULT_VERDICT_SCALE,
): Group[] {
  const placed = items.filter((i) => !i.orphaned).sort(byPosition);
  const orphans = items.filter((i) => i.orphaned).sort((a, b) => a.text.localeCompare(b.text) || a.key.localeCompare(b.key));
  const buckets = new Map<string, { name: string; items: ReviewItem[]; kind?: 'claim' | 'quote' }>();
  const put = (id: string, name: string, item: ReviewItem, kind?: 'claim' | 'quote'): void => {
    let b = buckets.get(id);
    if (!b) buckets.set(id, (b = { name, items: [], ...(kind ? { kind } : {}) }));
    b.items.push(item);
  };
  let order: string[];
  if (by === 'priority') {
    order = groupByPriority(placed, put, scale);
    buckets.get('claims')?.items.sort(byPriority);
    // Within a verdict, claims before quotes (each in text order).
    for (const status of order) if (status !== 'claims') buckets.get(status)?.items.sort((a, b) => Number(a.kind === 'quote') - Number(b.kind === 'quote'));
  } else if (by === 'status') {
    for (const i of placed) put(i.status, lookLabel(statusLook(i.status, scale)), i);
    // The scale's order; verdicts it lacks after its own.
    const unknown = [...buckets.keys()].filter((id) => id !== 'unreviewed' && id !== 'dismissed' && !scale.verdicts.some((v) => v.id === id));
    order = ['unreviewed', ...scale.verdicts.map((v) => v.id), ...unknown.sort(), 'dismissed'];
  } else if (by === 'type') {
    for (const i of placed) {
      if (i.kind === 'quote') put('quote', l10n.t('Quotes'), i, 'quote');
      else if (i.claim) put(i.claim.type, typeLabel(i.claim.type), i, 'claim');
      else put('manual', l10n.t('Added by hand'), i, 'claim');
    }
    order = [...CLAIM_TYPES, 'manual', 'quote'];
  } else if (by === 'checked') {
    for (const i of placed) {
      if (i.kind === 'quote') put('quote', l10n.t('Quotes'), i, 'quote');
      else if (checkedBefore(i)) put('checked', l10n.t('Checked before'), i, 'claim');
      else put('new', l10n.t('Not checked before'), i, 'claim');
    }
    order = ['checked', 'new', 'quote'];
  } else {
    const fromQuotes = fromOverlappingQuote(placed, speakerGroup);
    for (const i of placed) {
      const group = speakerGroup(i) ?? fromQuotes.get(i.key);
      if (group) put(group.id, group.name, i);
      else put('speaker:', l10n.t('No speaker'), i);
    }
    // Most-quoted people first, then by name; "Unresolved", then "No speaker" last.
    order = [...buckets.entries()]
      .filter(([id]) => id !== 'speaker:' && id !== UNRESOLVED_GROUP)
      .sort((a, b) => b[1].items.length - a[1].items.length || a[1].name.localeCompare(b[1].name))
      .map(([id]) => id)
      .concat(UNRESOLVED_GROUP, 'speaker:');
  }
  const groups: Group[] = [];
  for (const id of order) {
    const b = buckets.get(id);
    if (b) groups.push({ id: `${by}:${id}`, name: b.name, items: b.items, orphans: false, ...(b.kind ? { kind: b.kind } : {}), ...(id === 'dismissed' ? { collapsed: true } : {}) });
  }
  if (orphans.length > 0) groups.push({ id: 'orphans', name: l10n.t('Orphaned'), items: orphans, orphans: true });
  return groups;
}

/**
 * The triage queue: claims to review (sorted by the caller, by priority), then the verdicts, the
 * most urgent first (claims, then quotes), then the quotes to review and the dismissed items.
 */
function groupByPriority(
  placed: readonly ReviewItem[], put: (id: string, name: string, item: ReviewItem, kind?: 'claim' | 'quote') => void, scale: VerdictScale,
): string[] {
  const verdicts = new Set<ReviewStatus>();
  for (const i of placed) {
    if (i.status === 'unreviewed') {
      if (i.kind === 'claim') put('claims', l10n.t('Claims to review'), i, 'claim');
      else put('quotes', l10n.t('Quotes to review'), i, 'quote');
    } else {
      put(i.status, lookLabel(statusLook(i.status, scale)), i);
      if (i.status !== 'dismissed') verdicts.add(i.status);
    }
  }
  // Verdicts by urgency under the scale (the default: disputed, unverified, sourced); unknown ones first.
  const byUrgency = [...verdicts].sort((a, b) => urgencyRank(a, scale) - urgencyRank(b, scale) || a.localeCompare(b));
  return ['claims', ...byUrgency, 'quotes', 'dismissed'];
}

/** "12 claims · 3 quotes", "1 claim", "2 quotes": claims and quotes counted apart. */
export function countWords(items: readonly ReviewItem[]): string {
  const claims = items.filter((i) => i.kind !== 'quote').length;
  const quotes = items.length - claims;
  const parts: string[] = [];
  if (claims || !quotes) parts.push(claims === 1 ? l10n.t('1 claim') : l10n.t('{0} claims', claims));
  if (quotes) parts.push(quotes === 1 ? l10n.t('1 quote') : l10n.t('{0} quotes', quotes));
  return parts.join(' · ');
}

/** "Claims to review (12)" when the name says the kind, else "Disputed (2 claims · 1 quote)". */
export function groupLabel(g: Group): string {
  return `${g.name} (${g.kind ? g.items.length : countWords(g.items)})`;
}

/** Icon of a row: claims by the shape of their status, quotes a quotation mark; both in the status's colour. */
export function itemIcon(item: ReviewItem, scale: VerdictScale = DEFAULT_VERDICT_SCALE): { codicon: string; color: string } {
  if (item.orphaned) return { codicon: ORPHAN_ICON.codicon, color: ORPHAN_ICON.iconColor };
  const look = statusLook(item.status, scale);
  // The default verdicts' icon colours are the Review view's own theme colours.
  const color = look.builtIn ? `claimlens.sidebar.${look.id}Icon` : look.colour;
  return { codicon: item.kind === 'quote' ? QUOTE_CODICON : look.codicon, color };
}

/** Codicon of a quote row, whatever its status (claims never use it). */
export const QUOTE_CODICON = 'quote';

/** The row's label: the sentence's key words first (framing words dropped), cut to fit a sidebar. */
export function itemLabel(item: ReviewItem, max = 72): string {
  return firstWords(keyWordsFirst(item.text), max);
}


/** The whole text for a tooltip (whitespace collapsed), capped only for pathological lengths. */
export function fullText(text: string): string {
  return firstWords(text, 4000);
}

/** The grey text after the label: score and type for claims, speaker for quotes, reason for orphans. */
export function describeItem(item: ReviewItem): string {
  if (item.orphaned) return item.anchor?.reason ? l10n.t('orphaned: {0}', item.anchor.reason) : l10n.t('orphaned');
  const parts: string[] = [];
  if (item.kind === 'claim') {
    if (item.claim) parts.push(item.claim.score.toFixed(2), item.claim.type);
    else parts.push(l10n.t('added by hand'));
  } else {
    const who = speakerOf(item);
    parts.push(who ? `— ${who}` : unresolvedSpeaker(item) ? '— ?' : l10n.t('quote, no speaker'));
  }
  if (item.annotation?.note) parts.push('✎');
  const n = item.annotation?.sources.length ?? 0;
  if (n > 0) parts.push(n === 1 ? l10n.t('1 source') : l10n.t('{0} sources', n));
  return parts.join(' · ');
}

/** The tooltip of a row as Markdown; every piece of article or reviewer text is escaped. */
export function itemTooltipMarkdown(item: ReviewItem, scale: VerdictScale = DEFAULT_VERDICT_SCALE): string {
  const e = (text: string): string => escapeMarkdown(text, 'lines');
  const lines: string[] = [];
  const kind = item.kind === 'claim' ? l10n.t('Claim') : l10n.t('Quote');
  lines.push(`**${kind}** · ${e(lookLabel(statusLook(item.status, scale)))}${item.orphaned ? ` · **${l10n.t('orphaned')}**` : ''}`);
  lines.push('', `> ${e(fullText(item.text))}`, '');
  if (item.orphaned) lines.push(l10n.t('*Orphaned:* {0}', e(item.anchor?.reason ?? l10n.t('its text is no longer in the article'))), '');
  if (item.claim) {
    lines.push(l10n.t('*Type:* {0} · *Score:* {1}', e(item.claim.type), item.claim.score.toFixed(2)));
    if (item.claim.reasons.length) lines.push('', ...item.claim.reasons.slice(0, TOP_REASONS).map((r) => `- ${e(r)}`));
    const people = item.claim.entities.people;
    if (people.length) lines.push('', l10n.t('*People:* {0}', people.map(e).join(', ')));
  }
  if (item.quote) {
    const who = speakerOf(item);
    const unresolved = unresolvedSpeaker(item);
    const speaker = who ? e(who) : unresolved ? e(unresolvedSpeakerLabel(unresolved)) : l10n.t('unknown');
    lines.push(item.annotation?.speaker
      ? l10n.t('*Speaker:* {0} (set by reviewer) · *Kind:* {1}', speaker, e(item.quote.kind))
      : l10n.t('*Speaker:* {0} · *Kind:* {1}', speaker, e(item.quote.kind)));
    if (item.quote.cue) lines.push(l10n.t('*Cue:* {0}', e(item.quote.cue.text)));
  }
  const a = item.annotation;
  if (a) {
    if (a.note) lines.push('', l10n.t('*Note:* {0}', e(a.note)));
    if (a.sources.length) lines.push('', l10n.t('*Sources:*'), ...a.sources.map((s) => `- ${e(s.title ? `${s.title} — ${s.url}` : s.url)}`));
    lines.push('', l10n.t('*Reviewed by* {0} *at* {1}', e(a.updated.by), e(a.updated.at)));
  }
  return lines.join('\n');
}
