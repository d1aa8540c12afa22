/**
 * Guards for shapes of news copy the reported-speech rules misread: a figure before a noun the tagger takes for
 * a verb (`a $42 million plan to …`), a wire dateline opening a paragraph (`MADRID (Reuters) - …`), and an
 * expectation whose source closes the sentence (`… is expected to open in May, officials said.`).
 */
import type { Token } from '../text/tokens';
import { SPEECH_VERBS } from '../text/lexicon';
import { rule } from '../rules/rule';
import { has } from './speakers';
import { tokenAt } from './context';

const DETERMINER = /^(?:a|an|the|its|their|his|her|our|this|that|these|those)$/;

export const figureThenNoun = rule(
  'indirect.figure-then-noun',
  '`The council approved a $42 million plan to extend the line.`: a word right after a figure inside a noun phrase is a noun, not a cue.',
  (tokens: readonly Token[], j: number, min: number): boolean => {
    const prev = tokens[j - 1];
    if (j - 1 < min || prev.post.trim() !== '' || !(/\d/.test(prev.text) || has(prev, 'Value'))) return false;
    // The figure opens with a determiner a few words back (`a $42 million`, `the 10-point`), no verb between.
    for (let i = j - 2; i >= Math.max(min, j - 4); i--) {
      if (tokens[i].post.trim() !== '') return false;
      if (DETERMINER.test(tokens[i].lower)) return true;
      if (has(tokens[i], 'Verb') && !/\d/.test(tokens[i].text)) return false;
    }
    return false;
  },
);

/**
 * A wire dateline: a place in capitals (up to four words, optionally `, Month day`), an agency in brackets, then a
 * dash — `MADRID (Reuters) - `, `WASHINGTON, June 3 (AP) — `, `NEW YORK — `.
 */
const DATELINE = /^[\p{Lu}][\p{Lu}.'’-]+(?: [\p{Lu}][\p{Lu}.'’-]+){0,3}(?:, [\p{Lu}][\p{Ll}.]+(?: [\p{Lu}][\p{Ll}.]+)?)?(?:,? [\p{Lu}][\p{Ll}]{2,8}\.? \d{1,2})? ?(?:\([\p{L} .&-]{1,30}\))? ?(?:[\u2014\u2013]|--?) ?/u;

export const dateline = rule(
  'span.dateline',
  '`MADRID (Reuters) - Farmers sold a fifth of their cattle, the union said.`: the reported clause starts after the dateline.',
  (text: string, start: number): number => {
    const m = DATELINE.exec(text.slice(start, start + 80));
    // A lone capitalised word and a dash (`A – B`) is no dateline: the place must be two letters or more, in capitals.
    return m && /^[\p{Lu}]{2}/u.test(m[0]) ? start + m[0].length : start;
  },
);

/** The first token of a source and speech verb after the sentence's last comma (`, officials said.`, `, the agency told Reuters`), or -1. */
const CONNECTIVE = /^(?:and|but|or|while|whereas|because|although|though|which|who|whom|when|as|so|yet)$/;

export const sourceClosesSentence = rule(
  'indirect.source-closes-sentence',
  '`The bridge is expected to open in May, officials said.`: the source at the end claims the whole sentence, not an unsourced expectation.',
  (tokens: readonly Token[], a: number, b: number): number => {
    const at = closingSource(tokens, a, b);
    if (at >= 0) return at;
    // `…, officials said, though no date has been set.`: a concessive tail after the source.
    for (let c = b - 2; c > a + 3 && c >= b - 12; c--) if (tokens[c - 1].post.includes(',') && CONCESSIVE.test(tokens[c].lower)) return closingSource(tokens, a, c);
    return -1;
  },
);

const CONCESSIVE = /^(?:though|although|but|while|whereas)$/;

export const reportAfterUnsourced = rule(
  'indirect.report-after-unsourced',
  '`The bridge is expected to open in May, though critics said the cost would double.`: a report after the expectation is read too.',
  /** The first token after the unsourced pieces, from which speech and stance verbs are read again. */
  (tokens: Token[], pieces: readonly { end: number }[]): number => tokenAt(tokens, Math.max(...pieces.map((q) => q.end))),
);

export const stanceYieldsToSource = rule(
  'indirect.stance-yields-to-source',
  '`The firm recalled it after tests found lead in the paint, the company said.`: a stance verb before a closing source is no cue.',
  // Only stance verbs yield: a speech verb before the source (`He said …, the report said`) keeps its clause.
  (speech: boolean, j: number, closingAt: number): boolean => !speech && closingAt >= 0 && j < closingAt,
);

/** Where `, X said` closing tokens [a, b) starts (the token after its comma), or -1. */
function closingSource(tokens: readonly Token[], a: number, b: number): number {
  for (let k = b - 1; k > a && k >= b - 8; k--) {
    if (tokens[k - 1].post.includes(',')) {
      // `…, for their future state`: a phrase after the comma, not a source and its verb.
      if (CONNECTIVE.test(tokens[k].lower) || has(tokens[k], 'Preposition')) return -1;
      // The verb near the end: `officials said on Monday`, not `, and he told her the plan would fail`.
      for (let v = Math.max(k + 1, b - 4); v < b; v++) if (SPEECH_VERBS.has(tokens[v].lower) && !/^\p{Lu}/u.test(tokens[v].text) && !has(tokens[v], 'Gerund')) return k;
      return -1;
    }
  }
  return -1;
}
