/**
 * Which sentences of a paragraph the claim scorer reads, and their vectors. Shared by the engine
 * and the training script, so a model is trained on exactly what it scores. Only the sentence's own
 * words count: a sentence's score never depends on other paragraphs or other sentences.
 */
import type { Tokenized } from '../text/tokens';
import { BOILERPLATE_LINE, isStageDirection } from '../text/lexicon';
import { sentenceVector, type HashingConfig, type SentenceVector } from './sentenceVector';

/** Site furniture ("Read more") and transcript stage directions ("(APPLAUSE)") are never claims. */
export function isUnscoredSentence(sentenceText: string): boolean {
  return BOILERPLATE_LINE.test(sentenceText.trim()) || isStageDirection(sentenceText);
}

/** One vector per sentence of the tokenized paragraph; null for a sentence that is never a claim. */
export function paragraphVectors(text: string, tz: Tokenized, cfg: HashingConfig): (SentenceVector | null)[] {
  return tz.sentences.map((s, si) => {
    if (isUnscoredSentence(text.slice(s.start, s.end))) return null;
    const [a, b] = tz.sentenceTokens[si];
    return sentenceVector(tz.tokens, a, b, text, cfg);
  });
}
