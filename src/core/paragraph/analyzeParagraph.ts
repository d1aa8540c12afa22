/** analyzeParagraph: all compromise work for one paragraph, offsets relative to its start. */
import type { Entities, Mention } from '../types';
import type { ParagraphAnalysis, ParagraphClaim, ParagraphError, ParagraphPerson, ParagraphSentence } from './types';
import { tokenize, type Token, type Tokenized } from '../text/tokens';
import { scoreParagraphSentences, type ScoredSentence } from '../claims/scoreSentences';
import { findQuotes, type ParagraphQuotes } from '../quotes/pipeline';
import { restyleMarks } from '../quotes/marks';
import { maskMarkup } from '../text/markup';
import { ALL_RULES_ON, type RuleSet } from '../rules/registry';
import { stepError } from './stepErrors';
import { genderOf, has } from '../quotes/speakers';
import { modifiesHead, nameOf } from '../quotes/nameOf';
import { TITLES } from '../text/lexicon';
import { partOfLongerName, withSpeakers } from './persons';

/** Sentences scoring below this are not reported as claims at all: the learned model's threshold. */
export { CLAIM_THRESHOLD as MIN_CLAIM_SCORE } from '../claims/shippedModel';

/**
 * `rules`: the quote rules in force (all by default). A step that throws loses only its own part of the paragraph
 * (its claims, quotes or persons) and is reported in `errors`, never silently.
 */
export function analyzeParagraph(original: string, rules: RuleSet = ALL_RULES_ON): ParagraphAnalysis {
  const errors: ParagraphError[] = [];
  const step = <T>(name: string, fallback: T, fn: () => T): T => {
    try {
      return fn();
    } catch (error) {
      errors.push(stepError(name, error));
      return fallback;
    }
  };
  // Quotation marks of every style read as the ones the pairing knows; same length, so offsets hold in `original`.
  const { text: restyled, marks: styled } = step('marks', { text: original, marks: new Map<number, string>() }, () => restyleMarks(original, rules.quotes.styles, rules));
  // Markdown syntax as spaces (after the wire marks are read: ``…'' is a quotation, not code); offsets hold too.
  const text = step('markup', restyled, () => maskMarkup(restyled, rules, rules.quotes.markup));
  const tz = step('tokenize', EMPTY, () => tokenize(text));
  const { tokens, sentences } = tz;
  // Every sentence is reported; a scoring failure leaves it at 0 and the paragraph without claims.
  const scored = step('claims', [], () => scoreParagraphSentences(text, tz));
  const scoredSentences: ParagraphSentence[] = sentences.map((s, si) => ({ start: s.start, end: s.end, score: scored[si]?.score ?? 0 }));
  // A byline (`By Jo Park | 4 December 2026`) states who wrote the article: no claim to check, no one in the story.
  const byline = isByline(tokens, text);
  const claims = step('claims', [], () => (byline ? [] : claimsOf(scored, tz, text)));
  const found = step<ParagraphQuotes>('quotes', { quotes: [], intro: null }, () => findQuotes(text, tz, rules, styled));
  const persons = step('persons', [], () => withSpeakers(byline ? [] : personsOf(tokens, text), found.quotes, tokens));
  // Mentions are checked against the document as written (link/items.ts validMention): re-read them there.
  if (text !== restyled) resliceMentions(found, original);
  const result: ParagraphAnalysis = { sentences: scoredSentences, claims, quotes: found.quotes, intro: found.intro, persons };
  if (errors.length > 0) result.errors = errors;
  return result;
}

/** Each speaker and cue mention's text as `original` has it (Markdown syntax inside a mention stays, as written). */
function resliceMentions({ quotes, intro }: ParagraphQuotes, original: string): void {
  const fix = (m: Mention | undefined | null) => {
    if (m) m.text = original.slice(m.start, m.end);
  };
  for (const q of quotes) {
    fix(q.speaker?.mention);
    fix(q.cue);
    fix(q.fallback?.speaker.mention);
    fix(q.fallback?.cue);
  }
  fix(intro?.speaker.mention);
  fix(intro?.cue);
}

function claimsOf(scored: ScoredSentence[], { tokens, sentences, sentenceTokens }: Tokenized, text: string): ParagraphClaim[] {
  const claims: ParagraphClaim[] = [];
  scored.forEach(({ score, claim }, si) => {
    if (!claim) return;
    const [a, b] = sentenceTokens[si];
    claims.push({ start: sentences[si].start, end: sentences[si].end, score, ...claim, entities: entitiesOf(tokens, a, b, text) });
  });
  return claims;
}

const EMPTY: Tokenized = { tokens: [], sentences: [], sentenceTokens: [] };

function runs(tokens: Token[], a: number, b: number, tag: string): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let i = a; i <= b; i++) {
    const inRun = i < b && tokens[i].tags.has(tag) && !tokens[i].tags.has('Pronoun');
    if (inRun && start < 0) start = i;
    // A hyphen joins a name's parts ("Jean-Claude", "al-Assad"); other punctuation after a word ends the run.
    if (start >= 0 && (!inRun || tokens[i].post && !/^(?:['\u2019]s?|\.|-)$/.test(tokens[i].post))) {
      out.push([start, inRun ? i : i - 1]);
      start = -1;
    }
  }
  return out;
}

function clean(s: string): string {
  return s.replace(/['\u2019]s$/, '').replace(/[.,;:]+$/, '').trim();
}

function entitiesOf(tokens: Token[], a: number, b: number, text: string): Entities {
  const uniq = (xs: string[]) => [...new Set(xs.filter((x) => x.length > 1))];
  return {
    people: uniq(runs(tokens, a, b, 'Person').map(([x, y]) => clean(nameOf(tokens, x, y, text)))),
    organizations: uniq(runs(tokens, a, b, 'Organization').map(([x, y]) => clean(text.slice(tokens[x].start, tokens[y].end)))),
    places: uniq(runs(tokens, a, b, 'Place').map(([x, y]) => clean(text.slice(tokens[x].start, tokens[y].end)))),
  };
}

/**
 * `the Clinton campaign`, `a Trump adviser`: after an article, a name right before a lower-case noun describes the noun;
 * it mentions no one a later `he` or `she` could stand for.
 */
function modifiesNoun(tokens: Token[], x: number, y: number): boolean {
  return x > 0 && /^(?:the|a|an)$/i.test(tokens[x - 1].text) && y + 1 < tokens.length && modifiesHead(tokens, y, y + 1);
}

/** `By Marta Holm, Environment Correspondent`: who wrote the article, not someone in it whom a later `she` could mean. */
const BYLINE = /^\s*(?:(?:story|words|reporting|text)\s+)?by\s+\p{Lu}/iu;

function isByline(tokens: Token[], text: string): boolean {
  return text.length <= 200 && BYLINE.test(text) && !tokens.some((t) => has(t, 'Verb') && !has(t, 'Noun'));
}

function personsOf(tokens: Token[], text: string): ParagraphPerson[] {
  const out: ParagraphPerson[] = [];
  for (const [x, y] of runs(tokens, 0, tokens.length, 'Person')) {
    const name = clean(nameOf(tokens, x, y, text));
    if (!name || TITLES.has(name.toLowerCase()) || !/^\p{Lu}/u.test(name) || partOfLongerName(tokens, y) || modifiesNoun(tokens, x, y)) continue;
    out.push({ start: tokens[x].start, end: tokens[y].end, name, gender: genderOf(tokens, x, y) });
  }
  return out;
}
