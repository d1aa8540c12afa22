/**
 * A Markdown report readable in a pull request: headline, summary counts, then per claim its
 * sentence, status, line, note and sources, then the quotes with their speakers and lines. Article text and
 * notes are escaped so nothing in them can turn into markup, links or HTML.
 */
import { lineIndex } from '../text/lineIndex';
import { STATUS_WORDS, type StatusWords } from '../review/statuses';
import { DEFAULT_VERDICT_SCALE, RESERVED_VERDICT_IDS, verdictById, type VerdictScale } from '../review/verdictScale';
import { escapeMarkdown } from './escapeMarkdown';
import type { ReviewItem, ReviewStatus } from '../review/types';
import { claimSpeaker, quoteSpeaker } from './speakers';
import { isUnresolved, unresolvedLabel } from '../quotes/speakerName';
import type { ExportInput } from './types';

/**
 * A file name as inline code: a file name may hold a newline (which would end the code span
 * and let HTML after it through), control or bidi characters; each is shown as its escape.
 */
function fileNameCode(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  const visible = name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) =>
    c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `\`${visible.replace(/`/g, "'")}\``;
}

/** A link only for http(s) URLs; anything else is shown as escaped text. */
function sourceLine(url: string, title?: string): string {
  const label = escapeMarkdown(title?.trim() || url);
  if (/^https?:\/\/[^\s<>()]+$/i.test(url)) return `[${label}](<${url.replace(/>/g, '%3E')}>)`;
  return label;
}

/**
 * "✅ Sourced": the verdict's label in the organisation's scale (the default scale's are the status
 * words), with the report emoji of a built-in status; a verdict the scale lacks is shown as such.
 */
function statusLabel(status: ReviewStatus, scale: VerdictScale): string {
  const words = (STATUS_WORDS as Partial<Record<string, StatusWords>>)[status];
  const verdict = RESERVED_VERDICT_IDS.includes(status) ? undefined : verdictById(scale, status);
  if (!RESERVED_VERDICT_IDS.includes(status) && !verdict) return `❓ Unknown verdict “${escapeMarkdown(status)}”`;
  const label = verdict ? escapeMarkdown(verdict.label) : words?.label ?? status;
  return words?.emoji ? `${words.emoji} ${label}` : label;
}

export interface ReportCounts {
  claims: number;
  sourced: number;
  disputed: number;
  unverified: number;
  unreviewed: number;
  dismissed: number;
  orphaned: number;
  quotes: number;
}

export function countReport(items: readonly ReviewItem[]): ReportCounts {
  const claims = items.filter((i) => i.kind === 'claim');
  const live = claims.filter((i) => !i.orphaned && i.status !== 'dismissed');
  const by = (s: ReviewStatus) => live.filter((i) => i.status === s).length;
  return {
    claims: live.length,
    sourced: by('sourced'),
    disputed: by('disputed'),
    unverified: by('unverified'),
    unreviewed: by('unreviewed'),
    dismissed: claims.filter((i) => !i.orphaned && i.status === 'dismissed').length,
    orphaned: items.filter((i) => i.orphaned).length,
    quotes: items.filter((i) => i.kind === 'quote' && !i.orphaned && i.status !== 'dismissed').length,
  };
}

/**
 * The summary table: claims, one column per verdict of the scale (the default: Sourced, Disputed,
 * Unverified), a column for verdicts the scale lacks when a review holds one, unreviewed,
 * orphaned and quotes.
 */
function summaryTable(items: readonly ReviewItem[], c: ReportCounts, scale: VerdictScale): string[] {
  const live = items.filter((i) => i.kind === 'claim' && !i.orphaned && i.status !== 'dismissed');
  const columns: [string, number][] = scale.verdicts.map((v) => [escapeMarkdown(v.label), live.filter((i) => i.status === v.id).length]);
  const unknown = live.filter((i) => !RESERVED_VERDICT_IDS.includes(i.status) && !verdictById(scale, i.status)).length;
  if (unknown) columns.push(['Unknown verdicts', unknown]);
  const all: [string, number][] = [['Claims', c.claims], ...columns, ['Unreviewed', c.unreviewed], ['Orphaned', c.orphaned], ['Quotes', c.quotes]];
  return [`| ${all.map(([name]) => name).join(' | ')} |`, `|${' ---: |'.repeat(all.length)}`, `| ${all.map(([, n]) => n).join(' | ')} |`];
}

/** The 1-based line of each offset of a text. */
export function lineNumbers(text: string): (offset: number) => number {
  const at = lineIndex(text);
  return (offset) => at(offset).line;
}

/** " · line 12" for an item in the text; nothing for an orphan. */
function lineOf(item: ReviewItem, line: (offset: number) => number): string {
  return item.range && !item.orphaned ? ` · line ${line(item.range.start)}` : '';
}

