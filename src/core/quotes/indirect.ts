/** Reported speech without quotation marks: `X said (that) …` · `…, X said` · `according to X, …` · `X denied …`. */
import { questionReportsNothing } from './question';
import type { Mention } from '../types';
import type { ParagraphQuote, ParagraphSpeaker } from '../paragraph/types';
import { ATTITUDE_VERBS, CLAUSE_VERBS, namesAddressee } from '../text/lexicon';
import { noteRule, rule } from '../rules/rule';
import { cueBase, cueMention, has, isCue, speakerAfter, speakerBefore, subjectOf } from './speakers';
import { accordingTo, firstApplying, tokenAt, tokenLead, trimSpan, type QuoteContext } from './context';
import { clauseStart } from './span/clauseStart';
import { accordingSource, pastAppositive } from './accordingSource';
import { evidenceShows, evidenceShowsAfter } from './evidence';
import { describedSource } from './describedSource';
import { participleSubject } from './participleClause';
import { describedHead } from './describedHead';
import { endOfAside, relativeSpeakerAt } from './span/relativeAside';
import { dateline, figureThenNoun, reportAfterUnsourced, sourceClosesSentence, stanceYieldsToSource } from './wireStyle';
import { misreadCue, productRecall } from './misreadCue';
import { hasVerb, isClauseOpener, isGerundSubject, nounThenVerb } from './clauseShape';
import { accordingAside, askedAbout, bareClause, inPoll, clauseSpan, isAdjunctParticiple, labelColon, looseSubject, relativeReport, reportedly, subjectPiece, prepositionVerb, unsourced, verbPreposition } from './reported';

/** A sentence: its tokens [a, b) and its characters [start, end). */
export interface IndirectSentence { a: number; b: number; start: number; end: number }

const indirect = (start: number, end: number, speaker: ParagraphSpeaker | null, cue: Mention, rules: string[]): ParagraphQuote =>
  ({ start, end, kind: 'indirect', speaker, cue, reopens: false, unclosed: false, rules });

/** The clause from token k to the next clause break (or the sentence end), trimmed; `rules` gets the break's rule. */
function clauseFrom(ctx: QuoteContext, k: number, sentEnd: number, rules: string[], object = false): [number, number] {
  return clauseSpan(ctx, tokenLead(ctx.tokens[k]), sentEnd, rules, object);
}

export const accordingToClause = rule(
  'indirect.according-to',
  '`According to the mayor, the bridge will close.` (`According to Oxfam, a charity, …`: past its description) / `Unemployment fell, according to the ministry.`',
  (ctx: QuoteContext, s: IndirectSentence): ParagraphQuote[] | undefined => {
    const { tokens, text } = ctx;
    for (let j = s.a; j < s.b - 1; j++) {
      if (!accordingTo(tokens, j)) continue;
      const plain = speakerAfter(tokens, j + 2, s.b - 1, text, 0);
      const sp = plain ?? (ctx.rules.on(accordingSource) ? accordingSource.fn(ctx, j + 2, s.b) : null);
      if (!sp) return [];
      let cs: number, ce: number;
      if (j === s.a) {
        // "According to X, clause."
        let k = j + 2;
        while (k < s.b && !tokens[k].post.includes(',')) k++;
        if (k >= s.b - 2) return [];
        k = pastAppositive(tokens, k, s.b);
        [cs, ce] = trimSpan(text, tokens[k + 1].start, s.end);
      } else {
        [cs, ce] = trimSpan(text, s.start, tokens[j].start);
      }
      const cue = cueMention(tokens, j, j + 1, text, 0);
      const aside = j > s.a && ctx.rules.on(accordingAside) ? accordingAside.fn(ctx, s, sp, cue) : null;
      return [...(ce - cs < 10 ? [] : [indirect(cs, ce, sp, cue, plain ? ['indirect.according-to'] : ['indirect.according-to', accordingSource.id])]), ...(aside ? [aside] : [])];
    }
    return undefined;
  },
);

