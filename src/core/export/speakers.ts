/**
 * Who said a claim: a reviewer's speaker override or the detected speaker of a quote that
 * the claim contains or overlaps. Unknown (undefined) otherwise — never guessed.
 */
import type { Span } from '../types';
import type { ReviewItem } from '../review/types';
import { BARE_PRONOUN, resolvedName } from '../quotes/speakerName';

export { BARE_PRONOUN };

/** The speaker of a quote item: the reviewer's override wins over the detection; an unresolved mention names no one. */
export function quoteSpeaker(item: ReviewItem): string | undefined {
  const override = item.annotation?.speaker?.trim();
  if (override) return override;
  return resolvedName(item.quote?.speaker);
}

function overlaps(a: Span, b: Span): boolean {
  return Math.min(a.end, b.end) > Math.max(a.start, b.start);
}

/** Speaker of the quote overlapping the claim most, if that quote has a known speaker. */
export function claimSpeaker(claim: ReviewItem, items: readonly ReviewItem[]): string | undefined {
  if (!claim.range) return undefined;
  let best: { speaker: string; amount: number } | undefined;
  for (const item of items) {
    if (item.kind !== 'quote' || !item.range || item.status === 'dismissed') continue;
    if (!overlaps(claim.range, item.range)) continue;
    const speaker = quoteSpeaker(item);
    if (!speaker) continue;
    const amount = Math.min(claim.range.end, item.range.end) - Math.max(claim.range.start, item.range.start);
    if (!best || amount > best.amount) best = { speaker, amount };
  }
  return best?.speaker;
}

/**
 * The person who made a claim, for ClaimReview `itemReviewed.author`: a speaker the reviewer
 * set on the claim itself, else the speaker of the quote it is in. A bare pronoun ("he", an
 * unresolved mention) names no one and gives no author.
 */
export function claimAuthorName(claim: ReviewItem, items: readonly ReviewItem[]): string | undefined {
  const name = claim.annotation?.speaker?.trim() || claimSpeaker(claim, items);
  return name && !BARE_PRONOUN.test(name) ? name : undefined;
}
