/**
 * Full Fact's claim types, decided by what the sentence states, first match wins: a forecast
 * (prediction), an explicit cause (causation), what a law or rule says (law), the speaker's family or
 * upbringing (personal), a figure, change or ranking of amounts (quantity), the speaker's own past
 * (personal); anything else is `other`.
 * `quantity` needs an actual amount — a figure, a percentage, money, a count, a stated rise or fall,
 * or a ranking against a scope — not merely words like "more" or "one".
 */
import type { Token } from '../text/tokens';
import type { ClaimType } from '../types';

const FUTURE = /^(will|'ll|won't|wo|shall)$/;
const FORECAST = /^(forecasts?|forecast|predicts?|predicted|projected|projects|expect|expected|expects)$/;
const CAUSAL_VERB = /^(cause[sd]?|causing|triggered|triggers|sparked|sparks|fueled|fuelled|fuels|blamed|contributed|contributes)$/;
const LAW_WORD = /^(laws?|illegal(ly)?|legal(ly)?|unconstitutional|constitution(al)?|statutes?|regulations?|regulated|ban|bans|banned|banning|prohibits?|prohibited|mandates?|mandated|treaty|lawful|unlawful)$/;
const COUNT_WORD = /^(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|trillion|trillions|dozen|dozens|half|twice|double|doubled|tripled|triple|quadrupled)$/;
const FAMILY = /^(father|mother|dad|mom|wife|husband|son|daughter|brother|sister|grandfather|grandmother|family|parents|kids|children)$/;

/** Years ("in 2015") and days of a date ("March 3") say when, not how much. */
function isAmount(t: Token): boolean {
  if (t.tags.has('Date') || t.tags.has('Ordinal')) return false;
  if (/^(1[89]\d\d|20\d\d)s?$/.test(t.text)) return false;
  if (t.tags.has('Percent') || t.tags.has('Money') || /[%$€£]/.test(t.pre + t.text + t.post)) return true;
  if (/\d/.test(t.text)) return true;
  return COUNT_WORD.test(t.lower) || t.lower === 'percent';
}

function phraseAt(tokens: Token[], i: number, to: number, words: string[]): boolean {
  return words.every((w, k) => i + k < to && tokens[i + k].lower === w);
}

function hasCause(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const w = tokens[i].lower;
    if (w === 'because' || CAUSAL_VERB.test(w)) return true;
    if (phraseAt(tokens, i, b, ['due', 'to']) || phraseAt(tokens, i, b, ['thanks', 'to']) || phraseAt(tokens, i, b, ['as', 'a', 'result'])) return true;
    if (/^(led|leads|lead|leading)$/.test(w) && phraseAt(tokens, i + 1, b, ['to'])) return true;
    if (/^(result|results|resulted|resulting)$/.test(w) && phraseAt(tokens, i + 1, b, ['in'])) return true;
    if (w === 'responsible' && phraseAt(tokens, i + 1, b, ['for'])) return true;
  }
  return false;
}

/**
 * A forecast word that forecasts something: `expect inflation to ease`, `is projected to`, `predicted that`. Not the
 * noun (`cut its full-year forecast`) nor a verb with nothing after it (`bigger than anyone expected,`).
 */
function forecasts(tokens: Token[], i: number, b: number): boolean {
  const t = tokens[i];
  const prev = i > 0 ? tokens[i - 1] : undefined;
  if (!FORECAST.test(t.lower) || i + 1 >= b || /[,;:.!?)\u2014"\u201d]/.test(t.post)) return false;
  if (/^(?:to|that)$/.test(tokens[i + 1].lower)) return true;
  // `development projects`, `the expected attack`, `its forecast`: a noun, or a participle before one.
  if (t.tags.has('Noun') && !t.tags.has('Verb')) return false;
  return !(prev && !prev.post && (prev.tags.has('Determiner') || prev.tags.has('Possessive') || prev.tags.has('Adjective') && !prev.tags.has('Adverb')));
}

function hasFuture(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const w = tokens[i].lower;
    if (FUTURE.test(w) || forecasts(tokens, i, b)) return true;
    if (w === 'going' && phraseAt(tokens, i + 1, b, ['to']) && i + 2 < b && tokens[i + 2].tags.has('Verb')) return true;
  }
  return false;
}

/** "Under the new law, …" only frames what follows; the claim is about something else. */
const LAW_NOUN = /^(laws?|constitution|statutes?|regulations?|treaty)$/;

function hasLaw(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    if (!LAW_WORD.test(tokens[i].lower)) continue;
    const framed = LAW_NOUN.test(tokens[i].lower) && tokens.slice(Math.max(a, i - 3), i).some((t) => t.lower === 'under');
    if (!framed) return true;
  }
  return false;
}

/** Superlatives of a measurable amount ("the highest taxes in the world"), not of praise ("the best coach ever"). */
const MEASURED_SUPERLATIVE = /^(most|fewest|least|highest|lowest|largest|biggest|smallest|fastest|slowest|longest|shortest|richest|poorest|deadliest|oldest|youngest|record|all-time)$/;

/** An amount without a figure counts too: a stated rise or fall, a measurable ranking against a scope. */
function hasQuantity(tokens: Token[], a: number, b: number, features: ReadonlySet<string>): boolean {
  if (features.has('trend')) return true;
  for (let i = a; i < b; i++) {
    if (isAmount(tokens[i])) return true;
    if (features.has('superlative with scope') && MEASURED_SUPERLATIVE.test(tokens[i].lower)) return true;
  }
  return false;
}

/**
 * The speaker's own life: `strict` — family and upbringing ("my father worked…", "I grew up…"),
 * which stay personal even with a figure; otherwise also "I" with a past verb ("I met him").
 */
function hasPersonal(tokens: Token[], a: number, b: number, strict: boolean): boolean {
  for (let i = a; i < b; i++) {
    const w = tokens[i].lower;
    const next = i + 1 < b ? tokens[i + 1] : undefined;
    if (w === 'my' && next && FAMILY.test(next.lower)) return true;
    if (w === 'i' && next && /^(grew|born)$/.test(next.lower)) return true;
    if (w === 'i' && next?.lower === 'was' && i + 2 < b && tokens[i + 2].lower === 'born') return true;
    if (!strict && w === 'i' && next && (next.tags.has('PastTense') || /^(was|had|have|'ve)$/.test(next.lower))) return true;
  }
  return false;
}

export function claimTypeOf(tokens: Token[], a: number, b: number, features: ReadonlySet<string>): ClaimType {
  if (hasFuture(tokens, a, b)) return 'prediction';
  if (hasCause(tokens, a, b)) return 'causation';
  if (hasLaw(tokens, a, b)) return 'law';
  if (hasPersonal(tokens, a, b, true)) return 'personal';
  if (hasQuantity(tokens, a, b, features)) return 'quantity';
  if (hasPersonal(tokens, a, b, false)) return 'personal';
  return 'other';
}
