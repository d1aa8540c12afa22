/**
 * What the editor says about an earlier fact-check (pure: unit-tested without VS Code): one line
 * naming the claim, verdict, rating, publisher, date and similarity; and what *Apply this
 * verdict* writes into a review — the status the verdict stands for, the fact-check's link as a
 * source, and a note line recording where the verdict came from.
 */
import type { Match } from '../core/matching/matchIndex';
import { VERDICT_LABELS } from '../core/matching/rating';
import type { Verdict } from '../core/matching/types';
import { validateSourceUrl } from '../core/review/sourceUrl';
import type { ReviewChange, ReviewStatus } from '../core/review/types';
import { l10n } from '../l10n/l10n';

/** false → disputed, true → sourced; mixed, unproven and unknown → unverified. */
export const STATUS_OF_VERDICT: Readonly<Record<Verdict, ReviewStatus>> = {
  false: 'disputed',
  true: 'sourced',
  mixed: 'unverified',
  unproven: 'unverified',
  unknown: 'unverified',
};

/** "rated false (Pants on Fire, Truth Meter)" or "review by dana: Disputed". */
export function verdictWords(m: Match): string {
  const f = m.fact;
  const who = f.publisher ?? (f.origin === 'review' ? l10n.t('review by {0}', f.reviewer ?? l10n.t('unknown')) : undefined);
  const detail = [f.rating, who].filter(Boolean).join(', ');
  return `${VERDICT_LABELS[f.verdict]}${detail ? ` (${detail})` : ''}`;
}

export function percent(similarity: number): string {
  return `${Math.round(similarity * 100)}%`;
}

/** What disagrees, for a warning after the match ("numbers differ"). */
export function disagreements(m: Match): string[] {
  const a = m.agreement;
  return [a.numbersConflict ? l10n.t('numbers differ') : '', a.namesConflict ? l10n.t('names differ') : '', a.negationDiffers ? l10n.t('negation differs') : ''].filter(Boolean);
}

/** Where the fact-check is: its link, else its file (and line), else the reviewed article. */
export function placeOf(m: Match): string {
  const f = m.fact;
  return f.url ?? (f.origin === 'review' && f.article ? f.article : `${f.file}${f.line ? `:${f.line}` : ''}`);
}

/** The review change *Apply this verdict* makes, given the claim's current note. */
export function applyVerdictChange(m: Match, currentNote: string): ReviewChange {
  const f = m.fact;
  const date = f.date ? `, ${f.date.slice(0, 10)}` : '';
  const record = `Checked before (${percent(m.similarity)} similar): “${f.claim}” — ${verdictWords(m)}${date}; ${placeOf(m)}. Verdict applied from it.`;
  const url = f.url ? validateSourceUrl(f.url) : undefined;
  return {
    status: STATUS_OF_VERDICT[f.verdict],
    note: currentNote.trim() ? `${currentNote.trim()}\n${record}` : record,
    ...(url?.ok ? { addSource: { url: url.url, ...(f.publisher ? { title: `${f.publisher}: ${f.rating ?? VERDICT_LABELS[f.verdict]}` } : {}) } } : {}),
  };
}
