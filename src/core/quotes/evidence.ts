/** What a poll, study or record shows: `The latest county poll shows that the mayor leads by six points.` */
import type { ParagraphQuote } from '../paragraph/types';
import { rule } from '../rules/rule';
import { cueMention, has } from './speakers';
import { tokenLead, type QuoteContext } from './context';
import { clauseSpan } from './reported';

/** Head nouns of a source that shows or finds: polls, studies, records, figures. */
const EVIDENCE = /^(?:polls?|polling|surveys?|data|records?|stud(?:y|ies)|reports?|analys[ie]s|averages?|emails|documents|figures|numbers|results|statistics|research|filings|census|slides?|estimates|returns|review|audit|investigation|tally)$/;
const SHOWS = /^(?:show|shows|showed|found|finds)$/;

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
      const mention = { start: tokens[s].start, end: tokens[j - 1].end, text: text.slice(tokens[s].start, tokens[j - 1].end) };
      return { start: cs, end: ce, kind: 'indirect', speaker: { mention, name: mention.text.replace(/^(?:the|a|an)\s+/i, '') }, cue: cueMention(tokens, j, j, text, 0), reopens: false, unclosed: false, rules };
    }
    return null;
  },
);