export const parenthetical = rule(
  'indirect.parenthetical',
  'An attribution set off by commas makes both halves its content: `The outreach, they said, raised new worries.`',
  (ctx: QuoteContext, s: IndirectSentence): ParagraphQuote[] | null => {
    const { tokens, text } = ctx;
    const { a, b } = s;
    for (let j = a + 2; j + 2 < b; j++) {
      const t = tokens[j];
      if (!(isCue(t, true) && CLAUSE_VERBS.has(t.lower)) || !t.post.startsWith(',')) continue;
      const sp = speakerBefore(tokens, j, a, text, 0);
      if (!sp) continue;
      const spStartTok = tokenAt(tokens, sp.mention.start);
      const beforeSp = tokens[spStartTok - 1];
      if (spStartTok <= a + 1 || !beforeSp || !beforeSp.post.startsWith(',')) continue;
      // It wins over a stance verb inside the first half ("considering"), not over a speech verb there.
      for (let i = a; i < spStartTok; i++) if (isCue(tokens[i], true) && CLAUSE_VERBS.has(tokens[i].lower)) return null;
      const cue = cueMention(tokens, j, j, text, 0);
      const [as, ae] = trimSpan(text, s.start, beforeSp.end);
      const [bs, be] = trimSpan(text, tokenLead(tokens[j + 1]), s.end);
      const pieces: ParagraphQuote[] = [];
      if (ae > as) pieces.push(indirect(as, ae, sp, cue, ['indirect.parenthetical']));
      if (be > bs) pieces.push(indirect(bs, be, sp, cue, ['indirect.parenthetical']));
      return pieces;
    }
    return null;
  },
);

/** A speech or stance verb at token j of the sentence, with the speaker found before it (if any). */
export interface VerbSite {
  j: number;
  speech: boolean;
  sp: ParagraphSpeaker | null;
  cue: Mention;
  /** No quote found earlier in the sentence. */
  first: boolean;
  /** Rules that found the speaker. */
  rules: string[];
}

/** A quote and whether it is the sentence's only one. null: the rule applied and found none here. */
type VerbFn = (ctx: QuoteContext, s: IndirectSentence, v: VerbSite) => { q: ParagraphQuote; done: boolean } | null | undefined;

/** The rest of the sentence after the cue is short: the cue and speaker end it. */
function restIsShort(cue: number, end: number): boolean {
  return end - cue <= 8;
}

export const clauseBefore = rule<VerbFn>(
  'indirect.clause-before',
  '`The factory will close in March, the company said.`: the clause before `, X said` ending the sentence.',
  (ctx, s, v) => {
    const { tokens, text } = ctx;
    if (!v.sp || !v.speech || !v.first) return undefined;
    let sp = v.sp;
    let spStartTok = tokenAt(tokens, sp.mention.start);
    // `…, campaign officials said.`: a subject the speaker search cut short.
    if (!tokens[spStartTok - 1]?.post.startsWith(',') && ctx.rules.on(looseSubject)) {
      const wider = looseSubject.fn(ctx, s, v.j);
      if (wider && wider.mention.start < sp.mention.start) {
        sp = wider;
        spStartTok = tokenAt(tokens, sp.mention.start);
      }
    }
    const beforeSp = tokens[spStartTok - 1];
    if (!(spStartTok > s.a + 2 && beforeSp && beforeSp.post.startsWith(',') && restIsShort(v.j, s.b))) return undefined;
    // `After the vote, the party said it would appeal.`: the clause after the cue is the content (said-that).
    if (reportedClauseAt(ctx, s, v.j) >= 0) return undefined;
    const from = ctx.rules.on(dateline) ? dateline.fn(text, s.start) : s.start;
    const [cs, ce] = trimSpan(text, from, beforeSp.end);
    const rules = sp === v.sp ? [...v.rules, 'indirect.clause-before'] : [...v.rules, looseSubject.id, 'indirect.clause-before'];
    if (from > s.start) rules.push(dateline.id);
    return ce - cs >= 10 ? { q: indirect(cs, ce, sp, v.cue, rules), done: true } : undefined;
  },
);

const WH = /^(whether|if|how|what|why|who|where|when|which)$/;

