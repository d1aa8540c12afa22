/**
 * Seeded hostile documents for the engine's fuzz test (test/unit/core/fuzz.test.ts) and `npm run fuzz`:
 * quotation marks of every style, paired, unbalanced and piled up; cue words at paragraph ends (`said“‹`);
 * control characters, lone and paired surrogates, bidi and zero-width marks; huge words; bylines; many short
 * quotes with pronoun speakers; CRLF, lone CR and Unicode line separators. The same seed gives the same document.
 */

/** A small, fast, seeded PRNG (mulberry32): deterministic across Node versions, unlike Math.random. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** Every quotation mark the engine knows, and some it does not (primes, CJK brackets, full-width, backticks). */
export const MARKS = ['"', '\u201c', '\u201d', '\u201e', '\u201f', '\u2018', '\u2019', '\u201a', '\u201b', "'", '\u00ab', '\u00bb',
  '\u2039', '\u203a', '\u300c', '\u300d', '\u300e', '\u300f', '\u301d', '\u301e', '\u301f', '\uff02', '\u2033', '`', '\u00b4', '\u02bc'];
const CUES = ['said', 'says', 'told', 'added', 'according to', 'wrote', 'argued', 'warned', 'asked', 'called', 'claimed', 'tweeted', 'noted'];
const SUBJECTS = ['he', 'she', 'they', 'He', 'She', 'It', 'I', 'we', 'Mr. Smith', 'Anna Berg', 'the minister', 'Dr. Zoë Åberg', 'officials',
  'the U.N. envoy', 'Sen. Ted Cruz', 'a spokesperson'];
const WORDS = ['the', 'council', 'plan', 'would', 'cut', 'taxes', 'by', '42', 'percent', 'in', '2019', 'on', 'Monday', 'that', 'and', 'not',
  'people', '$5', 'million', 'were', 'evacuated', 'bold', 'overdue', 'reform', 'Reuters', 'AP', 'of', 'as', 'a', 'is', 'will', 'rise'];
const PUNCT = ['.', ',', ':', ';', '?', '!', '\u2014', '\u2013', '-', '\u2026', '(', ')', '[', ']', '/', '*', '#', '>', '|'];
const CONTROLS = ['\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f', '\u007f', '\u0085', '\u00ad', '\u200b',
  '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202e', '\u2060', '\u2066', '\u2069', '\ufeff', '\ufffd', '\ufffe', '\t'];
const SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff', '\ud83d', '\ude00', '\ud83d\ude00', '\ud83c\udf89', '\u{1f1fa}\u{1f1f8}',
  '\u{1f468}\u200d\u{1f469}\u200d\u{1f467}', 'e\u0301', '\u0928\u093f'];
const BREAKS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r', '\u2028', '\u2029', '\n \n', '\n\t\n'];
const BYLINES = ['By Anna Berg', 'By ANNA BERG and Mr. Smith', '\u2014 Reuters', 'AP \u2014', 'By Staff Writer | Updated 3:45 p.m.',
  'Reporting by Anna Berg; editing by Ted Cruz', '(Reuters) -', 'WASHINGTON (AP) \u2014'];

/** One hostile piece: a fragment of the kinds above. */
function piece(rng: Rng): string {
  switch (rng.int(16)) {
    case 0: return rng.pick(MARKS);
    case 1: return Array.from({ length: 1 + rng.int(6) }, () => rng.pick(MARKS)).join('');
    case 2: return `${rng.pick(SUBJECTS)} ${rng.pick(CUES)}`;
    case 3: return `${rng.pick(CUES)}${rng.pick(MARKS)}${rng.chance(0.5) ? rng.pick(MARKS) : ''}`;
    case 4: return rng.pick(CONTROLS);
    case 5: return rng.pick(SURROGATES);
    case 6: return rng.pick(BREAKS);
    case 7: return rng.pick(BYLINES);
    case 8: return hugeWord(rng);
    case 9: return shortQuotes(rng, 1 + rng.int(8));
    case 10: return rng.pick(PUNCT);
    case 11: return `${rng.pick(MARKS)}${words(rng, 1 + rng.int(8))}${rng.pick(PUNCT)}${rng.pick(MARKS)} ${rng.pick(SUBJECTS)} ${rng.pick(CUES)}.`;
    case 12: return `${rng.pick(SUBJECTS)} ${rng.pick(CUES)} ${rng.pick(MARKS)}${words(rng, 1 + rng.int(10))}`;
    case 13: return String.fromCharCode(rng.int(0x10000));
    default: return words(rng, 1 + rng.int(12));
  }
}

function words(rng: Rng, n: number): string {
  return Array.from({ length: n }, () => rng.pick(WORDS)).join(' ');
}

function hugeWord(rng: Rng): string {
  const unit = rng.pick(['a', 'x1', 'Zz', '\u00e9', '-', '.', "'", '\u201c', '\ud83d\ude00', '0']);
  return unit.repeat(20 + rng.int(rng.chance(0.05) ? 3000 : 200));
}

/** `"Yes," he said. "No," she said. …`: many short quotes whose speakers are pronouns. */
export function shortQuotes(rng: Rng, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const [o, c] = rng.pick([['"', '"'], ['\u201c', '\u201d'], ['\u00ab', '\u00bb'], ['\u2018', '\u2019'], ['\u201e', '\u201c']]);
    out.push(`${o}${rng.pick(WORDS)}${rng.chance(0.5) ? ' ' + rng.pick(WORDS) : ''},${c} ${rng.pick(['he', 'she', 'they', 'it'])} ${rng.pick(CUES)}.`);
  }
  return out.join(' ');
}

/** A hostile document of about `maxPieces` fragments, joined by spaces, nothing or line breaks. */
export function hostileDocument(seed: number, maxPieces = 24): string {
  const rng = new Rng(seed);
  const n = 1 + rng.int(maxPieces);
  let text = '';
  for (let i = 0; i < n; i++) {
    text += piece(rng);
    const r = rng.next();
    text += r < 0.5 ? ' ' : r < 0.7 ? '' : r < 0.85 ? rng.pick(BREAKS) : rng.pick(PUNCT) + ' ';
  }
  return rng.chance(0.5) ? text : text.trimEnd();
}
