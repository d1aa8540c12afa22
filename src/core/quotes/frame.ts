/** Where a pair of marks sits: its trimmed content, its sentences, and where the words leading to it begin. */
import type { Span } from '../types';
import type { MarkedSpan } from '../text/quoteMarks';
import { sentenceOf, trimSpan, type QuoteContext } from './context';

export interface MarkFrame {
  m: MarkedSpan;
  /** The content without marks, spaces and punctuation at its ends: [ts, te). */
  ts: number;
  te: number;
  /** The text between the marks. */
  inner: string;
  /** The sentences holding the opening and the closing mark. */
  sOpen: Span;
  sClose: Span;
  /** Start of the words before the opening mark: the sentence start, or just after the previous closing mark. */
  leadFrom: number;
  /** The content ends with a full stop, question or exclamation mark. */
  endsSentence: boolean;
}

/** null when the marks hold no words (or the paragraph has no sentence). */
export function markFrame(ctx: QuoteContext, m: MarkedSpan, prevClose: number): MarkFrame | null {
  const { text, tz } = ctx;
  const [ts, te] = trimSpan(text, m.open + 1, m.close);
  if (te <= ts || !tz.sentences.length) return null;
  const inner = text.slice(m.open + 1, m.close);
  const sentences = tz.sentences;
  const openSent = Math.max(0, sentenceOf(tz, m.open));
  const closeSent = Math.max(0, sentenceOf(tz, Math.max(m.open, m.close - 1)));
  const sOpen = sentences[openSent];
  const sClose = sentences[Math.min(closeSent, sentences.length - 1)];
  return {
    m,
    ts,
    te,
    inner,
    sOpen,
    sClose,
    leadFrom: Math.max(sOpen.start, prevClose + 1),
    endsSentence: /[.!?]['"\u2019\u201d]*\s*$/.test(inner),
  };
}