export const saidThat = rule<VerbFn>(
  'indirect.said-that',
  '`Governor Tom Reed said that the state would cut taxes.`: the clause after a speech verb.',
  (ctx, s, v) => {
    if (!v.sp || !v.speech) return undefined;
    const { tokens } = ctx;
    const k = clauseStart(ctx, v.j, s.b);
    if (k >= s.b || s.b - k < 2) return null;
    const bare = ctx.rules.on(bareClause) && bareClause.fn(tokens, k, s.b);
    // No verb after the cue, or an infinitive: an object (`denied any role`, `vowed to fight`), the stance rule's.
    if (!hasVerb(tokens, k, s.b) && !bare || tokens[k].lower === 'to' && k === v.j + 1) return undefined;
    const plain = tokens[k].lower === 'that' || k > v.j + 1 || isClauseOpener(tokens[k]) && hasVerb(tokens, k, s.b) || isGerundSubject(tokens, k, s.b) || nounThenVerb(tokens, k, s.b) || WH.test(tokens[k].lower);
    if (!plain && !bare) return null;
    const q = clauseQuote(ctx, s, v, k, 'indirect.said-that');
    if (q && !plain) noteRule(q.q.rules, bareClause.id);
    return q;
  },
);

/** Speech verbs whose bare object is not what was said (`told reporters`, `said Tuesday`, `asked her`). */
const NO_OBJECT_CONTENT = new Set(['say', 'tell', 'add', 'ask', 'write', 'answer', 'reply', 'respond', 'post', 'comment', 'continue', 'begin']);

export const stanceVerb = rule<VerbFn>(
  'indirect.stance-verb',
  '`The minister denied any role in the deal.`: the object of a verb of stance or act (or a speech verb with no clause after it) is attributed content.',
  (ctx, s, v) => {
    const { tokens } = ctx;
    if (!v.sp || v.speech && NO_OBJECT_CONTENT.has(cueBase(tokens[v.j]))) return undefined;
    let k = clauseStart(ctx, v.j, s.b);
    // `rejected the offer, saying …`: the object is the content, the participle opens an adjunct.
    if (k > v.j + 1 && isAdjunctParticiple(tokens[k])) k = v.j + 1;
    if (k >= s.b || s.b - k < 2) return null;
    if (tokens[k].tags.has('Preposition') && tokens[k].lower !== 'to' || tokens[k].tags.has('Adverb') && k === v.j + 1) return null;
    // `showed up`, `backed off`: a particle makes another verb.
    if (k === v.j + 1 && /^(?:up|off|out|down|away|in)$/.test(tokens[k].lower)) return null;
    return clauseQuote(ctx, s, v, k, 'indirect.stance-verb', true);
  },
);

/** The token where a reported clause after the cue at `j` begins (`said it would`, `said that …`), or -1. */
function reportedClauseAt(ctx: QuoteContext, s: IndirectSentence, j: number): number {
  const { tokens } = ctx;
  if (tokens[j].post) return -1;
  const k = clauseStart(ctx, j, s.b);
  if (k >= s.b || s.b - k < 3 || !hasVerb(tokens, k, s.b)) return -1;
  return tokens[k].lower === 'that' || nounThenVerb(tokens, k, s.b) ? k : -1;
}

function clauseQuote(ctx: QuoteContext, s: IndirectSentence, v: VerbSite, k: number, id: string, object = false): { q: ParagraphQuote; done: boolean } | null {
  const rules = [...v.rules, id];
  const [cs, ce] = endOfAside(ctx, clauseFrom(ctx, k, s.end, rules, object), relativeSpeakerAt(ctx.tokens, v.sp), k, s.b, rules);
  return ce - cs < 8 || !v.sp ? null : { q: indirect(cs, ce, v.sp, v.cue, rules), done: false };
}

export const saying = rule<VerbFn>(
  'indirect.saying',
  '`Clinton is more conservative, saying she favors the ban.`: a detached speech participle; the subject speaks.',
  (ctx, s, v) => {
    const { tokens } = ctx;
    const t = tokens[v.j];
    if (v.sp || !v.speech || !/ing$/.test(t.lower) || !tokens[v.j - 1].post.startsWith(',') || v.j <= s.a + 1) return undefined;
    const rules = ['indirect.saying'];
    const subj = participleSubject(ctx, s.a, v.j, rules);
    const k = clauseStart(ctx, v.j, s.b);
    if (!subj || k >= s.b || s.b - k < 3) return null;
    const [cs, ce] = clauseFrom(ctx, k, s.end, rules);
    return ce - cs < 8 ? null : { q: indirect(cs, ce, subj, v.cue, rules), done: false };
  },
);

