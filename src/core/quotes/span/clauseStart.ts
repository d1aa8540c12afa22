/** Where the reported clause after a cue begins: past `that`, the object of `told`, `in a statement`, a time word. */
import type { Token } from '../../text/tokens';
import { noteRule, rule } from '../../rules/rule';
import { cueBase, has, isVerbFiller } from '../speakers';
import { SPEECH_VERBS, SUBJECT_PRONOUNS } from '../../text/lexicon';
import { tokenAt, tokenLead, type QuoteContext } from '../context';

/**
 * First token index of the reported clause after the cue ending at `cueEnd`, before token `limit`. Callers derive
 * `limit` from a character position (a mark, a sentence end) that may lie past the last token (`said“‹` ends the
 * paragraph): the scans below read tokens up to `limit`, so it is clamped to the tokens there are.
 */
function skipToClause(tokens: Token[], cueEnd: number, end: number): number {
  const limit = Math.min(end, tokens.length);
  const clause = objectsBeforeThat(tokens, cueEnd, limit);
  if (clause >= 0) return clause;
  let j = skipObject(tokens, cueEnd, cueEnd + 1, limit);
  const far = thatAfterAdjunct(tokens, j, limit);
  if (far >= 0) return far;
  j = skipMediumAdjunct(tokens, j, limit);
  // `said Tuesday he would`, `said after the debate she had`: a time word or a short adjunct before a subject pronoun.
  while (j < limit - 1 && !tokens[j].post && (has(tokens[j], 'Date') || /^(last|this|earlier|later|again|also|yesterday|today)$/.test(tokens[j].lower))) j++;
  if (j < limit && /^(after|before|since|during|at|in|on|from|outside)$/.test(tokens[j].lower)) {
    for (let i = j + 2; i < limit && i <= j + 5; i++) {
      if (tokens[i - 1].post) break;
      if (/^(he|she|they|we|i|it)$/.test(tokens[i].lower)) return i;
    }
  }
  return j;
}

/**
 * Objects and adjuncts before "that"/":"/",": up to 6 tokens, or a longer run of them (`told a town hall in Salem,
 * New Hampshire on Monday that …`) when a `that` opening a clause ends it. -1 when none of them decides.
 */
