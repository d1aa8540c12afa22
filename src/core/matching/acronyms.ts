/**
 * Acronyms and the names they stand for: tweets write "AOC", "DHS", "NRA" where fact-checks
 * write "Alexandria Ocasio-Cortez", "Department of Homeland Security", "National Rifle
 * Association". An acronym is spelled out by a run of capitalised words whose initials spell
 * it; each capitalised part of a hyphenated name counts ("Ocasio-Cortez": O, C), and "of",
 * "and", "the", "for" may join the words without adding a letter. The words come from the
 * archive's own texts (matchIndex.ts), so no list of acronyms is kept.
 */

/** An all-caps word of 3–5 letters ("AOC", "FBI"; also in "AOC's"); two letters ("US", "WH", "PM") name too many things. */
const ACRONYM = /\b\p{Lu}{3,5}\b/gu;
/** Above this share of capitals the text is shouting ("GEORGE SOROS- REMEMBER THIS"), and its capitals name nothing. */
const SHOUTING = 0.4;

/** The distinct acronyms of a text; none when the text is mostly capitals. */
export function acronymsOf(text: string): string[] {
  const found = text.match(ACRONYM);
  if (!found) return [];
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const capitals = text.match(/\p{Lu}/gu)?.length ?? 0;
  return capitals / letters > SHOUTING ? [] : [...new Set(found)];
}

/** A capitalised word of two letters or more, by its first letter ("U.S." is no run of names). */
const word = (initial: string): string => `${initial}[\\p{L}'’]+`;
/** Between two initials: the next part of a hyphenated name, or the next word, maybe after "of", "and", "the", "for". */
const BETWEEN = "(?:-\\p{Ll}[\\p{L}'’]*)*(?:-|\\s+(?:(?:of|and|the|for)\\s+)*)";
const runs = new Map<string, RegExp>();

/** A run of words whose initials spell the acronym ("FBI": "Federal Bureau of Investigation"), as one pattern. */
function runOf(acronym: string): RegExp {
  let re = runs.get(acronym);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}'’-])${[...acronym].map(word).join(BETWEEN)}(?![\\p{L}'’-])`, 'gu');
    if (runs.size > 1000) runs.clear();
    runs.set(acronym, re);
  }
  return re;
}

/** The runs of the text's words that spell out one of the acronyms ("Alexandria Ocasio-Cortez" for "AOC"). */
export function spelledOut(acronyms: readonly string[], text: string): string[] {
  const out: string[] = [];
  for (const a of acronyms) for (const m of text.matchAll(runOf(a))) out.push(m[0]);
  return out;
}
