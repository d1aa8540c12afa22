/**
 * Which sentences of a paragraph the claim scorer reads, and their vectors. Shared by the engine
 * and the training script, so a model is trained on exactly what it scores. A sentence's own words
 * count, and its context inside the paragraph (context.ts): never other paragraphs, so an edit
 * re-scores only its own paragraph.
 */
import type { Tokenized } from '../text/tokens';
import { BOILERPLATE_LINE, isStageDirection } from '../text/lexicon';
import { contextHits, type SentenceSignals } from './context';
import { sentenceVector, type HashingConfig, type SentenceVector } from './sentenceVector';

/** Site furniture ("Read more") and transcript stage directions ("(APPLAUSE)") are never claims. */
export function isUnscoredSentence(sentenceText: string): boolean {
  return BOILERPLATE_LINE.test(sentenceText.trim()) || isStageDirection(sentenceText);
}

/** One vector per sentence of the tokenized paragraph; null for a sentence that is never a claim. */
export function paragraphVectors(text: string, tz: Tokenized, cfg: HashingConfig): (SentenceVector | null)[] {
  const vectors = tz.sentences.map((s, si) => {
    if (isUnscoredSentence(text.slice(s.start, s.end))) return null;
    const [a, b] = tz.sentenceTokens[si];
    return sentenceVector(tz.tokens, a, b, text, cfg);
  });
  const signals = vectors.map((v, si) => v && signalsOf(v.named, tz.sentenceTokens[si][1] - tz.sentenceTokens[si][0]));
  vectors.forEach((v, si) => v?.named.push(...contextHits(signals, si)));
  return vectors;
}

/** A sentence's own signals, as its neighbours' context reads them. */
export function signalsOf(named: readonly { feature: string }[], length: number): SentenceSignals {
  return { features: named.map((h) => h.feature), length };
}
