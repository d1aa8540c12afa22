/** A question put to someone reports nothing: `Do you support the bill?` asks; its verb's object is no one's statement. */
import { rule } from '../rules/rule';
import type { QuoteContext } from './context';

/** Opens a question and addresses its listener: `Do you`, `Why would you`, `Have you ever`. */
const ASKS_YOU = /^\W*(?:do|does|did|will|would|can|could|should|are|were|have|has|why|what|how|when|where|which)\b[^.!?]*\byou\b/i;

export const questionReportsNothing = rule(
  'indirect.question',
  '`Do you support the new tax on sugar?` / `Why did you reject the offer?`: a question put to the listener asks; it attributes no content to anyone.',
  ({ text }: QuoteContext, sentenceStart: number, sentenceEnd: number): boolean => {
    const sentence = text.slice(sentenceStart, sentenceEnd);
    return /\?["\u201d\u2019')\]]*\s*$/.test(sentence) && ASKS_YOU.test(sentence);
  },
);
