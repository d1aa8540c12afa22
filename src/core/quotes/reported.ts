/**
 * More reported speech without marks (indirect.ts runs these): a subject the speaker search misses, a verb with
 * its preposition (`called for`), attitudes without a source (`is expected to`), and the subject piece of those.
 */
import { tokenize, type Token } from '../text/tokens';
import type { Mention } from '../types';
import type { ParagraphQuote, ParagraphSpeaker } from '../paragraph/types';
import { noteRule, rule } from '../rules/rule';
import { cueMention, has, isVerbFiller, speakerAfter, subjectOf } from './speakers';
import { nameOf } from './nameOf';
import { tokenAt, tokenLead, trimSpan, type QuoteContext } from './context';
import { clauseBreak, clauseBreakEnd } from './span/clauseEnd';
import { endOfAside, relativeSpeakerAt } from './span/relativeAside';

/** A sentence: its tokens [a, b) and its characters [start, end). */
export interface ReportedSentence {
  a: number;
  b: number;
  start: number;
  end: number;
}

export function reportedQuote(start: number, end: number, speaker: ParagraphSpeaker | null, cue: Mention, rules: string[]): ParagraphQuote {
  return { start, end, kind: 'indirect', speaker, cue, reopens: false, unclosed: false, rules };
}

/** The words from character `from` to the next clause break (or the sentence end), trimmed; `rules` gets the break's rule. */
export function clauseSpan(ctx: QuoteContext, from: number, sentEnd: number, rules: string[], object = false): [number, number] {
  const br = clauseBreak(ctx, from + 1, sentEnd);
  if (br >= 0) noteRule(rules, clauseBreakEnd.id);
  let end = br >= 0 ? br : sentEnd;
  const adj = ctx.rules.on(adjunctEnd) ? adjunctEnd.fn(ctx, from, end, object) : undefined;
  if (adj !== undefined) {
    end = adj;
    noteRule(rules, adjunctEnd.id);
  }
  return trimSpan(ctx.text, from, end);
}

/** Words that end a subject scanned backwards: its start is after them. */
const NOT_IN_SUBJECT = /^(?:and|but|or|that|which|who|whom|what|when|where|if|as|because|while|than|so|then)$/;

/**
 * `The Sanders campaign said`: a noun the tagger read as a verb (a present form just before a past speech verb
 * cannot be the verb) or a subject the speaker search stops short of.
 */
export const looseSubject = rule(
  'indirect.loose-subject',
  '`The Sanders campaign said it would appeal.` / `Several senators, including Ann Lee, said the bill was dead.`: the subject before a speech verb.',
  (ctx: QuoteContext, s: ReportedSentence, j: number): ParagraphSpeaker | null => {
    const { tokens, text } = ctx;
    let i = j - 1;
    while (i > s.a && isVerbFiller(tokens[i]) && !tokens[i].post) i--;
    if (i < s.a) return null;
    if (tokens[i].post.startsWith(',')) return fronted(ctx, s, i);
    let start = i;
    while (start > s.a && !tokens[start - 1].post && subjectWord(tokens[start - 1]) && i - start < 5) start--;
    if (start > s.a && (!tokens[start - 1].post || NOT_IN_SUBJECT.test(tokens[start - 1].lower))) return null;
    const head = tokens[i];
    const misread = i > start && has(head, 'PresentTense') && !/s$/.test(head.lower) && /^\p{Ll}/u.test(head.text);
    if (!(has(head, 'Noun') && !has(head, 'Pronoun') || misread) || has(head, 'Date') || has(head, 'Time')) return null;
    if (!subjectWord(tokens[start]) || has(tokens[start], 'Preposition')) return null;
    return { mention: { start: tokens[start].start, end: head.end, text: text.slice(tokens[start].start, head.end) }, name: nameOf(tokens, start, i, text) };
  },
);

function subjectWord(t: Token): boolean {
  if (NOT_IN_SUBJECT.test(t.lower) || has(t, 'Preposition') || has(t, 'Conjunction') || has(t, 'QuestionWord')) return false;
  if (has(t, 'Pronoun') && !has(t, 'Possessive')) return false;
  if (has(t, 'Verb') && (has(t, 'PastTense') || has(t, 'Gerund') || has(t, 'Modal') || has(t, 'Copula') || has(t, 'Auxiliary'))) return false;
  return true;
}

