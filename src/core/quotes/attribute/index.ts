/** Step 3 of a marked quote: who said it, and with which cue — before the mark, after it, or later in the sentence. */
import type { QuoteContext, Attribution } from '../context';
import type { MarkFrame } from '../frame';
import { attributionAfter } from './after';
import { attributionBefore, labelBefore } from './before';
import { attributionLater } from './later';

export interface Attributions {
  before: Attribution | null;
  after: Attribution | null;
  /** The quote's own attribution: before, else after, else later in the sentence. */
  own: Attribution | null;
  /** Where a later attribution ends the content (-1: none). */
  laterEnd: number;
}

export function attribute(ctx: QuoteContext, f: MarkFrame): Attributions {
  const { m } = f;
  const after = m.unclosed ? null : attributionAfter(ctx, m.close, f.endsSentence);
  const before = attributionBefore(ctx, m.open, f.leadFrom) ?? labelOf(ctx, f);
  const own = before ?? after;
  if (own || m.unclosed) return { before, after, own, laterEnd: -1 };
  const later = attributionLater(ctx, m.close, f.sClose.end);
  return later ? { before, after, own: later.att, laterEnd: later.contentEnd } : { before, after, own, laterEnd: -1 };
}

function labelOf(ctx: QuoteContext, f: MarkFrame): Attribution | null {
  if (!ctx.rules.on(labelBefore)) return null;
  const label = labelBefore.fn(ctx, f.leadFrom, f.m.open);
  return label && { ...label, rules: [labelBefore.id] };
}
