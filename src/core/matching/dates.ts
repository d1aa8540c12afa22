/**
 * When a claim was made and which dates a fact-check names: a tweet's signature ends with the
 * day it was posted ("— Name (@handle) June 4, 2019"), and a fact-check often says when its
 * claim circulated ("…chanting in the UK in June 2019"). A fact-check dated years away from
 * the tweet is less likely to be about it.
 */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_WORD = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?`;
/** "… (@handle) June 4, 2019" at the very end of the raw text. */
const SIGNATURE_DATE = new RegExp(`\\(@?\\w{1,30}\\)\\s*${MONTH_WORD}\\s+\\d{1,2},\\s*((?:19|20)\\d\\d)\\s*$`, 'iu');
const YEAR = /\b((?:18|19|20)\d\d)\b/gu;
const MONTH_YEAR = new RegExp(`\\b${MONTH_WORD}\\s+(?:\\d{1,2},?\\s+)?((?:19|20)\\d\\d)\\b`, 'giu');

export interface ClaimDate {
  year: number;
  /** 1–12. */
  month: number;
}

const monthOf = (word: string): number => MONTHS.findIndex((m) => m.startsWith(word.toLowerCase().slice(0, 3))) + 1;

/** The posting date of a tweet or quote signature, when its raw text ends with one. */
export function signatureDate(raw: string): ClaimDate | undefined {
  const m = SIGNATURE_DATE.exec(raw);
  return m ? { year: Number(m[2]), month: monthOf(m[1]) } : undefined;
}

export interface NamedDates {
  years: number[];
  /** year × 12 + month − 1 of each "June 2019". */
  months: number[];
}

export function namedDates(text: string): NamedDates {
  const years = [...new Set([...text.matchAll(YEAR)].map((m) => Number(m[1])))];
  const months = [...new Set([...text.matchAll(MONTH_YEAR)].map((m) => Number(m[2]) * 12 + monthOf(m[1]) - 1))];
  return { years, months };
}

/**
 * [the candidate names the claim's year, names its month, how many years its nearest year is
 * away (0 when it names none, at most 5)].
 */
export function dateAgreement(date: ClaimDate | undefined, named: NamedDates): [number, number, number] {
  if (!date || named.years.length === 0) return [0, 0, 0];
  const gap = Math.min(...named.years.map((y) => Math.abs(y - date.year)));
  const month = date.year * 12 + date.month - 1;
  return [gap === 0 ? 1 : 0, named.months.some((m) => Math.abs(m - month) <= 1) ? 1 : 0, Math.min(gap, 5)];
}