/** `Several senators, including Ann Lee, said`: the noun phrase opening the sentence, set off by the comma. */
function fronted(ctx: QuoteContext, s: ReportedSentence, comma: number): ParagraphSpeaker | null {
  const { tokens, text } = ctx;
  if (has(tokens[s.a], 'Preposition') || has(tokens[s.a], 'Adverb') || has(tokens[s.a], 'Conjunction') || has(tokens[s.a], 'Date')) return null;
  const sp = speakerAfter(tokens, s.a, comma, text, 0);
  if (!sp) return null;
  const last = tokenAt(tokens, sp.mention.end) - 1;
  const next = tokens[last + 1];
  if (!tokens[last].post.startsWith(',') || !next || !/^(?:including|like|among|especially|such|both|all|from|with)$/.test(next.lower)) return null;
  return sp;
}

/** A verb and the preposition that makes its object the content: `called for a ban`, `warned of a crisis`. */
const VERB_PREPOSITIONS: Record<string, RegExp> = {
  call: /^for$/, push: /^for$/, argue: /^(?:for|against)$/, advocate: /^for$/, vote: /^(?:for|against)$/,
  talk: /^about$/, speak: /^(?:about|of)$/, write: /^about$/, complain: /^about$/, boast: /^(?:of|about)$/, brag: /^about$/,
  warn: /^(?:of|about|against)$/, rail: /^against$/, point: /^to$/, focus: /^on$/, insist: /^on$/, hint: /^at$/,
  comment: /^on$/, say: /^of$/, worry: /^about$/, caution: /^against$/, campaign: /^(?:for|against|on)$/,
};
const VERB_FORMS: Record<string, string> = {};
for (const base of Object.keys(VERB_PREPOSITIONS)) {
  const stem = base.replace(/e$/, '');
  const forms = [base, `${base}s`, `${stem}ed`, `${stem}ing`];
  if (/[^aeiou][aeiou][kglt]$/.test(base) && base.length <= 4 && !/^(?:talk|call)$/.test(base)) forms.push(`${base}${base.slice(-1)}ed`, `${base}${base.slice(-1)}ing`);
  if (base === 'worry') forms.push('worries', 'worried', 'worrying');
  if (base === 'say') forms.push('said', 'says', 'saying');
  if (base === 'speak') forms.push('spoke', 'spoken', 'speaking');
  if (base === 'write') forms.push('wrote', 'written', 'writing', 'writes');
  for (const f of forms) VERB_FORMS[f] = base;
}

/** The base of a verb that takes a content preposition, when `t` is one of its forms. */
export function prepositionVerb(t: Token): string | undefined {
  return Object.prototype.hasOwnProperty.call(VERB_FORMS, t.lower) ? VERB_FORMS[t.lower] : undefined;
}

export const verbPreposition = rule(
  'indirect.verb-preposition',
  '`The union called for a national strike.` / `She warned of deep cuts.`: the object of the verb\'s preposition.',
  (ctx: QuoteContext, s: ReportedSentence, j: number, sp: ParagraphSpeaker | null): ParagraphQuote | null => {
    const { tokens } = ctx;
    const base = prepositionVerb(tokens[j]);
    const prep = tokens[j + 1];
    if (!base || !sp || !prep || tokens[j].post || j + 2 >= s.b || !VERB_PREPOSITIONS[base].test(prep.lower) || prep.post) return null;
    // `a bombing campaign against`: a noun after a determiner or modifier, not the verb.
    const before = tokens[j - 1];
    if (before && !before.post && (has(before, 'Determiner') || has(before, 'Adjective') || has(before, 'Possessive') || has(before, 'Gerund'))) return null;
    const rules = ['indirect.verb-preposition'];
    const [cs, ce] = endOfAside(ctx, clauseSpan(ctx, tokenLead(tokens[j + 2]), s.end, rules, true), relativeSpeakerAt(tokens, sp), j + 2, s.b, rules);
    return ce - cs < 6 ? null : reportedQuote(cs, ce, sp, cueMention(tokens, j, j + 1, ctx.text, 0), rules);
  },
);

