/**
 * The facts a review vouches for: numbers, dates, names and negation. A verdict on "rose 9%"
 * says nothing about "rose 12%", "did not rise" or what "Berg" said instead of "Lind", however
 * similar the two sentences look; re-anchoring compares these before carrying a review over
 * to edited text (anchoring.ts), so only wording changes are followed.
 */

export type FactKind = 'number' | 'date' | 'name' | 'negation';

const NUMBER_WORDS = new Set([
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty',
  'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen',
  'half', 'quarter', 'third', 'twice', 'double', 'triple', 'first', 'second', 'last',
]);
const DATE_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'today', 'yesterday', 'tomorrow', 'tonight',
]);
const NEGATIONS = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'cannot', 'without', 'nowhere']);
/**
 * Capitalised words that are not names even inside a sentence (after a colon or a quotation
 * mark, in titles). Titles (Mr, Ms, Dr) are kept: "Mr. Khan" and "Ms. Khan" are two people.
 */
const NOT_NAMES = new Set(['i', 'the', 'a', 'an', 'and', 'but', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'he', 'she', 'it', 'we', 'they', 'you', 'this', 'that']);
/** Month names that are also ordinary words count as dates only when capitalised ("May", not "may"). */
const CASE_SENSITIVE_DATES = new Set(['may', 'march']);

/** Words and numbers with their position: a number keeps its decimals and thousands separators. */
const TOKEN = /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:['’][\p{L}]+)?/gu;

export type Facts = Record<FactKind, string[]>;

/** Whether the token starts a sentence (text start, or after . ! ? : or an opening mark). */
function sentenceInitial(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 4), index).replace(/[\s"“‘'([—–-]+$/u, '');
  return before === '' || /[.!?:]$/.test(before);
}

export function factsOf(text: string): Facts {
  const facts: Facts = { number: [], date: [], name: [], negation: [] };
  const tokens = [...text.matchAll(TOKEN)];
  tokens.forEach((m, i) => {
    const word = m[0];
    const lower = word.toLowerCase();
    const contracted = /n['’]t$/i.test(word);
    if (/^\d/.test(word)) facts.number.push(word.replace(/,(?=\d{3}\b)/g, ''));
    else if (NUMBER_WORDS.has(lower)) facts.number.push(lower);
    else if (DATE_WORDS.has(lower) && (!CASE_SENSITIVE_DATES.has(lower) || /^\p{Lu}/u.test(word))) facts.date.push(lower);
    // A negation with the word it negates: "not much" and "not in" are different denials.
    else if (NEGATIONS.has(lower) || contracted) facts.negation.push(`${contracted ? "n't" : lower} ${tokens[i + 1]?.[0].toLowerCase() ?? ''}`.trim());
    else if (/^\p{Lu}/u.test(word) && !NOT_NAMES.has(lower) && (!sentenceInitial(text, m.index) || /^\p{Lu}{2,}$/u.test(word))) facts.name.push(word);
  });
  return facts;
}

/** Items of `a` not matched one for one in `b`. */
function missingFrom(a: readonly string[], b: readonly string[]): string[] {
  const left = [...b];
  return a.filter((x) => {
    const i = left.indexOf(x);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

/**
 * How the facts of `now` differ from those of the reviewed text, for a message
 * (`number changed: 9 → 12`), or undefined when they are the same.
 */
export function factChange(reviewed: string, now: string): string | undefined {
  const before = factsOf(reviewed);
  const after = factsOf(now);
  for (const kind of ['number', 'date', 'name', 'negation'] as const) {
    const gone = missingFrom(before[kind], after[kind]);
    const added = missingFrom(after[kind], before[kind]);
    if (!gone.length && !added.length) continue;
    if (gone.length && added.length) return `${kind} changed: ${gone.join(', ')} → ${added.join(', ')}`;
    return added.length ? `${kind} added: ${added.join(', ')}` : `${kind} removed: ${gone.join(', ')}`;
  }
  return undefined;
}