function objectsBeforeThat(tokens: Token[], cueEnd: number, limit: number): number {
  const k = cueEnd + 1;
  let afterComma = -1;
  let relative = false;
  for (let j = k; j < limit && j <= cueEnd + 20; j++) {
    // `said he expected that …`: a second verb first means the clause has begun (its own `that` is inside it).
    const prev = tokens[j - 1];
    const nominal = has(prev, 'Preposition') || has(prev, 'Determiner') || has(prev, 'Adjective') || has(prev, 'Possessive');
    const verb = has(tokens[j], 'Verb') && !has(tokens[j], 'Noun') && (has(tokens[j], 'Copula') || !isVerbFiller(tokens[j]));
    if (j > k && verb && !nominal && tokens[j].lower !== 'that') break;
    if (tokens[j].lower === 'that') {
      if (j <= cueEnd + 7 && afterComma < 0) return j;
      // Further on, only a `that` opening a clause (`that waterboarding is …`), not a relative one (`that passed`).
      const next = tokens[j + 1];
      if (next && (!has(next, 'Verb') || has(next, 'Gerund') || has(next, 'Noun')) && !has(next, 'Adverb')) return j;
      break;
    }
    if (afterComma < 0 && j > cueEnd + 7 && !has(tokens[j], 'Preposition') && !has(tokens[j - 1], 'Preposition') && !has(tokens[j], 'Noun') && !has(tokens[j], 'Determiner')) break;
    if (/:$/.test(tokens[j].post) && j < cueEnd + 5) return j + 1;
    // A comma then a relative pronoun (`argued the plan, which …, "…"`) sets off a relative clause inside the object,
    // not an adjunct: neither it nor a comma inside the relative clause ends the object.
    if (/,$/.test(tokens[j].post) && /^(?:who|whom|whose|which)$/.test(tokens[j + 1]?.lower ?? '')) relative = true;
    if (/,$/.test(tokens[j].post) && j < cueEnd + 5 && afterComma < 0 && !relative) afterComma = j + 1;
    const abbreviation = /^\p{Lu}(?:\.\p{Lu})*$/u.test(tokens[j].text) && tokens[j].post === '.';
    if (/[."\u201c\u201d!?;]/.test(tokens[j].post) && !abbreviation) break;
  }
  return afterComma;
}

/** "told reporters", "told the Associated Press": a short object after a verb of telling or asking. */
function skipObject(tokens: Token[], cueEnd: number, k: number, limit: number): number {
  if (!/^(told|tell|tells|telling|asked|ask|asks|informed|reminded|assured|warned)$/.test(tokens[cueEnd].lower)) return k;
  let j = k;
  while (j < limit && j < k + 5 && (has(tokens[j], 'Noun') || has(tokens[j], 'Determiner') || has(tokens[j], 'Pronoun') || has(tokens[j], 'ProperNoun'))) {
    // `told the forum he was …`: a subject pronoun after the object opens the reported clause,
    // and so does a second noun phrase (`told POLITICO the state's standards are …`).
    if (j > k && SUBJECT_PRONOUNS.has(tokens[j].lower)) break;
    if (j > k && has(tokens[j], 'Determiner') && !has(tokens[j - 1], 'Determiner') && !has(tokens[j - 1], 'Preposition')) break;
    j++;
    if (tokens[j - 1].post) break;
  }
  return j;
}

/** "said on Twitter", "said in a statement": skip the adjunct if a comma or `that` follows soon. */
function skipMediumAdjunct(tokens: Token[], k: number, limit: number): number {
  while (k < limit && /^(on|in|at|during|via|from)$/.test(tokens[k].lower) && /^(on|in|at|during|via)$/.test(tokens[k].lower)) {
    let j = k + 1;
    while (j < limit && j < k + 5 && !tokens[j - 1].post) j++;
    if (j < limit && (tokens[j].lower === 'that' || tokens[j - 1].post === ',' || tokens[j - 1].post === ':')) k = j;
    else break;
  }
  return k;
}

const ADJUNCT_OPENER = /^(?:in|on|at|after|before|during|while|when|from|via|with|outside)$/;

/**
 * `said in an interview taped before the attacks that …`, `told the paper before he spoke that …`: an adjunct opening
 * the cue's complement may hold its own verbs (which stop the scan in objectsBeforeThat); a `that` ending it, with no
 * punctuation between, opens the reported clause (not a relative `that`, which a verb follows, nor the complement of
 * another speech verb).
 */
function thatAfterAdjunct(tokens: Token[], k: number, limit: number): number {
  if (k >= limit || !ADJUNCT_OPENER.test(tokens[k].lower)) return -1;
  for (let j = k + 1; j < limit && j <= k + 14; j++) {
    if (tokens[j - 1].post || /["\u201c\u201d]/.test(tokens[j].pre)) return -1;
    if (tokens[j].lower !== 'that') continue;
    const next = tokens[j + 1];
    const prev = tokens[j - 1];
    if (!next || SPEECH_VERBS.has(prev.lower) || has(prev, 'Pronoun')) return -1;
    // A relative `that` (a verb follows) belongs to the adjunct: look on.
    if (!(has(next, 'Verb') && !has(next, 'Noun') || has(next, 'Adverb'))) return j;
  }
  return -1;
}

export const reportedClause = rule(
  'span.reported-clause',
  'The reported clause after a cue starts past its object and adjuncts, at `that`: `told reporters on Monday that the plan …`.',
  skipToClause,
);

const PARTICLE = /^(on|of|about|for)$/;
const LOCATIVE_CUES = new Set(['say', 'tell', 'write', 'tweet', 'post', 'report', 'announce', 'state', 'blog', 'comment']);

export const verbParticle = rule(
  'span.verb-particle',
  'A preposition right after the verb belongs to it, the content starts after: `called on leaders "to act"`, `warned of a "…" battle`.',
  (tokens: Token[], cue: number, k: number, end: number): number => {
    const lim = Math.min(end, tokens.length);
    const t = tokens[k];
    if (k !== cue + 1 || k + 1 >= lim || !t || t.post || !PARTICLE.test(t.lower) || LOCATIVE_CUES.has(cueBase(tokens[cue]))) return k;
    return has(tokens[k + 1], 'Date') ? k : k + 1;
  },
);

/** First token of the reported clause after the cue ending at token `cueEnd` (the cue's next token when the rule is off). */
export function clauseStart(ctx: QuoteContext, cueEnd: number, limit: number): number {
  return ctx.rules.on(reportedClause) ? reportedClause.fn(ctx.tokens, cueEnd, limit) : cueEnd + 1;
}

/** The verb-particle rule applied to clause start `k` of the cue at token `cue`, before token `lim`. */
export function afterParticle(ctx: QuoteContext, cue: number, k: number, lim: number): number {
  return ctx.rules.on(verbParticle) ? verbParticle.fn(ctx.tokens, cue, k, lim) : k;
}

/**
 * First token of the complement of the cue at token `cue`: the reported clause (before token `limit`), past a verb
 * particle (before token `particleLim`); `ids` collects the rules that moved it past the cue.
 */
export function complementStart(ctx: QuoteContext, cue: number, limit: number, particleLim: number, ids?: string[]): number {
  const k0 = clauseStart(ctx, cue, limit);
  const k = afterParticle(ctx, cue, k0, particleLim);
  if (ids && k0 !== cue + 1) noteRule(ids, reportedClause.id);
  if (ids && k !== k0) noteRule(ids, verbParticle.id);
  return k;
}

/** Character position where the reported clause of the cue ending at token `cueEnd` starts, at most `limit`. */
export function clauseStartPos(ctx: QuoteContext, cueEnd: number, limit: number, ids?: string[]): number {
  const { tokens } = ctx;
  const lim = tokenAt(tokens, limit);
  const k = complementStart(ctx, cueEnd, Math.max(lim, cueEnd + 1), lim, ids);
  if (k >= tokens.length) return limit;
  return Math.min(tokenLead(tokens[k]), limit);
}

/** Does the clause after a cue begin here: `that`, a subject pronoun, or a noun phrase? */
export function opensClause(t: Token): boolean {
  if (t.lower === 'that' || SUBJECT_PRONOUNS.has(t.lower)) return true;
  return (has(t, 'Noun') || has(t, 'ProperNoun') || has(t, 'Determiner')) && !has(t, 'Preposition') && !has(t, 'Pronoun');
}