const BELIEF = /^(?:expected|seen|considered|regarded|viewed|believed|thought|known|rumou?red|reported|said|alleged|projected|predicted|estimated|widely)$/;
const BELIEF_COPULA = /^(?:is|are|was|were|be|been|being|'s|’s)$/;

/** Pieces of an attitude with no source: the clause after the cue, and the subject before it. */
export const unsourced = rule(
  'indirect.unsourced',
  '`The council is expected to approve the plan.` / `The union is widely seen as a moderate voice.`: what is expected, and of whom.',
  (ctx: QuoteContext, s: ReportedSentence): ParagraphQuote[] | null => {
    const { tokens, text } = ctx;
    for (let j = s.a + 1; j < s.b - 2; j++) {
      if (!BELIEF_COPULA.test(tokens[j].lower) && !(tokens[j].lower === "'s" || /['\u2019]s$/.test(tokens[j].text) && has(tokens[j], 'Copula'))) continue;
      let p = j + 1;
      while (p < s.b && has(tokens[p], 'Adverb') && !tokens[p - 1].post) p++;
      const part = tokens[p];
      if (!part || tokens[p - 1].post || !BELIEF.test(part.lower) || part.lower === 'widely' || part.post) continue;
      const next = tokens[p + 1];
      if (!next) return null;
      const takesObject = /^(?:considered|regarded|viewed|seen|known)$/.test(part.lower);
      let from: number;
      if (next.lower === 'to' || next.lower === 'that') from = p + 1;
      else if (next.lower === 'as' && takesObject) from = p + 2;
      else if (part.lower === 'considered' && (has(next, 'Determiner') || has(next, 'Adjective'))) from = p + 1;
      else continue;
      if (from >= s.b - 1) return null;
      const rules = ['indirect.unsourced'];
      const [cs, ce] = clauseSpan(ctx, tokenLead(tokens[from]), s.end, rules, next.lower !== 'that');
      if (ce - cs < 6) return null;
      const cue = cueMention(tokens, j, next.lower === 'as' ? p + 1 : p, text, 0);
      return [...subjectPiece(ctx, s, j, cue, rules), reportedQuote(cs, ce, null, cue, rules)];
    }
    return null;
  },
);

/**
 * The subject of an unsourced attitude as its own piece (`The council` of `The council is expected to …`), as
 * the attribution corpora mark it (a pronoun or relative word too); nothing when none is found.
 */
export function subjectPiece(ctx: QuoteContext, s: ReportedSentence, verb: number, cue: Mention, rules: string[]): ParagraphQuote[] {
  const { tokens, text } = ctx;
  const subj = subjectOf(tokens, s.a, verb, text, 0);
  if (!subj) return [];
  const end = tokenAt(tokens, subj.mention.end);
  if (end !== verb && !(end < verb && tokens.slice(end, verb).every((t) => isVerbFiller(t) && !t.post))) return [];
  return [reportedQuote(subj.mention.start, subj.mention.end, null, cue, rules.slice())];
}

/** Participles that open an adjunct after the content: `, saying …`, `, adding that …`. */
const ADJUNCT_PARTICIPLE = /^(?:saying|adding|arguing|noting|joking|calling|citing|explaining|insisting|claiming|telling|asking|warning|urging|accusing|praising|suggesting|vowing|promising|declaring|insisting|referring|pointing|writing|describing)$/;

export function isAdjunctParticiple(t: Token): boolean {
  return ADJUNCT_PARTICIPLE.test(t.lower);
}

const OBJECT_END = /^(?:who|whom|which|where|whose|however|while|when|after|before|as|not|though|although|because)$/;

/**
 * Where reported content in characters [from, to) ends before an adjunct of the reporting clause: `, saying …`
 * after any content; after an object, `and`/`but` + a second verb of the subject (`criticized the deal and urged …`)
 * and a comma before a participle, a relative word or a pronoun.
 */
export const adjunctEnd = rule(
  'indirect.adjunct-end',
  '`He criticized the deal and urged a new vote.` / `She rejected the offer, saying it came too late.`: the content stops before the reporter\'s next act.',
  (ctx: QuoteContext, from: number, to: number, object: boolean): number | undefined => {
    const { tokens } = ctx;
    for (let i = tokenAt(tokens, from) + 1; i < tokens.length && tokens[i].end <= to; i++) {
      const prev = tokens[i - 1];
      const t = tokens[i];
      if (prev.post.startsWith(',') && ADJUNCT_PARTICIPLE.test(t.lower)) return prev.end;
      // After an object, a comma before a participle, a relative or a new subject ends it.
      if (object && prev.post.startsWith(',') && (has(t, 'Gerund') || OBJECT_END.test(t.lower) || has(t, 'Pronoun') && !has(t, 'Possessive'))) return prev.end;
      const next = tokens[i + 1];
      if (object && /^(?:and|but)$/.test(t.lower) && !prev.post && next && !t.post && has(next, 'Verb') && !has(next, 'Noun') && (has(next, 'PastTense') || /s$/.test(next.lower) && has(next, 'PresentTense'))) {
        return prev.end;
      }
    }
    return undefined;
  },
);

const HEARSAY = /^(?:reportedly|allegedly|reputedly|purportedly|supposedly)$/;

/** `X has reportedly done Y`: what is reported is the sentence around the adverb, in two pieces. */
export const reportedly = rule(
  'indirect.reportedly',
  '`The firm has reportedly hired a new auditor.`: the words before the adverb (subject and auxiliary) and after it.',
  (ctx: QuoteContext, s: ReportedSentence): ParagraphQuote[] | null => {
    const { tokens, text } = ctx;
    for (let j = s.a + 1; j < s.b - 2; j++) {
      if (!HEARSAY.test(tokens[j].lower) || tokens[j].post || tokens[j - 1].post) continue;
      let from = j - 1;
      while (from > s.a && !tokens[from - 1].post && !NOT_IN_SUBJECT.test(tokens[from - 1].lower)) from--;
      if (NOT_IN_SUBJECT.test(tokens[from].lower)) from++;
      const rules = ['indirect.reportedly'];
      const [bs, be] = clauseSpan(ctx, tokenLead(tokens[j + 1]), s.end, rules);
      const [as, ae] = from < j ? trimSpan(text, tokens[from].start, tokens[j - 1].end) : [0, 0];
      const cue = cueMention(tokens, j, j, text, 0);
      if (be - bs < 6) return null;
      return [...(ae > as ? [reportedQuote(as, ae, null, cue, rules.slice())] : []), reportedQuote(bs, be, null, cue, rules)];
    }
    return null;
  },
);

/** `…, according to the agency, and eight more were hurt.` / `Sales, according to the firm, have doubled.`: the words after the source. */
export const accordingAside = rule(
  'indirect.according-to-aside',
  '`Sales, according to the firm, have doubled since May.`: an `according to X,` inside the sentence attributes what follows it too.',
  (ctx: QuoteContext, s: ReportedSentence, sp: ParagraphSpeaker, cue: Mention): ParagraphQuote | null => {
    const { tokens } = ctx;
    const last = tokenAt(tokens, sp.mention.end) - 1;
    if (!tokens[last]?.post.startsWith(',') || s.b - last < 4) return null;
    let k = last + 1;
    if (/^(?:and|but)$/.test(tokens[k].lower)) k++;
    const rules = ['indirect.according-to-aside'];
    const [cs, ce] = clauseSpan(ctx, tokenLead(tokens[k]), s.end, rules);
    return ce - cs < 8 ? null : reportedQuote(cs, ce, sp, cue, rules);
  },
);

const RELATIVE = /^(?:which|that|who|what)$/;
/** Verbs after which a relative's report is a predicate: `which he said was late`, `what she calls a tax`. */
const RELATIVE_CUE = /^(?:said|says|say|believes?|believed|thinks?|thought|argued|argues|claims?|claimed|calls?|called|considers?|considered|described|describes|insisted|insists|contends?|contended|suggested|expects?|expected|hopes?|hoped|predicted|fears?|feared)$/;

/**
 * `a finish that he said defied expectations`: the relative word (the subject of what was said) and the
 * predicate after the cue are the content, in two pieces.
 */
export const relativeReport = rule(
  'indirect.relative-report',
  '`a wall which he said Mexico would pay for` / `what she calls a hidden tax`: the relative word and the words after the cue.',
  (ctx: QuoteContext, s: ReportedSentence, j: number, sp: ParagraphSpeaker | null, cue: Mention): ParagraphQuote[] | undefined => {
    const { tokens } = ctx;
    if (!sp || !RELATIVE_CUE.test(tokens[j].lower) || tokens[j].post) return undefined;
    const rel = tokenAt(tokens, sp.mention.start) - 1;
    if (rel < s.a || !RELATIVE.test(tokens[rel].lower) || tokens[rel].post || j + 1 >= s.b) return undefined;
    const next = tokens[j + 1];
    const what = tokens[rel].lower === 'what';
    if (has(next, 'Preposition') && !what) return undefined;
    if (tokens[rel].lower === 'that' && !(rel > s.a && has(tokens[rel - 1], 'Noun') && !tokens[rel - 1].post)) return undefined;
    const rules = ['indirect.relative-report'];
    const [cs, ce] = endOfAside(ctx, clauseSpan(ctx, tokenLead(next), s.end, rules, what), rel, j + 1, s.b, rules);
    if (ce - cs < 4) return undefined;
    const relQuote = reportedQuote(tokens[rel].start, tokens[rel].end, sp, cue, rules.slice());
    return [relQuote, reportedQuote(cs, ce, sp, cue, rules)];
  },
);

const CONTRACTED_VERB = /['\u2019](?:s|re|ll|d|ve|m)$/i;
const FINITE = (t: Token): boolean =>
  has(t, 'Verb') && !has(t, 'Noun') && !has(t, 'Gerund') && !has(t, 'Infinitive') && (has(t, 'PastTense') || has(t, 'PresentTense') || has(t, 'Modal') || has(t, 'Copula'));

/**
 * A clause after a speech verb that the tagger does not open with a noun: `said there are`, `said he's not`,
 * `said more than a million donors gave`: `there` + verb, a pronoun with a contracted verb, or a subject and its
 * finite verb within the first words (no punctuation between).
 */
export const bareClause = rule(
  'indirect.bare-clause',
  '`Aides said more than a million donors gave.` / `She said there are good reasons.` / `He said taxes would rise.`: a clause all the same.',
  (tokens: Token[], k: number, b: number): boolean => {
    const first = tokens[k];
    if (!first || k + 1 >= b) return false;
    if (/^(?:there|here)$/.test(first.lower) && !first.post && FINITE(tokens[k + 1])) return true;
    if (has(first, 'Pronoun') && CONTRACTED_VERB.test(first.text) && !has(first, 'Possessive')) return true;
    for (let i = k; i + 1 < b && i < k + 7; i++) {
      if (tokens[i].post) return false;
      const subject = (has(tokens[i], 'Noun') || has(tokens[i], 'Pronoun') || has(tokens[i], 'Value')) && !has(tokens[i], 'Possessive');
      // `said taxes would rise`, `said wages rose`: the tagger reads a plural subject right after the cue as a verb, `rose` as a noun.
      const misread = i === k && has(tokens[i], 'PresentTense') && !has(tokens[i], 'Copula') && !has(tokens[i], 'Auxiliary') && /\p{Ll}[^s]s$/u.test(tokens[i].text);
      if ((subject || misread) && (FINITE(tokens[i + 1]) || tokens[i + 1].lower === 'rose' && (misread || has(tokens[i], 'Plural')))) return true;
    }
    return false;
  },
);

/** Labels before a colon that head a note or site furniture, not a source. */
const NOT_SOURCE_LABEL = /^(?:note|related|update|updated|correction|clarification|editor'?s? note|photo|photos|video|watch|read|read more|listen|source|sources|also|breaking|exclusive|advertisement|disclosure|subscribe|follow|contact|email|by|byline|share|tags?|topics?|filed under|more|see also|opinion|analysis|live|first|next|previously|why|how|what|when|where|who|here's why|the bottom line|bottom line|the upshot|warning|spoiler)$/i;

/**
 * `Insiders: Trump will rebound in New Hampshire` / `Kasich: We will go all the way`: a headline or a line that
 * opens with a short capitalised source and a colon reports its words; the colon is the cue.
 */
export const labelColon = rule(
  'indirect.label-colon',
  '`Mayor Lee: The bridge will reopen in May`: a line opening with a short capitalised source and a colon.',
  (ctx: QuoteContext, s: ReportedSentence): ParagraphQuote | null => {
    const { tokens, text } = ctx;
    let c = s.a;
    while (c < s.b && c < s.a + 4 && !tokens[c].post.startsWith(':')) c++;
    if (c >= s.b - 2 || !tokens[c].post.startsWith(':') || /\n/.test(text.slice(0, tokens[c].end))) return null;
    for (let i = s.a; i <= c; i++) {
      if (!/^\p{Lu}/u.test(tokens[i].text) || i < c && tokens[i].post && !/^[.'\u2019]s?$/.test(tokens[i].post)) return null;
    }
    const label = text.slice(tokens[s.a].start, tokens[c].end);
    // `Russia: Putin explained …`: a place names the topic, not a source (read alone: the tagger misreads `X:`).
    if (tokenize(label).tokens.some((t) => has(t, 'Place'))) return null;
    if (NOT_SOURCE_LABEL.test(label) || /^\p{Lu}[\p{Lu}'\u2019-]+$/u.test(label) && label.length >= 3) return null;
    const lineEnd = text.indexOf('\n', tokens[c].end);
    const [cs, ce] = trimSpan(text, tokenLead(tokens[c + 1]), Math.min(s.end, lineEnd < 0 ? text.length : lineEnd));
    if (ce - cs < 8 || !/\s/.test(text.slice(cs, ce))) return null;
    const colon = tokens[c].end + tokens[c].post.indexOf(':');
    const speaker: ParagraphSpeaker = { mention: { start: tokens[s.a].start, end: tokens[c].end, text: label }, name: nameOf(tokens, s.a, c, text) };
    return reportedQuote(cs, ce, speaker, { start: colon, end: colon + 1, text: ':' }, ['indirect.label-colon']);
  },
);

const POLL = /^(?:polls?|surveys?|average|averages|tracking)$/;

/**
 * `In the latest Harbor poll, the mayor leads by six points.` / `The mayor leads in most polls.`: a finding a poll
 * reports; the poll is the source.
 */
export const inPoll = rule(
  'indirect.in-poll',
  '`In a new county survey, the mayor leads by six points.` / `Lee is third in most polls.`: what a poll found.',
  (ctx: QuoteContext, s: ReportedSentence): ParagraphQuote | null => {
    const { tokens, text } = ctx;
    for (let j = s.a; j < s.b - 1; j++) {
      if (tokens[j].lower !== 'in' || tokens[j].post) continue;
      let p = j + 1;
      while (p < s.b && p < j + 9 && !POLL.test(tokens[p].lower) && !tokens[p].post) p++;
      if (p >= s.b || !POLL.test(tokens[p].lower) || has(tokens[p], 'Verb') && !has(tokens[p], 'Noun')) continue;
      const source: ParagraphSpeaker = { mention: { start: tokens[j + 1].start, end: tokens[p].end, text: text.slice(tokens[j + 1].start, tokens[p].end) }, name: text.slice(tokens[j + 1].start, tokens[p].end) };
      const cue = cueMention(tokens, j, j, text, 0);
      const rules = ['indirect.in-poll'];
      if (j === s.a) {
        let k = p;
        while (k < s.b && !tokens[k].post.startsWith(',')) k++;
        // `In the poll, conducted in May, …`: past the aside.
        if (k + 1 < s.b && has(tokens[k + 1], 'Participle') || /^(?:conducted|released|taken|published)$/.test(tokens[k + 1]?.lower ?? '')) {
          k++;
          while (k < s.b && !tokens[k].post.startsWith(',')) k++;
        }
        if (k >= s.b - 2) return null;
        const [cs, ce] = clauseSpan(ctx, tokenLead(tokens[k + 1]), s.end, rules);
        return ce - cs < 10 ? null : reportedQuote(cs, ce, source, cue, rules);
      }
      // What the poll found is a clause: `A close race in the polls` reports nothing.
      if (j < s.a + 2 || tokens[j - 1].post || !tokens.slice(s.a, j).some(FINITE)) return null;
      const [cs, ce] = trimSpan(text, s.start, tokens[j - 1].end);
      return ce - cs < 10 ? null : reportedQuote(cs, ce, source, cue, rules);
    }
    return null;
  },
);

/** `Asked about the delay, the mayor said …`: the question put is reported too. */
export const askedAbout = rule(
  'indirect.asked-about',
  '`Asked whether she would run again, Ms. Lee said no.`: what the speaker was asked, before the comma: the asker\'s (`Asked by X`), not the speaker\'s.',
  (ctx: QuoteContext, s: ReportedSentence): ParagraphQuote | null => {
    const { tokens, text } = ctx;
    const t = tokens[s.a];
    if (!t || t.lower !== 'asked' || t.post || s.b - s.a < 5) return null;
    let k = s.a + 1;
    while (k < s.b && !tokens[k].post.startsWith(',')) k++;
    if (k >= s.b - 2 || k === s.a + 1) return null;
    // The one who answers did not ask: the question is the asker's, named only as `Asked by Stephanopoulos …`.
    const byName = tokens[s.a + 1].lower === 'by' && /^\p{Lu}/u.test(tokens[s.a + 2].text);
    let n = s.a + 2;
    while (byName && n < k && /^\p{Lu}/u.test(tokens[n + 1].text) && !tokens[n].post) n++;
    const asker = byName && n < k ? speakerAfter(tokens, s.a + 2, n, text, 0) : null;
    const [cs, ce] = trimSpan(text, tokenLead(tokens[asker ? n + 1 : s.a + 1]), tokens[k].end);
    return ce - cs < 6 ? null : reportedQuote(cs, ce, asker, cueMention(tokens, s.a, s.a, text, 0), ['indirect.asked-about']);
  },
);