export const saidX = rule<VerbFn>(
  'indirect.said-x',
  '`The plan has failed, said Ann Lee.`: the clause before an inverted `, said X` ending the sentence.',
  ({ tokens, text }, s, v) => {
    const prev = tokens[v.j - 1];
    if (v.sp || !v.speech || !v.first || !prev.post.startsWith(',') || v.j <= s.a + 2 || namesAddressee(tokens[v.j].lower)) return undefined;
    const inv = speakerAfter(tokens, v.j + 1, s.b - 1, text, 0);
    if (!inv) return null;
    const after = tokenAt(tokens, inv.mention.end);
    // `…, said the country should act`: a verb after the "speaker" makes it a clause's subject.
    if (after < s.b && !tokens[after - 1].post && has(tokens[after], 'Verb') && !has(tokens[after], 'Noun')) return undefined;
    // `…, said Ann Lee, a former aide to the mayor.`: an appositive may follow the speaker.
    if (!restIsShort(v.j, s.b) && !(after < s.b && tokens[after - 1].post.startsWith(','))) return null;
    const [cs, ce] = trimSpan(text, s.start, prev.end);
    return ce - cs >= 10 ? { q: indirect(cs, ce, inv, v.cue, ['indirect.said-x']), done: true } : null;
  },
);

export const andSays = rule(
  'indirect.and-says',
  '`The senator survived the vote and says the bill is dead.`: after and/but, the sentence\'s subject speaks (or acts).',
  (ctx: QuoteContext, s: IndirectSentence, j: number): ParagraphSpeaker | null => {
    const { tokens, text } = ctx;
    const prev = tokens[j - 1];
    if (!(j > s.a + 2 && /^(and|but)$/.test(prev.lower) && !prev.post)) return null;
    const subj = subjectOf(tokens, s.a, j, text, 0);
    return subj && tokenAt(tokens, subj.mention.start) <= s.a + 8 ? subj : null;
  },
);

const EVIDENTIAL = /^(seems?|seemed|appears?|appeared|looks?|looked|sounds?|sounded)$/;

export const evidential = rule(
  'indirect.evidential',
  'An evidential verb without a named source: `Carson appears to be slipping in the polls.`',
  (ctx: QuoteContext, s: IndirectSentence): ParagraphQuote[] | null => {
    const { tokens, text } = ctx;
    for (let j = s.a + 1; j < s.b - 2; j++) {
      if (!EVIDENTIAL.test(tokens[j].lower) || !has(tokens[j], 'Verb')) continue;
      const next = tokens[j + 1];
      // `seems willing to`, `appeared uneasy`: an adjective predicate too.
      const adjective = has(next, 'Adjective') && !has(next, 'Noun') && !has(next, 'Determiner');
      if (!(/^(to|like|that|as)$/.test(next.lower) || adjective) || tokens[j].post) continue;
      const rules = ['indirect.evidential'];
      const [cs, ce] = clauseSpan(ctx, next.start, s.end, rules);
      if (ce - cs < 8) return null;
      const cue = cueMention(tokens, j, j, text, 0);
      return [...subjectPiece(ctx, s, j, cue, rules), indirect(cs, ce, null, cue, rules)];
    }
    return null;
  },
);