const count = (t: string, re: RegExp): number => (t.match(re) ?? []).length;

/**
 * A quote between curly double quotes, balanced: an outer mark the detected span kept without its
 * partner is dropped, and double quotes inside it become single ones, as nested quotations are
 * written ("He called it ‘a disaster’").
 */
export function nestedQuote(text: string): string {
  let t = text.replace(/\s+/g, ' ').trim();
  const opens = (): number => count(t, /[“„«]/gu);
  const closes = (): number => count(t, /[”»]/gu);
  const straightOdd = (): boolean => count(t, /"/g) % 2 === 1;
  if ((/^[“„«]/u.test(t) && opens() > closes()) || (t.startsWith('"') && straightOdd())) t = t.slice(1);
  if ((/[”»]$/u.test(t) && closes() > opens()) || (t.endsWith('"') && straightOdd())) t = t.slice(0, -1);
  let open = true;
  t = t.replace(/["“”„«»]/gu, (mark) => {
    if (mark === '“' || mark === '„' || mark === '«') return '‘';
    if (mark === '”' || mark === '»') return '’';
    const out = open ? '‘' : '’';
    open = !open;
    return out;
  });
  return `“${t.trim()}”`;
}

function claimSection(item: ReviewItem, n: number, items: readonly ReviewItem[], line: (offset: number) => number, scale: VerdictScale): string[] {
  const lines = [`### ${n}. ${statusLabel(item.status, scale)}${lineOf(item, line)}${item.orphaned ? ' — ⚠️ orphaned (text no longer found)' : ''}`, '', `> ${escapeMarkdown(item.text)}`, ''];
  const speaker = claimSpeaker(item, items);
  if (speaker) lines.push(`- Speaker: ${escapeMarkdown(speaker)}`);
  if (item.claim) lines.push(`- Type: ${item.claim.type} · score ${item.claim.score.toFixed(2)}`);
  if (item.orphaned && item.anchor?.reason) lines.push(`- Orphan reason: ${escapeMarkdown(item.anchor.reason)}`);
  if (item.annotation?.changedSinceReview) lines.push('- ⚠️ The text changed after this review.');
  const note = item.annotation?.note?.trim();
  if (note) lines.push(`- Note: ${escapeMarkdown(note)}`);
  const sources = item.annotation?.sources ?? [];
  if (sources.length > 0) {
    lines.push('- Sources:');
    for (const s of sources) lines.push(`  - ${sourceLine(s.url, s.title)}`);
  }
  if (lines[lines.length - 1] !== '') lines.push('');
  return lines;
}

export function markdownReport(input: ExportInput): string {
  const c = countReport(input.items);
  const scale = input.scale ?? DEFAULT_VERDICT_SCALE;
  const title = escapeMarkdown(input.headline || input.articlePath);
  const out: string[] = [`# ClaimLens review: ${title}`, ''];
  out.push(`- Article: ${fileNameCode(input.articlePath)}`);
  if (input.url) out.push(`- URL: <${input.url.replace(/>/g, '%3E')}>`);
  out.push(`- Date: ${input.date}`, '');
  out.push('## Summary', '');
  out.push(...summaryTable(input.items, c, scale), '');

  const claims = input.items.filter((i) => i.kind === 'claim' && i.status !== 'dismissed');
  out.push('## Claims', '');
  if (claims.length === 0) out.push('No check-worthy claims.', '');
  const line = lineNumbers(input.text);
  claims.forEach((item, i) => out.push(...claimSection(item, i + 1, input.items, line, scale)));

  const quotes = input.items.filter((i) => i.kind === 'quote' && i.status !== 'dismissed');
  out.push('## Quotes', '');
  if (quotes.length === 0) out.push('No attributed quotes.', '');
  for (const q of quotes) {
    const speaker = quoteSpeaker(q);
    const unresolved = !speaker && isUnresolved(q.quote?.speaker) ? `_speaker ${escapeMarkdown(unresolvedLabel(q.quote!.speaker!))}_` : null;
    const status = q.status === 'unreviewed' ? '' : ` (${statusLabel(q.status, scale)})`;
    const orphan = q.orphaned ? ' — ⚠️ orphaned' : '';
    out.push(`- ${escapeMarkdown(nestedQuote(q.text))} — ${speaker ? `**${escapeMarkdown(speaker)}**` : unresolved ?? '_speaker unknown_'}${status}${lineOf(q, line)}${orphan}`);
    const note = q.annotation?.note?.trim();
    if (note) out.push(`  - Note: ${escapeMarkdown(note)}`);
  }
  if (quotes.length > 0) out.push('');
  return out.join('\n');
}
