/**
 * The review queue as the sidebar shows it: filtering, grouping with counts, and the short
 * labels/descriptions of each row. Pure (no vscode) so it is unit-tested in plain Node.
 */
import { CLAIM_TYPES } from '../../core/types';
import { escapeMarkdown } from '../../core/export/escapeMarkdown';
import { REVIEW_STATUSES, STATUS_WORDS } from '../../core/review/statuses';
import type { ReviewItem } from '../../core/review/types';
import { TOP_REASONS } from '../../core/claims/learnedScorer';

export type GroupBy = 'status' | 'type' | 'speaker' | 'checked';
export const GROUP_BYS: readonly GroupBy[] = ['status', 'type', 'speaker', 'checked'];

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
  if (f.unreviewedOnly) parts.push('unreviewed');
  if (f.kind !== 'all') parts.push(f.kind === 'claim' ? 'claims' : 'quotes');
  if (f.minScore > 0) parts.push(`score ≥ ${f.minScore}`);
  if (f.search.trim() !== '') parts.push(`“${shorten(f.search.trim(), 24)}”`);
  return parts.join(' · ');
}

export interface Group {
  /** Stable id (used for tree identity and collapse state). */
  id: string;
  /** Without the count. */
  name: string;
  items: ReviewItem[];
  orphans: boolean;
}

const TYPE_LABELS: Record<string, string> = {
  quantity: 'Quantity',
  prediction: 'Prediction',
  causation: 'Causation',
  law: 'Law / rules',
  personal: 'Personal experience',
  other: 'Other claims',
};

/** The reviewer's speaker override wins over the detected one. */
export function speakerOf(item: ReviewItem): string | undefined {
  const override = item.annotation?.speaker?.trim();
  if (override) return override;
  return item.quote?.speaker?.name || undefined;
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
  const quotes = items
    .filter((i) => i.kind === 'quote' && i.range && speakerOf(i))
    .sort(byPosition);
  const claims = items.filter((i) => i.kind === 'claim' && i.range).sort(byPosition);
  const out = new Map<string, string>();
  let first = 0;
  for (const c of claims) {
    const r = c.range!;
    // Claims come in start order, so a quote ending before this claim can't overlap any later one.
    while (first < quotes.length && quotes[first].range!.end <= r.start) first++;
    for (let j = first; j < quotes.length; j++) {
      const qr = quotes[j].range!;
      if (qr.start >= r.end) break;
      if (qr.end > r.start) {
        out.set(c.key, speakerOf(quotes[j])!);
        break;
      }
    }
  }
  return out;
}

const NO_SPEAKER = 'No speaker';

/**
 * Groups in a stable order; empty groups are omitted; orphans last, whatever the grouping.
 * `checkedBefore` says which claims have a strong earlier fact-check (grouping 'checked').
 */
export function groupItems(items: readonly ReviewItem[], by: GroupBy, checkedBefore: (item: ReviewItem) => boolean = () => false): Group[] {
  const placed = items.filter((i) => !i.orphaned).sort(byPosition);
  const orphans = items.filter((i) => i.orphaned).sort((a, b) => a.text.localeCompare(b.text) || a.key.localeCompare(b.key));
  const buckets = new Map<string, { name: string; items: ReviewItem[] }>();
  const put = (id: string, name: string, item: ReviewItem): void => {
    let b = buckets.get(id);
    if (!b) buckets.set(id, (b = { name, items: [] }));
    b.items.push(item);
  };
  let order: string[];
  if (by === 'status') {
    for (const i of placed) put(i.status, STATUS_WORDS[i.status]?.label ?? i.status, i);
    order = [...REVIEW_STATUSES];
  } else if (by === 'type') {
    for (const i of placed) {
      if (i.kind === 'quote') put('quote', 'Quotes', i);
      else if (i.claim) put(i.claim.type, TYPE_LABELS[i.claim.type] ?? i.claim.type, i);
      else put('manual', 'Added by hand', i);
    }
    order = [...CLAIM_TYPES, 'manual', 'quote'];
  } else if (by === 'checked') {
    for (const i of placed) {
      if (i.kind === 'quote') put('quote', 'Quotes', i);
      else if (checkedBefore(i)) put('checked', 'Checked before', i);
      else put('new', 'Not checked before', i);
    }
    order = ['checked', 'new', 'quote'];
  } else {
    const fromQuotes = claimSpeakers(placed);
    for (const i of placed) {
      const name = speakerOf(i) ?? fromQuotes.get(i.key);
      if (name) put(`speaker:${fold(name)}`, name, i);
      else put('speaker:', NO_SPEAKER, i);
    }
    // Most-quoted people first, then by name; "No speaker" last.
    order = [...buckets.entries()]
      .filter(([id]) => id !== 'speaker:')
      .sort((a, b) => b[1].items.length - a[1].items.length || a[1].name.localeCompare(b[1].name))
      .map(([id]) => id)
      .concat('speaker:');
  }
  const groups: Group[] = [];
  for (const id of order) {
    const b = buckets.get(id);
    if (b) groups.push({ id: `${by}:${id}`, name: b.name, items: b.items, orphans: false });
  }
  if (orphans.length > 0) groups.push({ id: 'orphans', name: 'Orphaned', items: orphans, orphans: true });
  return groups;
}