/** The indirect quotes of sentence `si`. */
export function indirectQuotes(ctx: QuoteContext, si: number): ParagraphQuote[] {
  const { sentenceTokens, sentences } = ctx.tz;
  const [a, b] = sentenceTokens[si];
  if (b - a < 4) return [];
  if (ctx.rules.on(questionReportsNothing) && questionReportsNothing.fn(ctx, sentences[si].start, sentences[si].end)) return [];
  const s: IndirectSentence = { a, b, start: sentences[si].start, end: sentences[si].end };
  const labelled = si === 0 && ctx.rules.on(labelColon) ? labelColon.fn(ctx, s) : null;
  if (labelled) return [labelled];
  const according = ctx.rules.on(accordingToClause) ? accordingToClause.fn(ctx, s) : undefined;
  if (according !== undefined) return according;
  const pieces = ctx.rules.on(parenthetical) ? parenthetical.fn(ctx, s) : null;
  if (pieces) return pieces;
  const shownBefore = ctx.rules.on(evidenceShowsAfter) ? evidenceShowsAfter.fn(ctx, a, b, s.start) : null;
  if (shownBefore) return [shownBefore];
  const passive = ctx.rules.on(unsourced) ? unsourced.fn(ctx, s) : null;
  // `… is expected to open in May, officials said.`: a source closing the sentence overrules "unsourced" (and stance verbs).
  const closingAt = (passive !== null || ctx.rules.on(stanceYieldsToSource)) && ctx.rules.on(sourceClosesSentence) ? sourceClosesSentence.fn(ctx.tokens, a, b) : -1;
  const sourcedFrom = passive !== null ? closingAt : -1;
  if (passive && sourcedFrom < 0) {
    // `… is expected to open in May, though critics said the cost would double.`: a report after the expectation.
    const more = ctx.rules.on(reportAfterUnsourced) ? verbClauses(ctx, s, reportAfterUnsourced.fn(ctx.tokens, passive), -1) : [];
    for (const q of more) noteRule(q.rules, reportAfterUnsourced.id);
    return [...passive, ...more];
  }
  // The source's verb is then the first the sentence offers (indirect.clause-before takes the clause before it).
  const out = verbClauses(ctx, s, sourcedFrom, closingAt);
  if (sourcedFrom >= 0) for (const q of out) noteRule(q.rules, sourceClosesSentence.id);
  const asked = ctx.rules.on(askedAbout) ? askedAbout.fn(ctx, s) : null;
  if (asked && !out.some((o) => o.start < asked.end && asked.start < o.end)) out.unshift(asked);
  const more = [...(ctx.rules.on(evidential) ? evidential.fn(ctx, s) ?? [] : []), ...(ctx.rules.on(reportedly) ? reportedly.fn(ctx, s) ?? [] : [])];
  // An evidential beside a reported clause: its pieces where no quote of the sentence is.
  for (const q of more) if (!out.some((o) => o.start < q.end && q.start < o.end)) out.push(q);
  const poll = !out.length && ctx.rules.on(inPoll) ? inPoll.fn(ctx, s) : null;
  if (poll) out.push(poll);
  const shown = !out.length && ctx.rules.on(evidenceShows) ? evidenceShows.fn(ctx, s.a, s.b, s.end) : null;
  if (shown) out.push(shown);
  return out.sort((x, y) => x.start - y.start);
}

/** Quotes of the speech and stance verbs of the sentence, in order; one that must stand alone ends the search. */
function verbClauses(ctx: QuoteContext, s: IndirectSentence, skipBefore: number, closingAt: number): ParagraphQuote[] {
  const { tokens, text } = ctx;
  const out: ParagraphQuote[] = [];
  let yielded = false;
  const noteYield = (q: ParagraphQuote) => {
    if (yielded) noteRule(q.rules, stanceYieldsToSource.id);
    return q;
  };
  for (let j = s.a + 1; j < s.b; j++) {
    const t = tokens[j];
    if (prepositionVerb(t) && ctx.rules.on(verbPreposition)) {
      const pq = verbPreposition.fn(ctx, s, j, speakerBefore(tokens, j, s.a, text, 0) ?? loose(ctx, s, j, []));
      if (pq) {
        out.push(pq);
        while (j + 1 < s.b && tokens[j + 1].start < pq.end) j++;
        continue;
      }
    }
    const speech = isCue(t, true) && CLAUSE_VERBS.has(t.lower);
    const stance = ATTITUDE_VERBS.has(t.lower) || MORE_STANCE.test(t.lower);
    // `The senator hopes to win`: a verb the tagger read as a plural noun, before its infinitive.
    const attitude = !speech && stance && (has(t, 'Verb') && !has(t, 'Noun') || /s$/.test(t.lower) && tokens[j + 1]?.lower === 'to' && !t.post);
    if (!speech && !attitude) continue;
    const yields = ctx.rules.on(stanceYieldsToSource) && stanceYieldsToSource.fn(speech, j, closingAt);
    yielded ||= yields;
    if (j < skipBefore || yields) continue;
    if (ctx.rules.on(figureThenNoun) && figureThenNoun.fn(tokens, j, s.a) || ctx.rules.on(misreadCue) && misreadCue.fn(tokens, j, s.a)
      || ctx.rules.on(productRecall) && productRecall.fn(tokens, j, s.a)) continue;
    const v: VerbSite = { j, speech, sp: speakerBefore(tokens, j, s.a, text, 0), cue: cueMention(tokens, j, j, text, 0), first: out.length === 0, rules: [] };
    const described = v.sp && ctx.rules.on(describedHead) ? describedHead.fn(ctx, v.sp, s.a) : null;
    if (described) [v.sp, v.rules] = [described, [describedHead.id]];
    const rel = ctx.rules.on(relativeReport) ? relativeReport.fn(ctx, s, j, v.sp, v.cue) : undefined;
    if (rel) {
      out.push(...rel);
      while (j + 1 < s.b && tokens[j + 1].start < rel[1].end) j++;
      continue;
    }
    if (!v.sp && ctx.rules.on(andSays)) {
      v.sp = andSays.fn(ctx, s, j);
      if (v.sp) v.rules.push(andSays.id);
    }
    if (!v.sp) v.sp = loose(ctx, s, j, v.rules);
    if (!v.sp && speech && ctx.rules.on(unnamedSource)) {
      const k = reportedClauseAt(ctx, s, j);
      const un = k >= 0 ? unnamedSource.fn(ctx, s, j, k) : null;
      if (un) {
        out.push(un);
        while (j + 1 < s.b && tokens[j + 1].start < un.end) j++;
        continue;
      }
    }
    const hit = firstApplying(ctx, ctx.rules.quotes.verbs, ctx, s, v);
    if (!hit) continue;
    if (hit.value.done) return [noteYield(hit.value.q)];
    out.push(noteYield(hit.value.q));
    while (j + 1 < s.b && tokens[j + 1].start < hit.value.q.end) j++;
  }
  return out;
}

