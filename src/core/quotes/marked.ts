/**
 * One pair of quotation marks through the pipeline: frame → filter → attribute → classify → span → speaker.
 * Each step is a module whose rules are listed, in order, in rules/registry.ts.
 */
import type { ParagraphQuote } from '../paragraph/types';
import type { MarkedSpan } from '../text/quoteMarks';
import type { QuoteContext } from './context';
import { markFrame } from './frame';
import { filteredOut } from './filter';
import { attribute } from './attribute';
import { classify } from './classify';
import { shapeSpan } from './span/adjust';
import { orphanQuote, withSpeaker, type PreviousSpeaker } from './speaker';

export function markedQuote(ctx: QuoteContext, m: MarkedSpan, previous: PreviousSpeaker | null, prevClose: number): ParagraphQuote | null {
  const f = markFrame(ctx, m, prevClose);
  if (!f || filteredOut(ctx, f)) return null;
  const att = attribute(ctx, f);
  const d = classify(ctx, f, att);
  if (!d) return null;
  if (d.orphan) return orphanQuote(ctx, f, d, previous);
  const newCue = shapeSpan(ctx, f, att, d);
  return withSpeaker(ctx, f, d, previous, newCue);
}
