/**
 * Hashtags and handles written in one lower-case run ("#fyrefestival", "@georgesoros",
 * "#krystinamartelli") name their subject in words the archive knows but the tokenizer cannot
 * see: splitCompound (normalize.ts) splits only at case and digit changes. Such a run is cut
 * into the archive's own words ("fyre festival", "george soros", "martelli"), which are then
 * matched beside the run itself, as tweet shorthand is (normalize.ts).
 */
import { strippedClaimText } from './normalize';
import { STOP_WORDS, stemOf, words } from './tokens';

const TAG = /[#@]([\p{L}\p{N}_]+)/gu;
/** Runs shorter than this are left alone (most are words or names already). */
const MIN_RUN = 6;
/** Pieces shorter than this are not looked up ("a", "of" count only as stop words). */
const MIN_PIECE = 3;
/** Runs longer than this are not cut (a pasted hash, not a hashtag). */
const MAX_RUN = 40;

/**
 * The archive words of a run: the cut that covers most of its letters with known words
 * (stop words count as covered, never as output), fewer pieces on a tie; nothing when no word
 * of at least MIN_PIECE letters is found.
 */
export function cutRun(run: string, known: (term: string) => boolean): string[] {
  const n = run.length;
  // best[i]: [letters covered, pieces, words] for run.slice(0, i).
  const best: { covered: number; pieces: number; out: string[] }[] = [{ covered: 0, pieces: 0, out: [] }];
  for (let j = 1; j <= n; j++) {
    let top = { covered: best[j - 1].covered, pieces: best[j - 1].pieces, out: best[j - 1].out };
    for (let i = 0; i < j; i++) {
      const piece = run.slice(i, j);
      const stop = STOP_WORDS.has(piece);
      if (!stop && (piece.length < MIN_PIECE || !known(stemOf(piece)))) continue;
      const covered = best[i].covered + piece.length;
      const pieces = best[i].pieces + 1;
      if (covered > top.covered || (covered === top.covered && pieces < top.pieces)) top = { covered, pieces, out: stop ? best[i].out : [...best[i].out, piece] };
    }
    best.push(top);
  }
  const out = best[n].out;
  // The run itself is not a cut of it.
  return out.length === 1 && out[0] === run ? [] : out;
}

/** Words to match beside the text: the archive words of its glued hashtags and handles. */
export function gluedWords(raw: string, known: (term: string) => boolean): string[] {
  const out: string[] = [];
  if (!raw.includes('#') && !raw.includes('@')) return out;
  for (const m of strippedClaimText(raw, false).matchAll(TAG)) {
    for (const run of words(m[1].replace(/_/g, ' ').replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'))) {
      if (run.length < MIN_RUN || run.length > MAX_RUN || !/^\p{L}+$/u.test(run) || known(stemOf(run))) continue;
      out.push(...cutRun(run, known));
    }
  }
  return out;
}