/**
 * Verbs whose object is attributed content here, though a bare one is no cue for a marked quote (classify.ts reads
 * ATTITUDE_VERBS): `declined to comment`, `offered no proof`, `expressed confidence`, `what he calls`.
 */
const MORE_STANCE = /^(?:declin|offer|express|favor|embrac|back|call)(?:e|es|s|ed|ing)?$/;

/**
 * `After the vote, many said the plan was a mistake.`: a past speech verb (or say/says) whose subject the rules cannot name, before a
 * clause (`that` or a subject and its verb); the quote has no speaker of its own.
 */
export const unnamedSource = rule(
  'indirect.unnamed-source',
  '`After the vote, many said the plan was a mistake.`: the clause after a speech verb whose speaker is not found.',
  (ctx: QuoteContext, s: IndirectSentence, j: number, k: number): ParagraphQuote | null => {
    const { tokens, text } = ctx;
    const prev = tokens[j - 1];
    // `to say`, `would say`, `what he said`: no report; other present forms (`argues`) are left to the subject rules.
    if (!prev || /^(?:to|would|could|might|should|will|can|may|what|who|which)$/.test(prev.lower) || !/(?:ed|id|ld|ote|^says|^say)$/.test(tokens[j].lower)) return null;
    // `…, said Oversight ranking Democrat Ann Lee.`: an inverted cue, its name no clause (indirect.said-x's).
    if (prev.post.startsWith(',') && /^\p{Lu}/u.test(tokens[k].text) && k === j + 1) return null;
    const rules = ['indirect.unnamed-source'];
    const [cs, ce] = clauseFrom(ctx, k, s.end, rules);
    // Words in marks are the marked quotes' (a partial quote with its own cue rules).
    if (ce - cs < 10 || /["\u201c\u201d]/.test(text.slice(cs, ce))) return null;
    return indirect(cs, ce, null, cueMention(tokens, j, j, text, 0), rules);
  },
);

/** The subject by indirect.loose-subject, else by indirect.described-source (noted in `rules`), when on and found. */
function loose(ctx: QuoteContext, s: IndirectSentence, j: number, rules: string[]): ParagraphSpeaker | null {
  const sp = ctx.rules.on(looseSubject) ? looseSubject.fn(ctx, s, j) : null;
  if (sp) noteRule(rules, looseSubject.id);
  const described = !sp && ctx.rules.on(describedSource) ? describedSource.fn(ctx, s, j) : null;
  if (described) noteRule(rules, describedSource.id);
  return sp ?? described;
}
