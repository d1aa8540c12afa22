/** What a poll, study or record shows: `The latest county poll shows that the mayor leads by six points.` */
import type { ParagraphQuote } from '../paragraph/types';
import type { Token } from '../text/tokens';
import { rule } from '../rules/rule';
import { cueMention, has } from './speakers';
import { tokenLead, trimSpan, type QuoteContext } from './context';
import { clauseSpan, reportedQuote } from './reported';
import { dateline } from './wireStyle';
import { pastNeverNames } from './nameOf';

/** Head nouns of a source that shows or finds: polls, studies, records, figures. */
const EVIDENCE = /^(?:polls?|polling|surveys?|data|records?|stud(?:y|ies)|reports?|analys[ie]s|averages?|emails|documents|figures|numbers|results|statistics|research|filings|census|slides?|estimates|returns|review|audit|investigation|tally)$/;
const SHOWS = /^(?:show|shows|showed|found|finds)$/;

/** The clause [cs, ce) reported by the evidence phrase from token `source` up to its verb at token `verb`. */
function evidenceQuote(tokens: Token[], text: string, cs: number, ce: number, source: number, verb: number, rules: string[]): ParagraphQuote {
  // `But the survey shows`: the sentence's opening conjunction is no part of the source.
  source = pastNeverNames(tokens, source, verb - 1);
  const mention = { start: tokens[source].start, end: tokens[verb - 1].end, text: text.slice(tokens[source].start, tokens[verb - 1].end) };
  return reportedQuote(cs, ce, { mention, name: mention.text.replace(/^(?:the|a|an)\s+/i, '') }, cueMention(tokens, verb, verb, text, 0), rules);
}

export const evidenceShows = rule(
  'indirect.evidence-shows',
  'What a poll, study or record shows or found is its report: `A county survey released Friday shows the mayor leading by six points.`',
  /** `a`, `b`: the sentence's tokens [a, b); `end`: its last character. */
  (ctx: QuoteContext, a: number, b: number, end: number): ParagraphQuote | null => {
    const { tokens, text } = ctx;
    for (let j = a + 1; j < b - 2 && j < a + 16; j++) {
      if (!SHOWS.test(tokens[j].lower) || /[,;:]/.test(tokens[j - 1].post)) continue;
      // The subject: from the sentence start, or after a leading adverbial's comma (`This year, an average of polls shows`).
      let s = a;
      for (let k = a; k < j - 1; k++) if (tokens[k].post.includes(',')) s = k + 1;
      const head = tokens.slice(s, j).findIndex((t) => EVIDENCE.test(t.lower));
      if (head < 0 || j - s > 12 || tokens.slice(s, j).some((t) => has(t, 'Pronoun') && !has(t, 'Possessive'))) return null;
      let k = j + 1;
      if (tokens[k].lower === 'that') k++;
      if (k >= b - 1) return null;
      const rules = ['indirect.evidence-shows'];
      const [cs, ce] = clauseSpan(ctx, tokenLead(tokens[k]), end, rules);
      if (ce - cs < 10) return null;
      return evidenceQuote(tokens, text, cs, ce, s, j, rules);
    }
    return null;
  },
);

/** Verbs by which evidence closing a sentence reports the clause before it. */
const SHOWS_AFTER = /^(?:show|shows|showed|shown|suggest|suggests|suggested|indicate|indicates|indicated|reveal|reveals|revealed|found|find|finds)$/;

export const evidenceShowsAfter = rule(
  'indirect.evidence-shows-after',
  'Evidence closing the sentence reports the clause before it: `Waiting lists reached 7.8 million, NHS figures show.`',
  /** `a`, `b`: the sentence's tokens [a, b); `start`: its first character. */
  (ctx: QuoteContext, a: number, b: number, start: number): ParagraphQuote | null => {
    const { tokens, text } = ctx;
    let comma = -1;
    for (let k = b - 2; k > a + 2 && k >= b - 12; k--) {
      if (tokens[k].post.includes(',')) {
        comma = k;
        break;
      }
    }
    if (comma < 0) return null;
    // The source: a short noun phrase headed by evidence (`NHS figures`, `the latest polls`), then its verb, then at
    // most a short adverbial (`show on Tuesday`), and nothing else.
    const verb = tokens.slice(comma + 1, b).findIndex((t) => SHOWS_AFTER.test(t.lower)) + comma + 1;
    if (verb <= comma + 1 || b - verb > 4 || verb - comma > 7) return null;
    const source = tokens.slice(comma + 1, verb);
    if (!EVIDENCE.test(source[source.length - 1].lower) || source.some((t) => t.post.trim() || has(t, 'Pronoun') && !has(t, 'Possessive'))) return null;
    // `…, but reports reveal that's untrue`: a clause of its own, not a source closing the sentence.
    if (has(source[0], 'Conjunction')) return null;
    const rest = tokens.slice(verb + 1, b);
    if (rest.length && !(has(rest[0], 'Preposition') || has(rest[0], 'Date') || /^(?:last|this|on|in|yesterday|today)$/.test(rest[0].lower))) return null;
    if (rest.some((t) => has(t, 'Verb'))) return null;
    const rules = ['indirect.evidence-shows-after'];
    const opens = ctx.rules.on(dateline) ? dateline.fn(text, start) : start;
    if (opens > start) rules.push(dateline.id);
    const [cs, ce] = trimSpan(text, opens, tokens[comma].end);
    if (ce - cs < 10) return null;
    return evidenceQuote(tokens, text, cs, ce, comma + 1, verb, rules);
  },
);