export function groupLabel(g: Group): string {
  return `${g.name} (${g.items.length})`;
}

/** Collapses whitespace and cuts at a word boundary, never inside a surrogate pair. */
export function shorten(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= max) return flat;
  let cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  if (space > max * 0.6) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,.;:–—-]+$/u, '')}…`;
}

/** The grey text after the label: score and type for claims, speaker for quotes, reason for orphans. */
export function describeItem(item: ReviewItem): string {
  if (item.orphaned) return item.anchor?.reason ? `orphaned: ${item.anchor.reason}` : 'orphaned';
  const parts: string[] = [];
  if (item.kind === 'claim') {
    if (item.claim) parts.push(item.claim.score.toFixed(2), item.claim.type);
    else parts.push('added by hand');
  } else {
    const who = speakerOf(item);
    parts.push(who ? `— ${who}` : 'quote, no speaker');
  }
  if (item.annotation?.note) parts.push('✎');
  const n = item.annotation?.sources.length ?? 0;
  if (n > 0) parts.push(`${n} source${n === 1 ? '' : 's'}`);
  return parts.join(' · ');
}

/** The tooltip of a row as Markdown; every piece of article or reviewer text is escaped. */
export function itemTooltipMarkdown(item: ReviewItem): string {
  const e = (text: string): string => escapeMarkdown(text, 'lines');
  const lines: string[] = [];
  const kind = item.kind === 'claim' ? 'Claim' : 'Quote';
  lines.push(`**${kind}** · ${STATUS_WORDS[item.status]?.label ?? e(item.status)}${item.orphaned ? ' · **orphaned**' : ''}`);
  lines.push('', `> ${e(shorten(item.text, 400))}`, '');
  if (item.orphaned) lines.push(`*Orphaned:* ${e(item.anchor?.reason ?? 'its text is no longer in the article')}`, '');
  if (item.claim) {
    lines.push(`*Type:* ${e(item.claim.type)} · *Score:* ${item.claim.score.toFixed(2)}`);
    if (item.claim.reasons.length) lines.push('', ...item.claim.reasons.slice(0, TOP_REASONS).map((r) => `- ${e(r)}`));
    const people = item.claim.entities.people;
    if (people.length) lines.push('', `*People:* ${people.map(e).join(', ')}`);
  }
  if (item.quote) {
    const who = speakerOf(item);
    lines.push(`*Speaker:* ${who ? e(who) : 'unknown'}${item.annotation?.speaker ? ' (set by reviewer)' : ''} · *Kind:* ${e(item.quote.kind)}`);
    if (item.quote.cue) lines.push(`*Cue:* ${e(item.quote.cue.text)}`);
  }
  const a = item.annotation;
  if (a) {
    if (a.note) lines.push('', `*Note:* ${e(a.note)}`);
    if (a.sources.length) lines.push('', '*Sources:*', ...a.sources.map((s) => `- ${e(s.title ? `${s.title} — ${s.url}` : s.url)}`));
    lines.push('', `*Reviewed by* ${e(a.updated.by)} *at* ${e(a.updated.at)}`);
  }
  return lines.join('\n');
}
