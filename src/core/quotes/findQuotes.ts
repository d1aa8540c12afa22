/** Quotes in one paragraph: marked (direct/partial) and reported (indirect), with speaker and cue. */
import type { Token, Tokenized } from '../text/tokens';
import type { Mention } from '../types';
import type { ParagraphQuote, ParagraphSpeaker } from '../paragraph/types';
import { findMarkedSpans, type MarkedSpan } from '../text/quoteMarks';
import { cueBase, cueMention, has, isCue, isObjectPronoun, isVerbFiller, speakerAfter, speakerBefore, subjectOf } from './speakers';
import { ABBREVIATIONS, ATTITUDE_VERBS, CLAUSE_VERBS, SPEECH_VERBS, SUBJECT_PRONOUNS, WEAK_CUES } from '../text/lexicon';

interface Attribution {
  speaker: ParagraphSpeaker;
  cue: Mention;
  /** Token index of the cue's last token. */
  cueEnd: number;
  /** Token index where the cue starts. */
  cueStart: number;
}

/** Unattributed quoted phrases shorter than this are taken as scare quotes. */
const MIN_UNATTRIBUTED_WORDS = 5;

const TRAIL = /[\s"'\u201c\u201d\u2018\u2019\u00ab\u00bb.,;:!?\u2014\u2013-]+$/u;
const LEAD = /^[\s"'\u201c\u201d\u2018\u2019\u00ab\u00bb.,;:!?\u2014\u2013-]+/u;

/** Index of the first token starting at or after `pos` (tokens are sorted). */
function tokenAt(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sentenceOf(tz: Tokenized, pos: number): number {
  const s = tz.sentences;
  for (let i = 0; i < s.length; i++) if (pos < s[i].end) return i;
  return s.length - 1;
}

/** "according to X" starting at token i. */
function accordingTo(tokens: Token[], i: number): boolean {
  return tokens[i]?.lower === 'according' && tokens[i + 1]?.lower === 'to';
}

/** Attribution right after a closing mark: `, said X` · `, X said` · `, according to X`. */
function attributionAfter(tz: Tokenized, text: string, base: number, close: number, contentEndsSentence: boolean): Attribution | null {
  const { tokens } = tz;
  const i = tokenAt(tokens, close + 1);
  if (i >= tokens.length) return null;
  const gap = text.slice(close + 1, tokens[i].start);
  if (/[.!?]/.test(gap) || gap.length > 4 || tokens[i].pre.match(/["\u201c]/)) return null;
  if (contentEndsSentence && /^\p{Lu}/u.test(tokens[i].text) && !has(tokens[i], 'ProperNoun') && !has(tokens[i], 'Person')) return null;
  const max = Math.min(tokens.length - 1, i + 12);
  if (accordingTo(tokens, i)) {
    const sp = speakerAfter(tokens, i + 2, max, text, base);
    return sp ? { speaker: sp, cue: cueMention(tokens, i, i + 1, text, base), cueStart: i, cueEnd: i + 1 } : null;
  }
  if (isCue(tokens[i], false, true)) {
    const sp = speakerAfter(tokens, i + 1, max, text, base);
    if (sp) return { speaker: sp, cue: cueMention(tokens, i, i, text, base), cueStart: i, cueEnd: i };
  }
  // "X said" / "X, the minister, said": look for a cue within a few tokens.
  for (let j = i + 1; j <= max && j < i + 16; j++) {
    if (isCue(tokens[j], false, true)) {
      const sp = speakerBefore(tokens, j, i, text, base);
      // The subject must open the attribution (allowing a title like "Sen." the tagger split off).
      if (sp && sp.mention.start <= tokens[Math.min(i + 1, j - 1)].start + base && sp.mention.start >= tokens[i].start + base) {
        return { speaker: sp, cue: cueMention(tokens, j, j, text, base), cueStart: j, cueEnd: j };
      }
      return null;
    }
    const prev = tokens[j - 1];
    const post = prev.post;
    // A parenthetical after the name (`(R-Fla.)`) or an abbreviated title (`Rep.`) does not end the attribution.
    const abbreviation = post === '.' && (has(prev, 'Abbreviation') || has(prev, 'Honorific') || has(prev, 'Acronym') || /^\p{Lu}\p{L}?$/u.test(prev.text));
    if (/[.!?;"\u201c\u201d]/.test(post) && !post.startsWith(',') && !/\)$/.test(post) && !abbreviation) return null;
  }
  return null;
}

const DASH_CREDIT = /^[ \t\u00a0]*[\u2015\u2014\u2013][ \t\u00a0]*((?:\p{Lu}[\p{L}'\u2019.-]*[ \t\u00a0]?){1,4})(?=[\r\n.,(]|$)/u;

/** A credit line after the quote: `"…" ― Pamela Padilla`, the dash being the cue. */
function dashCredit(tz: Tokenized, text: string, close: number): Attribution | null {
  const m = DASH_CREDIT.exec(text.slice(close + 1, close + 80));
  if (!m) return null;
  const dash = close + 1 + m[0].search(/[\u2015\u2014\u2013]/);
  const name = m[1].trimEnd();
  const start = close + 1 + m[0].length - m[1].length;
  const mention = { start, end: start + name.length, text: name };
  return { speaker: { mention, name: name.replace(/[.,]$/, '') }, cue: { start: dash, end: dash + 1, text: text[dash] }, cueStart: -1, cueEnd: tokenAt(tz.tokens, mention.end) - 1 };
}

const LABEL = /^((?:(?:\p{Lu}[\p{L}'\u2019.-]*|of|the)[ \t\u00a0]+){0,3}\p{Lu}[\p{L}'\u2019.-]*)[ \t\u00a0]*:[ \t\u00a0]*$/u;

/** A transcript-style label before the quote, alone in its clause: `Clinton: "…"`; the colon is the cue. */
function labelBefore(tz: Tokenized, text: string, leadFrom: number, open: number): Attribution | null {
  const lead = text.slice(leadFrom, open);
  const ws = lead.length - lead.trimStart().length;
  const m = LABEL.exec(lead.slice(ws));
  if (!m || /^(?:The|A|An|This|That|It|He|She|They|We|I|You)$/.test(m[1])) return null;
  const start = leadFrom + ws;
  // A single common word (`Update:`, `Note:`) is a heading, not a speaker.
  const only = tz.tokens[tokenAt(tz.tokens, start)];
  if (!/\s/.test(m[1]) && only && (has(only, 'Noun') || has(only, 'Verb')) && !has(only, 'ProperNoun') && !has(only, 'Person')) return null;
  const name = m[1].replace(/['\u2019]s$/, '');
  const colon = start + m[0].indexOf(':', m[1].length);
  const mention = { start, end: start + m[1].length, text: m[1] };
  return { speaker: { mention, name }, cue: { start: colon, end: colon + 1, text: ':' }, cueStart: -1, cueEnd: tokenAt(tz.tokens, open) - 1 };
}

/**
 * Attribution before an opening mark in the same sentence: `X said: "…"`, `X told Y that "…"`,
 * `X called Y "…"`. The nearest speech verb with a subject wins; a cognition verb ("felt")
 * gives way to an earlier speech verb ("noted") of the same sentence.
 */
function attributionBefore(tz: Tokenized, text: string, base: number, open: number, sentStart: number): Attribution | null {
  const { tokens } = tz;
  const end = tokenAt(tokens, open) - 1;
  const min = tokenAt(tokens, sentStart);
  let weak: Attribution | null = null;
  for (let j = end; j >= min && j >= end - 40; j--) {
    const t = tokens[j];
    // Another quote between: stop looking further back.
    if (j < end && /["\u201c\u201d]/.test(t.post)) break;
    if ((t.lower === 'put' || t.lower === 'puts') && tokens[j + 1]?.lower === 'it' && j + 1 <= end) {
      // `As X put it: "…"`
      const sp = speakerBefore(tokens, j, min, text, base);
      if (sp) return { speaker: sp, cue: cueMention(tokens, j, j + 1, text, base), cueStart: j, cueEnd: j + 1 };
    }
    if (accordingTo(tokens, j)) {
      const sp = speakerAfter(tokens, j + 2, end, text, base);
      // The reported clause starts after the source: cueEnd covers "according to X".
      if (sp) return { speaker: sp, cue: cueMention(tokens, j, j + 1, text, base), cueStart: j, cueEnd: tokenAt(tokens, sp.mention.end - base) - 1 };
    }
    const adjacent = /^[\s,:\u2014\u2013-]*$/.test(text.slice(t.end, open));
    if (!isCue(t, false, adjacent)) continue;
    let found: Attribution | null = null;
    const sp = speakerBefore(tokens, j, min, text, base);
    if (sp) found = { speaker: sp, cue: cueMention(tokens, j, j, text, base), cueStart: j, cueEnd: j };
    else if (j > min && /^(and|but|then|also|later|again)$/.test(tokens[j - 1].lower)) {
      // `… but said, "…"` / `he laughed and said, "…"`: the subject of the sentence speaks, with this cue;
      // `X praised the plan and said it was "…"` too, when nothing but the first verb's object stands between.
      const subj = subjectOf(tokens, tokenAt(tokens, sentStart), j, text, base);
      if (subj && (adjacent || coordinatedWithMainVerb(tokens, tokenAt(tokens, subj.mention.end - base), j - 1))) {
        found = { speaker: subj, cue: cueMention(tokens, j, j, text, base), cueStart: j, cueEnd: j };
      }
    } else if (j > min && /ing$/.test(t.lower) && (/,$/.test(tokens[j - 1].post) || adjacent)) {
      // `Trump replied, telling Reuters, "…"`: the speaker is the subject of the sentence.
      const subj = subjectOf(tokens, tokenAt(tokens, sentStart), j, text, base);
      if (subj) found = { speaker: subj, cue: cueMention(tokens, j, j, text, base), cueStart: j, cueEnd: j };
    } else if (j === min || /[,:;\u2014]$/.test(tokens[j - 1].post)) {
      // Inverted, sentence-initial: `Said Assad: "…"`, `…, says Tracey: "…"`.
      const inv = speakerAfter(tokens, j + 1, end, text, base);
      const invEnd = inv ? tokenAt(tokens, inv.mention.end - base) - 1 : -1;
      if (inv && invEnd === end && !(inv.mention.end - inv.mention.start <= 4 && isObjectPronoun(tokens[invEnd]))) found = { speaker: inv, cue: cueMention(tokens, j, j, text, base), cueStart: j, cueEnd: j };
    }
    if (!found) continue;
    if (!WEAK_CUES.has(cueBase(t))) return outermost(tz, text, base, found, min);
    weak = weak ?? found;
  }
  return weak && outermost(tz, text, base, weak, min);
}

/**
 * `Clinton says she admired what she calls "…"`, `Obama said he expected voters to say "…"`: a cue whose
 * subject opens the reported clause of an earlier speech verb in the same clause is embedded in that
 * report, so the outermost attribution is the quote's (its complement holds the inner one). A verb
 * coordinated with the earlier one (`… and calls her "…"`) shares its subject and is not embedded.
 */
function outermost(tz: Tokenized, text: string, base: number, att: Attribution, min: number): Attribution {
  const { tokens } = tz;
  let cur = att;
  for (let guard = 0; guard < 3; guard++) {
    const s2 = tokenAt(tokens, cur.speaker.mention.start - base);
    if (s2 > cur.cueStart || s2 <= min) break;
    let outer: Attribution | null = null;
    for (let k = s2 - 1; k >= min && k >= s2 - 12; k--) {
      const t = tokens[k];
      // One unbroken clause: no comma-set adverbial between (`While X says …, Y said`).
      if (/[.!?;:,"\u201c\u201d()\u2014\u2013]/.test(t.post) || /["\u201c\u201d(]/.test(t.pre)) break;
      if (!(isCue(t, true) && CLAUSE_VERBS.has(t.lower))) continue;
      const sp = speakerBefore(tokens, k, min, text, base);
      // Its complement is a clause (`that …`, `she …`), not an adverbial (`after …`, `of …`).
      const cs = clauseStart(tokens, k, s2 + 1);
      if (!sp || cs > s2 || !opensClause(tokens[cs])) break;
      outer = { speaker: sp, cue: cueMention(tokens, k, k, text, base), cueStart: k, cueEnd: k };
      break;
    }
    if (!outer) break;
    cur = outer;
  }
  return cur;
}

/**
 * Is the verb before `and` (at `conj`) the sentence's own, so that a verb after `and` shares its subject? Not when a
 * clause is embedded between (`X said that Y has criticized Z and called …`): no `that`, subject pronoun or second
 * finite verb after the first verb.
 */
function coordinatedWithMainVerb(tokens: Token[], afterSubject: number, conj: number): boolean {
  let v = afterSubject;
  while (v < conj && isVerbFiller(tokens[v]) && !has(tokens[v], 'Copula')) v++;
  if (v >= conj || !has(tokens[v], 'Verb')) return false;
  for (let i = v + 1; i < conj; i++) {
    const t = tokens[i];
    if (t.lower === 'that' || SUBJECT_PRONOUNS.has(t.lower) || /[;:"\u201c\u201d]/.test(t.post)) return false;
    if (has(t, 'Verb') && !has(t, 'Noun') && !has(t, 'Gerund') && !has(t, 'Adjective') && !has(tokens[i - 1], 'Determiner')) return false;
  }
  return true;
}

function opensClause(t: Token): boolean {
  if (t.lower === 'that' || SUBJECT_PRONOUNS.has(t.lower)) return true;
  return (has(t, 'Noun') || has(t, 'ProperNoun') || has(t, 'Determiner')) && !has(t, 'Preposition') && !has(t, 'Pronoun');
}

function subjectAndVerb(tokens: Token[], text: string, from: number, to: number): { speaker: ParagraphSpeaker; cue: Mention } | null {
  const subj = subjectOf(tokens, from, to, text, 0);
  if (!subj) return null;
  let v = tokenAt(tokens, subj.mention.end);
  while (v < to && isVerbFiller(tokens[v]) && !has(tokens[v], 'Copula')) v++;
  if (v >= to || !has(tokens[v], 'Verb') || has(tokens[v], 'Copula')) return null;
  return { speaker: subj, cue: cueMention(tokens, v, v, text, 0) };
}

/** A `, X said` (or `, said X`) later in the sentence than the closing mark; the content runs up to its comma. */
function attributionLater(tz: Tokenized, text: string, close: number, sentEnd: number): { att: Attribution; contentEnd: number } | null {
  const { tokens } = tz;
  const first = tokenAt(tokens, close + 1);
  for (let j = first + 1; j < tokens.length && tokens[j].start < sentEnd && j < first + 30; j++) {
    if (/["\u201c\u201d]/.test(tokens[j].pre) || /["\u201c\u201d]/.test(tokens[j - 1].post) && j - 1 > first) return null;
    if (!isCue(tokens[j])) continue;
    const sp = speakerBefore(tokens, j, first, text, 0);
    if (!sp) {
      // Inverted: `"…" for the party, said X.` — the cue right after the comma that ends the content, the speaker ending
      // the sentence or set off by a comma (`said X, an analyst.`), and lower-case words after the mark (not a name
      // whose own attribution we failed to parse).
      const prev = tokens[j - 1];
      if (!prev.post.startsWith(',') || j - 1 < first || !/^\p{Ll}/u.test(tokens[first].text)) return null;
      const inv = speakerAfter(tokens, j + 1, Math.min(tokens.length - 1, j + 12), text, 0);
      const after = inv ? text.slice(inv.mention.end, sentEnd) : '';
      if (!inv || !/^\s*(?:[.,;!?]|$)/.test(after)) return null;
      return { att: { speaker: inv, cue: cueMention(tokens, j, j, text, 0), cueStart: j, cueEnd: j }, contentEnd: prev.end };
    }
    const spTok = tokenAt(tokens, sp.mention.start);
    const prev = tokens[spTok - 1];
    if (!prev || !prev.post.startsWith(',') || spTok - 1 < first) return null;
    return { att: { speaker: sp, cue: cueMention(tokens, j, j, text, 0), cueStart: j, cueEnd: j }, contentEnd: prev.end };
  }
  return null;
}

/** First token index of the reported clause after a cue: skips "that", the object of "told"/"asked", "in a statement". */
function clauseStart(tokens: Token[], cueEnd: number, limit: number): number {
  let k = cueEnd + 1;
  // Objects and adjuncts before "that"/":"/",": up to 6 tokens, or a longer run of them (`told a town hall in
  // Salem, New Hampshire on Monday that …`) when a `that` opening a clause ends it.
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
  if (afterComma >= 0) return afterComma;
  const cue = tokens[cueEnd].lower;
  if (/^(told|tell|tells|telling|asked|ask|asks|informed|reminded|assured|warned)$/.test(cue)) {
    // skip a short object: "told reporters", "told the Associated Press"
    let j = k;
    while (j < limit && j < k + 5 && (has(tokens[j], 'Noun') || has(tokens[j], 'Determiner') || has(tokens[j], 'Pronoun') || has(tokens[j], 'ProperNoun'))) {
      // `told the forum he was …`: a subject pronoun after the object opens the reported clause,
      // and so does a second noun phrase (`told POLITICO the state's standards are …`).
      if (j > k && SUBJECT_PRONOUNS.has(tokens[j].lower)) break;
      if (j > k && has(tokens[j], 'Determiner') && !has(tokens[j - 1], 'Determiner') && !has(tokens[j - 1], 'Preposition')) break;
      j++;
      if (tokens[j - 1].post) break;
    }
    k = j;
  }
  const far = thatAfterAdjunct(tokens, k, limit);
  if (far >= 0) return far;
  while (k < limit && /^(on|in|at|during|via|from)$/.test(tokens[k].lower) && /^(on|in|at|during|via)$/.test(tokens[k].lower)) {
    // "said on Twitter", "said in a statement" — skip the adjunct if a comma/that follows soon
    let j = k + 1;
    while (j < limit && j < k + 5 && !tokens[j - 1].post) j++;
    if (j < limit && (tokens[j].lower === 'that' || tokens[j - 1].post === ',' || tokens[j - 1].post === ':')) k = j;
    else break;
  }
  // `said Tuesday he would`, `said after the debate she had`: a time word or a short adjunct before a subject pronoun.
  while (k < limit - 1 && !tokens[k].post && (has(tokens[k], 'Date') || /^(last|this|earlier|later|again|also|yesterday|today)$/.test(tokens[k].lower))) k++;
  if (k < limit && /^(after|before|since|during|at|in|on|from|outside)$/.test(tokens[k].lower)) {
    for (let j = k + 2; j < limit && j <= k + 5; j++) {
      if (tokens[j - 1].post) break;
      if (/^(he|she|they|we|i|it)$/.test(tokens[j].lower)) return j;
    }
  }
  return k;
}

const ADJUNCT_OPENER = /^(?:in|on|at|after|before|during|while|when|from|via|with|outside)$/;

/**
 * `said in an interview taped before the attacks that …`, `told the paper before he spoke that …`: an adjunct opening
 * the cue's complement may hold its own verbs (which stop the scan in clauseStart); a `that` ending it, with no
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

function trimSpan(text: string, start: number, end: number): [number, number] {
  const s = text.slice(start, end);
  const lead = s.match(LEAD)?.[0].length ?? 0;
  const trail = s.slice(lead).match(TRAIL)?.[0].length ?? 0;
  return [start + lead, end - trail];
}

export interface ParagraphQuotes {
  quotes: ParagraphQuote[];
  /** Attribution of a closing `X said:` that introduces the next paragraph's quote. */
  intro: { speaker: ParagraphSpeaker; cue: Mention } | null;
}

export function findQuotes(text: string, tz: Tokenized): ParagraphQuotes {
  const { sentences } = tz;
  const out: ParagraphQuote[] = [];
  const marked = findMarkedSpans(text);
  const covered: [number, number][] = [];
  let last: { speaker: ParagraphSpeaker; cue: Mention | null } | null = null;
  let coveredUntil = -1;
  let prevClose = -1;
  let tail = -1;
  for (const m of marked) {
    if (m.open < coveredUntil) continue;
    if (tail >= 0 && inAttributionTail(text, tz, tail, m)) {
      prevClose = m.close;
      continue;
    }
    const q = markedQuote(text, tz, m, last, prevClose);
    prevClose = m.close;
    tail = q && !m.unclosed ? attributionTailStart(q, m) : -1;
    if (!q) continue;
    out.push(q);
    covered.push([Math.min(q.start, m.open), Math.max(q.end, m.close)]);
    coveredUntil = Math.max(coveredUntil, q.end);
    if (q.speaker) last = { speaker: q.speaker, cue: q.cue };
  }
  // Indirect speech in sentences not already covered by a marked quote's clause.
  for (let si = 0; si < sentences.length; si++) {
    for (const q of indirectQuotes(text, tz, si)) {
      if (covered.some(([a, b]) => a < q.end && b > q.start)) continue;
      // Reported speech that quotes some of its words (`said it would be "a summer of agony" for her`) is a partial quote.
      if (QUOTED_WORDS.test(text.slice(q.start, q.end))) q.kind = 'partial';
      out.push(q);
    }
  }
  out.sort((a, b) => a.start - b.start);
  return { quotes: out, intro: introOf(text, tz) };
}

/** Where the words after a quote's own `, X said` begin (after cue and speaker), or -1 when it has none there. */
function attributionTailStart(q: ParagraphQuote, m: MarkedSpan): number {
  if (!q.cue || q.cue.start <= m.close) return -1;
  return Math.max(q.cue.end, q.speaker && q.speaker.mention.start > m.close ? q.speaker.mention.end : 0);
}

/**
 * `"…," she said on “Morning Report.”`, `"…," he said after a brief "sorry" to the host`: marks among the adjuncts
 * of the previous quote's attribution, in its sentence, name a programme or mention words; they are not a new
 * quotation unless a comma or colon hands over to it (`"…," he said, "and …"`).
 */
function inAttributionTail(text: string, tz: Tokenized, tail: number, m: MarkedSpan): boolean {
  if (m.open < tail || sentenceOf(tz, tail - 1) !== sentenceOf(tz, m.open)) return false;
  const between = text.slice(tail, m.open);
  if (!/^\s*(?:on|in|at|during|after|before|with|to|from|for|via)\s/i.test(between) || /[,:;.!?"\u201c\u201d\u2014\u2013]/.test(between)) return false;
  // Only an adjunct: no verb of its own (`… he said in a speech warning that “…”` hands over to a new report).
  const { tokens } = tz;
  for (let i = tokenAt(tokens, tail); i < tokens.length && tokens[i].start < m.open; i++) {
    if ((has(tokens[i], 'Verb') && !has(tokens[i], 'Noun')) || tokens[i].lower === 'that') return false;
  }
  return true;
}

const QUOTED_WORDS = /["\u201c][^"\u201c\u201d\n]*\p{L}[^"\u201c\u201d\n]*["\u201d]/u;

/** `In a 1963 speech, he declared:` ending a paragraph: the attribution of the quote that follows. */
function introOf(text: string, tz: Tokenized): ParagraphQuotes['intro'] {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith(':') || !tz.sentences.length) return null;
  const colon = trimmed.length - 1;
  const last = tz.sentenceTokens[tz.sentenceTokens.length - 1];
  const att = attributionBefore(tz, text, 0, colon, tz.sentences[tz.sentences.length - 1].start);
  if (att) return { speaker: att.speaker, cue: att.cue };
  // `President Clinton released the following statement:` — the subject, with the colon as cue.
  const subj = subjectOf(tz.tokens, last[0], last[1], text, 0);
  if (!subj || subj.pronoun === undefined && !/\p{Lu}/u.test(subj.mention.text)) return null;
  return { speaker: subj, cue: { start: colon, end: colon + 1, text: ':' } };
}

const TITLE_SMALL = /^(?:a|an|the|of|and|or|for|to|in|on|at|by|with|from|as|is|are|be|vs\.?)$/;

/**
 * `on ABC's "This Week,"`, `Ayn Rand's "Atlas Shrugged"`: a short Title-Case name in marks right after a possessive
 * is the title of a programme or work (marked by convention), not a quotation.
 */
function isOwnedTitle(text: string, open: number, ts: number, te: number): boolean {
  if (!/\p{L}(?:['\u2019]s|s['\u2019])\s$/u.test(text.slice(Math.max(0, open - 4), open))) return false;
  const words = text.slice(ts, te).split(/\s+/);
  if (words.length > 6 || /[.!?]/.test(text.slice(ts, te))) return false;
  return isTitleCase(words);
}

/**
 * `—"Museum to close in May," by the Post's Jane Doe: …`: a quoted line credited with `, by` and its writer (a name
 * ending in a possessive or a colon) is a headline or title with its byline, not something said.
 */
const BYLINE = /^,?[ \t\u00a0]+by[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?:\p{Lu}[\p{L}.&-]*[ \t\u00a0]+){0,4}\p{Lu}[\p{L}.&-]*(?:['\u2019]s?[ \t\u00a0]+\p{Lu}|:)/u;
function isBylinedTitle(text: string, close: number, inner: string): boolean {
  const after = text.slice(close + 1, close + 80);
  return (/,\s*$/.test(inner) || after.startsWith(',')) && BYLINE.test(after);
}

/**
 * A paragraph that is nothing but a short phrase in single marks (`'A tough decision.'`) is a subheading: single
 * marks are headline style, and a quotation standing alone as a paragraph would carry its speaker or the body's marks.
 */
function isSingleQuotedHeading(text: string, m: MarkedSpan): boolean {
  if (!m.single || m.unclosed) return false;
  const rest = text.slice(0, m.open) + text.slice(m.close + 1);
  return /^[\s.,!?:;\u2013\u2014-]*$/.test(rest) && text.slice(m.open + 1, m.close).trim().split(/\s+/).length <= 8;
}

/** Every word capitalised except small function words: a name or title, not a sentence. */
function isTitleCase(words: string[]): boolean {
  return /^[\p{Lu}\d]/u.test(words[0]) && words.every((w) => TITLE_SMALL.test(w.toLowerCase()) || /^[\p{Lu}\d]/u.test(w));
}

/**
 * `the “Open Road Tonight” host`, `a "Save Our Parks" banner`: a Title-Case name in marks that modifies the noun right
 * after it names a show, campaign or slogan; it is not a quotation.
 */
function isAttributiveName(text: string, tz: Tokenized, m: MarkedSpan, ts: number, te: number): boolean {
  const words = text.slice(ts, te).split(/\s+/);
  if (words.length > 6 || /[.!?,;:]/.test(text.slice(m.open + 1, m.close)) || !isTitleCase(words)) return false;
  const t = tz.tokens[tokenAt(tz.tokens, m.close + 1)];
  if (!t || !/^[ \t\u00a0]+$/.test(text.slice(m.close + 1, t.start)) || !/^\p{Ll}/u.test(t.text)) return false;
  return has(t, 'Noun') && !has(t, 'Verb') && !has(t, 'Preposition') && !has(t, 'Conjunction') && !has(t, 'Determiner') && !has(t, 'Pronoun') && !has(t, 'Adverb');
}

/** `the new book, "Rivers of Gold,"`, `the documentary “Night Shift”`: a Title-Case name after the noun for a work is its title. */
const WORK_NOUN = /\b(?:book|movie|film|show|series|sitcom|podcast|programme|program|documentary|play|musical|album|song|novel|memoir|episode|nickname|pseudonym|moniker|alias|codename)s?,?[ \t\u00a0]*$/;
function isNamedWork(text: string, open: number, ts: number, te: number): boolean {
  return WORK_NOUN.test(text.slice(Math.max(0, open - 30), open)) && isTitleCase(text.slice(ts, te).split(/\s+/));
}

/**
 * `referred to her as “…”`, `casting him as an "…"`, `billed as “…”`: a phrase in marks after `as` characterises
 * someone in the terms of whoever describes them (describe, see, portray, label … as), a partial quotation.
 */
const AS_FRAME = /\bas(?:[ \t\u00a0]+(?:a|an))?[ \t\u00a0]*$/i;
/** `referred to Rubio as “…”`: the characterised object opens the content, right after the verb (and its particle). */
function asFrameStart(tokens: Token[], first: number, open: number, ts: number): number {
  let as = tokenAt(tokens, open) - 1;
  while (as > first && tokens[as].lower !== 'as') as--;
  for (let k = as - 1; k >= first && k >= as - 8; k--) {
    const t = tokens[k];
    if (/[,;:.!?"\u201c\u201d]/.test(t.post)) break;
    if (has(t, 'Verb') && !has(t, 'Noun')) {
      let s = k + 1;
      while (s < as && /^(?:to|down|up|off|out)$/.test(tokens[s].lower)) s++;
      return s < as ? tokens[s].start : ts;
    }
  }
  return ts;
}

/** `a sign that read “…”`, `the banner reads: "…"`: words read out or written on something. */
const READ_OUT = /\b(?:read|reads|reading)[,:]?[ \t\u00a0]*$/i;
/**
 * `the phrase “…”`, `his slogan, "…"`, `chants of “…”`, `the words "…"`: a noun for words names the quoted phrase as
 * words someone used, so even a short one is a quotation, not a scare quote.
 */
const WORDS_NOUN = /\b(?:phrase|term|slogan|motto|catchphrase|mantra|refrain|chants?|chanting|cries|cry|shouts?|calls|words?|message|tagline|question|answer|reply|response)(?:[ \t\u00a0]+(?:of|is|was|were))?,?[ \t\u00a0]*$/i;
function namesWords(text: string, from: number, open: number): boolean {
  const before = text.slice(Math.max(from, open - 40), open);
  return WORDS_NOUN.test(before) || READ_OUT.test(before) || AS_FRAME.test(before);
}

function markedQuote(
  text: string,
  tz: Tokenized,
  m: MarkedSpan,
  previous: { speaker: ParagraphSpeaker; cue: Mention | null } | null,
  prevClose: number,
): ParagraphQuote | null {
  const { tokens, sentences } = tz;
  const cStart = m.open + 1;
  const cEnd = m.close;
  const [ts, te] = trimSpan(text, cStart, cEnd);
  if (te <= ts) return null;
  if (!sentences.length) return null;
  if (!m.unclosed && isOwnedTitle(text, m.open, ts, te)) return null;
  const inner = text.slice(cStart, cEnd);
  if (!m.unclosed && isBylinedTitle(text, m.close, inner)) return null;
  if (isSingleQuotedHeading(text, m)) return null;
  if (!m.unclosed && (isAttributiveName(text, tz, m, ts, te) || isNamedWork(text, m.open, ts, te))) return null;
  const openSent = Math.max(0, sentenceOf(tz, m.open));
  const closeSent = Math.max(0, sentenceOf(tz, Math.max(m.open, m.close - 1)));
  const sOpen = sentences[openSent];
  const sClose = sentences[Math.min(closeSent, sentences.length - 1)];
  const leadFrom = Math.max(sOpen.start, prevClose + 1);
  const endsSentence = /[.!?]['"\u2019\u201d]*\s*$/.test(inner);
  const after = m.unclosed ? null : attributionAfter(tz, text, 0, m.close, endsSentence) ?? dashCredit(tz, text, m.close);
  const before = attributionBefore(tz, text, 0, m.open, leadFrom) ?? labelBefore(tz, text, leadFrom, m.open);

  // Is the quote the whole sentence (apart from attribution and punctuation)?
  const lead = text.slice(leadFrom, m.open);
  const leadOk = /^[\s,:;.\u2014\u2013\p{Cf}-]*$/u.test(lead) || /:\s*$/.test(lead) ||
    (before !== null && clauseStartPos(tokens, before, m.open) >= m.open);
  let tailEnd = sClose.end;
  if (after) tailEnd = Math.min(after.speaker.mention.start, after.cue.start);
  const tail = m.unclosed ? '' : text.slice(m.close + 1, Math.max(m.close + 1, tailEnd));
  const tailOk = /^[\s,.;:!?\u2014\u2013-]*$/.test(tail) || (after === null && /^[\s,.;:!?\u2014\u2013-]*["\u201c]/.test(tail));

  let kind: ParagraphQuote['kind'] = 'direct';
  let start = ts;
  let end = te;
  let own = before ?? after;
  let laterEnd = -1;
  if (!own && !m.unclosed) {
    // `"If there had not been that intervention" by NATO and others, Clinton said …`
    const later = attributionLater(tz, text, m.close, sClose.end);
    if (later) {
      own = later.att;
      laterEnd = later.contentEnd;
    }
  }
  // No attribution parsed, but a reporting verb governs the quoted phrase: `Several said they were "leaning Cruz"`.
  let bareCue = -1;
  if (!own && !(leadOk && tailOk)) {
    const lim = tokenAt(tokens, m.open);
    for (let j = lim - 1; j >= tokenAt(tokens, leadFrom) && j >= lim - 12; j--) {
      if (isCue(tokens[j], true) || ATTITUDE_VERBS.has(tokens[j].lower) && has(tokens[j], 'Verb')) {
        bareCue = j;
        break;
      }
      if (/[,;:]/.test(tokens[j].post) && j < lim - 1) break;
    }
  }
  if (!(leadOk && tailOk)) {
    if (!own && bareCue >= 0) {
      kind = 'partial';
      const k = afterParticle(tokens, bareCue, clauseStart(tokens, bareCue, tokenAt(tokens, m.open) + 1), tokenAt(tokens, m.open));
      start = Math.min(k < tokens.length ? tokens[k].start - tokens[k].pre.length : ts, ts);
      [start, end] = trimSpan(text, start, Math.max(clauseEnd(text, tz, m, sOpen.start, sClose.end, start), te));
      if (end < te) end = te;
      if (start > ts) start = ts;
      const subj = subjectOf(tokens, tokenAt(tokens, leadFrom), bareCue, text, 0);
      own = subj ? { speaker: subj, cue: cueMention(tokens, bareCue, bareCue, text, 0), cueStart: bareCue, cueEnd: bareCue } : null;
      if (!own) {
        return { start, end, kind, speaker: previous?.speaker ?? null, cue: cueMention(tokens, bareCue, bareCue, text, 0), reopens: false, unclosed: m.unclosed, ...singleMarks(m) };
      }
    } else if (!own) {
      // `"…," the senator from X said.` with an attribution we could not parse is still a direct quote.
      if (leadOk && /^\s*,/.test(text.slice(m.close + 1)) || /,\s*$/.test(inner) && leadOk) {
        kind = 'direct';
      } else if (inner.trim().split(/\s+/).length < MIN_UNATTRIBUTED_WORDS && !namesWords(text, leadFrom, m.open)) {
        // A short quoted phrase nobody is said to say here is a scare quote or a title, not a quote.
        return null;
      } else {
        kind = 'partial';
        if (AS_FRAME.test(text.slice(Math.max(leadFrom, m.open - 40), m.open))) start = asFrameStart(tokens, tokenAt(tokens, leadFrom), m.open, ts);
      }
    } else kind = 'partial';
  }
  if (kind === 'partial' && own && bareCue < 0) {
    // The reported clause: from the cue's complement (or the sentence start) to the clause end.
    if (before) start = Math.min(clauseStartPos(tokens, before, m.open), ts);
    else start = Math.min(leadFrom, ts);
    end = laterEnd >= 0 ? laterEnd : after && !before ? te : clauseEnd(text, tz, m, sOpen.start, sClose.end, start);
    [start, end] = trimSpan(text, start, Math.max(end, te));
    if (end < te) end = te;
    if (start > ts) start = ts;
  }
  // `…, claiming that X is "…"`, `before insisting he had a "…"`: the participle's complement is the content.
  const participle = kind === 'partial' ? participleCue(tokens, start, m.open) : -1;
  const introVerb = kind === 'partial' && participle < 0 ? cueRightBeforeMark(tokens, start, m.open) : -1;
  if (kind === 'partial' && participle < 0 && introVerb < 0 && before && own === before && adjunctsThenMark(tokens, text, before.cueEnd, m.open)) {
    start = ts;
    if (end === te) kind = 'direct';
  }
  if (participle >= 0 || introVerb >= 0) {
    [start] = participle >= 0 ? trimSpan(text, tokens[participle + 1].start - tokens[participle + 1].pre.length, te) : [ts];
    // `adding, "…"`: nothing but the quotation is left, so it is a direct quote.
    if (start === ts && end === te) kind = 'direct';
  }
  if (kind === 'partial' && start === ts) {
    // `The answer was that "…" on …`: a complementizer right before the mark opens a clause that the quote begins;
    // the content is that whole clause.
    const that = /\bthat[ \t\u00a0]+$/i.exec(text.slice(leadFrom, m.open));
    if (that) {
      start = m.open - that[0].length;
      if (end === te) end = Math.max(te, trimSpan(text, start, clauseEnd(text, tz, m, sOpen.start, sClose.end, start))[1]);
    }
  }
  let speaker = own?.speaker ?? null;
  let cue = own?.cue ?? null;
  const newCue = participle >= 0 ? participle : introVerb;
  if (newCue >= 0 && own) cue = cueMention(tokens, newCue, newCue, text, 0);
  if (!speaker && previous) {
    speaker = previous.speaker;
    cue = previous.cue;
  }
  // `A friend referred to him as "…"`, `Trump issued a statement, "…"`: with no attribution, the subject
  // of the sentence is the likeliest source and its verb the cue (a direct quote tries context first).
  const fallback = speaker ? null : subjectAndVerb(tokens, text, tokenAt(tokens, leadFrom), tokenAt(tokens, m.open));
  if (fallback && kind === 'partial') ({ speaker, cue } = fallback);
  return {
    start,
    end,
    kind,
    speaker,
    cue,
    reopens: /^\s*$/.test(text.slice(0, m.open)),
    unclosed: m.unclosed,
    ...singleMarks(m),
    ...(fallback && !speaker ? { fallback } : {}),
  };
}

function singleMarks(m: MarkedSpan): { single?: true } {
  return m.single ? { single: true } : {};
}

/**
 * The last speech participle between `from` and the opening mark that starts an adverbial phrase
 * (after a comma or dash, or after by/before/after/while/and): `adding, "…"` makes the quote its content.
 */
function participleCue(tokens: Token[], from: number, open: number): number {
  const first = tokenAt(tokens, from);
  const openTok = tokenAt(tokens, open);
  for (let j = openTok - 1; j >= first && j > 0; j--) {
    const t = tokens[j];
    // The tagger often reads a detached participle as a gerund noun, so the word list decides.
    if (!/ing$/.test(t.lower) || !SPEECH_VERBS.has(t.lower)) continue;
    const prev = tokens[j - 1];
    const detached = /[,\u2014\u2013]/.test(prev.post + t.pre) || /^(by|before|after|while|and)$/.test(prev.lower);
    return detached && j + 1 < tokens.length ? j : -1;
  }
  return -1;
}

/**
 * `… and added, "…"`, `told the agency simply, "…"`: a speech verb (with at most a short object or adverb)
 * then a comma or colon right before the opening mark introduces the quotation itself. Returns the verb.
 */
function cueRightBeforeMark(tokens: Token[], from: number, open: number): number {
  const first = tokenAt(tokens, from);
  const last = tokenAt(tokens, open) - 1;
  if (last < first || last < 1 || !/[,:]$/.test(tokens[last].post)) return -1;
  for (let j = last; j >= first && j >= last - 4; j--) {
    const t = tokens[j];
    if (j < last && /[,:;.!?"\u201c\u201d]/.test(t.post)) return -1;
    if (SPEECH_VERBS.has(t.lower) && (has(t, 'Verb') || j === last) && !WEAK_CUES.has(cueBase(t))) return j;
    if (has(t, 'Verb') && !has(t, 'Noun')) return -1;
  }
  return -1;
}

/**
 * `told Chris Wallace of Fox News, "…"`, `said at a town hall on Monday, "…"`, `joked, again using an accent, "…"`:
 * only adjuncts (or the object of `told`) stand between the cue and a comma or colon before the mark, so the
 * quotation itself is the content. Not `said the plan, "…"` (a subject) nor `said that …, "…"` (a clause).
 */
function adjunctsThenMark(tokens: Token[], text: string, cueEnd: number, open: number): boolean {
  const first = cueEnd + 1;
  const last = tokenAt(tokens, open) - 1;
  if (last < first || last - first > 14) return false;
  const lead = text.slice(tokens[cueEnd].end, open);
  if (!/[,:]\s*$/.test(lead) || /\bthat\b|["\u201c\u201d;!?]/i.test(lead)) return false;
  const t = tokens[first];
  return /^\s*,/.test(lead) || has(t, 'Preposition') || has(t, 'Adverb') || has(t, 'Date') || OBJECT_CUES.test(tokens[cueEnd].lower);
}
const OBJECT_CUES = /^(told|tell|tells|telling|asked|ask|asks|asking|reminded|assured|informed|warned)$/;

const PARTICLE = /^(on|of|about|for)$/;
const LOCATIVE_CUES = new Set(['say', 'tell', 'write', 'tweet', 'post', 'report', 'announce', 'state', 'blog', 'comment']);

/**
 * `called on leaders "to …"`, `warned of a "…" battle`: the preposition right after the verb belongs to the
 * verb, so the content starts after it (but `said on Twitter "…"` keeps its adjunct out of this rule).
 */
function afterParticle(tokens: Token[], cue: number, k: number, lim: number): number {
  const t = tokens[k];
  if (k !== cue + 1 || k + 1 >= lim || !t || t.post || !PARTICLE.test(t.lower) || LOCATIVE_CUES.has(cueBase(tokens[cue]))) return k;
  return has(tokens[k + 1], 'Date') ? k : k + 1;
}

function clauseStartPos(tokens: Token[], att: Attribution, limit: number): number {
  const lim = tokenAt(tokens, limit);
  const k = afterParticle(tokens, att.cueEnd, clauseStart(tokens, att.cueEnd, Math.max(lim, att.cueEnd + 1)), lim);
  if (k >= tokens.length) return limit;
  return Math.min(tokens[k].start - (tokens[k].pre ? tokens[k].pre.length : 0), limit);
}

/**
 * Where a reported clause ends: `, and …`, a dash, a semicolon, or a sentence end the tagger missed —
 * but not the full stop of an initial or an abbreviation (`U.S. Secretary`, `Sen. Cruz`).
 */
const CLAUSE_BREAK = new RegExp(
  String.raw`[,;]\s+(?:and|but|while|whereas|although|though|before|after)\b|\s(?:[\u2014\u2013]|--?)\s|;|` +
    String.raw`(?<![\s.(]\p{Lu}|^\p{Lu}|\b(?:${ABBREVIATIONS.join('|')}))[.!?]+["'\u201d\u2019\u00bb]*(?=\s+[\p{Lu}\u201c"])`,
  'gu',
);

/** Index of the first clause break in text[from, to), or -1; a few characters before `from` let the look-behind see an abbreviation cut there. */
function clauseBreak(text: string, from: number, to: number): number {
  const lo = Math.max(0, from - 8);
  CLAUSE_BREAK.lastIndex = from - lo;
  const m = CLAUSE_BREAK.exec(text.slice(lo, to));
  return m ? lo + m.index : -1;
}

/** A closing mark then `and`/`but` (a verb may follow), or then a comma and a subject pronoun (a verb may follow). */
const AND_AFTER_CLOSE = /["\u201d],?[ \t\u00a0]+(?:and|but)[ \t\u00a0]+(?=\p{L})/gu;
const PRONOUN_AFTER_CLOSE = /(?:,["\u201d]|["\u201d],)[ \t\u00a0]*(?=(?:he|she|they|we|I|it)[ \t\u00a0]+\p{L})/gu;
/** A closing mark and a comma, then a detached participle (`"…," claiming …`, `"…," according to …`). */
const PARTICIPLE_AFTER_CLOSE = /(?:,["\u201d]|["\u201d],)[ \t\u00a0]+(?=\p{Ll}+ing\b)/gu;
const NAME_AFTER_CLOSE = /(?:,["\u201d]|["\u201d],)[ \t\u00a0]*(?=\p{Lu})/gu;
const SUBORDINATOR = /\b(?:although|though|if|when|whenever|while|because|since|unless|once|until)\b/i;

/**
 * `called it "crazy" and said …`, `had "been friends," he claimed …`, `was "wrapped up," referring to …`: the
 * reported clause ends at the mark when a coordinated verb, a new subject and its verb, or a detached participle
 * (which tells how it was said) follow it (not `"A" and "B"`, and not after a subordinate clause: `that if "X," he would …`).
 */
function predicateBreak(text: string, tz: Tokenized, clauseFrom: number, from: number, to: number, contentStart: number): number {
  const rest = text.slice(from, to);
  const tokenStartingAt = (at: number): number => {
    const i = tokenAt(tz.tokens, at);
    return tz.tokens[i]?.start === at ? i : -1;
  };
  let best = -1;
  // A base-form verb in the content before the mark (`to "stop X"`, `going to "work hard"`): a bare infinitive after
  // `and` coordinates with it, inside the content (`to "stop X" and call Y`), not with the finite cue.
  const infinitiveInside = (() => {
    const toks = tz.tokens;
    for (let i = tokenAt(toks, contentStart) + 1; i < toks.length && toks[i].start < from; i++) {
      if (!has(toks[i], 'Infinitive')) continue;
      // Governed by `to`, a modal or `do` (an adverb may stand between): `to "really call"`, `didn't go`, `gotta get`.
      const g = has(toks[i - 1], 'Adverb') && i - 2 >= 0 ? toks[i - 2] : toks[i - 1];
      if (/^(?:to|do|does|did|didn't|don't|doesn't|gotta|wanna|gonna)$/.test(g.lower) || has(g, 'Modal')) return true;
    }
    return false;
  })();
  for (const mm of rest.matchAll(AND_AFTER_CLOSE)) {
    let i = tokenStartingAt(from + mm.index + mm[0].length);
    // One adverb may come first (`but later said`, `and then called`).
    if (i >= 0 && has(tz.tokens[i], 'Adverb') && !tz.tokens[i].post) i++;
    const t = tz.tokens[i];
    // A verb right after `and`/`but`, not a noun, pronoun, adverb or copula: a second predicate of the same subject
    // (a copula more often continues the quoted clause: `is "not X," but is Y`).
    if (i >= 0 && has(t, 'Verb') && !has(t, 'Noun') && !has(t, 'Pronoun') && !has(t, 'Modal') && !has(t, 'Adverb') && !has(t, 'Copula') && !(infinitiveInside && has(t, 'Infinitive'))) {
      best = from + mm.index + 1;
      break;
    }
  }
  // A comma at the mark, then what starts a new predicate: the first such place before `best` ends the clause there,
  // unless the clause is subordinate (`that if "X," he would …`).
  const commaBreak = (re: RegExp, startsPredicate: (i: number) => boolean): void => {
    for (const mm of rest.matchAll(re)) {
      const at = from + mm.index;
      if (best >= 0 && at >= best) return;
      if (!startsPredicate(tokenStartingAt(at + mm[0].length))) continue;
      if (!SUBORDINATOR.test(text.slice(clauseFrom, at))) best = at + 2;
      return;
    }
  };
  // A detached participle (`"…," claiming …`, `"…," according to …`).
  commaBreak(PARTICIPLE_AFTER_CLOSE, (i) => {
    const t = tz.tokens[i];
    return t !== undefined && (has(t, 'Verb') || has(t, 'Gerund') || t.lower === 'according');
  });
  // A subject pronoun and its verb (`"…," he claimed`).
  commaBreak(PRONOUN_AFTER_CLOSE, (i) => i >= 0 && has(tz.tokens[i], 'Pronoun') && has(tz.tokens[i + 1], 'Verb'));
  // A named source and its speech verb (`called him "a buffoon," Susan said`, `"…," The Washington Post reported`).
  commaBreak(NAME_AFTER_CLOSE, (first) => {
    if (first < 0) return false;
    let i = first;
    while (i < first + 5 && tz.tokens[i] && /^\p{Lu}/u.test(tz.tokens[i].text) && !tz.tokens[i].post) i++;
    return !(i === first || i - first === 1 && tz.tokens[first].lower === 'the' || !isCue(tz.tokens[i]));
  });
  return best;
}

/** A sentence opening with a subordinator or `Asked`, with no comma before the content: the cue is in a fronted adverbial clause. */
const FRONTED = /^[\s"'\u201c\u2018]*(?:while|although|though|even though|even as|whereas|when|after|before|if|because|since|as|once|until|unless|asked)\b[^,;:\u2014]*$/i;

/**
 * `While X said the plan was "a mess," Y voted for it`, `Asked whether X is "fit," 70 percent said yes`: a reported clause
 * inside a fronted adverbial clause ends at the comma that closes it — the first comma after the mark with no later
 * quotation mark in the sentence (`Although he says he "loves X," and "Y," he …` ends after the last one).
 */
function frontedClauseEnd(text: string, sentStart: number, contentStart: number, from: number, to: number): number {
  if (!FRONTED.test(text.slice(sentStart, contentStart))) return -1;
  for (let i = text.indexOf(',', from); i >= 0 && i < to; i = text.indexOf(',', i + 1)) {
    if (!/["\u201c\u201d]/.test(text.slice(i + 2, to))) return i;
  }
  return -1;
}

const SPACED_DASH = /^\s(?:[\u2014\u2013]|--?)\s/u;
const SPACED_DASHES = /\s(?:[\u2014\u2013]|--?)\s/gu;
const DAY_AFTER_MARK = /["\u201d],?[ \t\u00a0]+(?:(?:on|last|this)[ \t\u00a0]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/gu;
const FUTURE = /\b(?:will|would|shall|should|could|may|might|going to|plans? to|planned to|wants? to|vowed|promised|pledged)\b|['\u2019]ll\b/i;
const MARK_SUBORDINATOR = /,["'\u201d\u2019][ \t\u00a0]+(?:while|whereas|although|though|before|after)\b/gu;
const MEDIUM_AFTER_MARK = new RegExp(
  String.raw`["\u201d\u201c],?[ \t\u00a0]+(?:in|on|during|via)[ \t\u00a0]+(?:an?|the|his|her|their|its)[ \t\u00a0]+(?:[\p{L}-]+[ \t\u00a0]+){0,2}?` +
    String.raw`(?:tweets?|statement|interview|post|blog|op-ed|appearance|(?:press|news) conference|e-?mail|letter|video|broadcast|column|memo|podcast)\b`,
  'gu',
);
const RELATIVE = /,[ \t\u00a0]+(?:who|whom|whose|which|where)\b/gu;

/**
 * `said he was "sarcastic" in his remarks, which drew criticism`: a non-restrictive relative clause after the last
 * quoted words comments on the clause's last noun; it is the writer's, not the source's (unless more quoted words follow).
 */
function trailingRelative(text: string, from: number, to: number): number {
  const rest = text.slice(from, to);
  const lastMark = Math.max(rest.lastIndexOf('"'), rest.lastIndexOf('\u201c'), rest.lastIndexOf('\u201d'));
  RELATIVE.lastIndex = lastMark + 1;
  const mm = RELATIVE.exec(rest);
  return mm ? from + mm.index : -1;
}

/** The first match of `re` from the character before the closing mark (a comma inside the marks) up to `end`. */
function matchFromMark(re: RegExp, text: string, m: MarkedSpan, end: number): { at: number; length: number } | null {
  re.lastIndex = 0;
  const mm = re.exec(text.slice(m.close - 1, end));
  return mm ? { at: m.close - 1 + mm.index, length: mm[0].length } : null;
}

/** End of the reported clause containing a partial quote: the sentence end, or a clause break after the last mark. */
function clauseEnd(text: string, tz: Tokenized, m: MarkedSpan, sentStart: number, sentEnd: number, contentStart: number): number {
  let br = clauseBreak(text, m.close + 1, sentEnd);
  // `the tax — as well as the "pause" — in that package`: a dash closing a dash pair opened inside the content ends the
  // aside, not the clause.
  if (br >= 0 && SPACED_DASH.test(text.slice(br, br + 4)) && (text.slice(contentStart, br).match(SPACED_DASHES) ?? []).length % 2 === 1) {
    br = clauseBreak(text, br + 2, sentEnd);
  }
  const fr = frontedClauseEnd(text, sentStart, contentStart, m.close - 1, br >= 0 ? br : sentEnd);
  let end = fr >= 0 ? fr : br >= 0 ? br : sentEnd;
  const rel = trailingRelative(text, m.close + 1, end);
  if (rel >= 0) end = rel;
  // `called it "X" in a tweet Sunday`: the medium of the report right after the mark belongs to the cue, not the content.
  const medium = matchFromMark(MEDIUM_AFTER_MARK, text, m, end);
  if (medium) end = medium.at + 1;
  // `called it "a disgrace" Wednesday`: a weekday right after the mark dates the report, unless the content looks ahead
  // (`said he would "vote no" on Tuesday`).
  const day = matchFromMark(DAY_AFTER_MARK, text, m, end);
  if (day && !FUTURE.test(text.slice(contentStart, day.at))) end = day.at + 1;
  // `… "about right," though most voters …`: the comma inside the marks (which CLAUSE_BREAK cannot see) before a
  // subordinator, unless more quoted words follow (`"A," while "B"`).
  const sub = matchFromMark(MARK_SUBORDINATOR, text, m, end);
  if (sub && !/["\u201c\u201d]/.test(text.slice(sub.at + sub.length, end))) end = sub.at;
  // From the character before the mark, to see a comma inside the marks (`time,” he claimed`).
  const pb = predicateBreak(text, tz, sentStart, Math.max(sentStart, m.close - 1), end, contentStart);
  return pb >= 0 ? pb : end;
}

/** `X said (that) …` · `…, X said` · `according to X, …` · `X denied …` in a sentence without quotation marks. */
function indirectQuotes(text: string, tz: Tokenized, si: number): ParagraphQuote[] {
  const { tokens, sentenceTokens, sentences } = tz;
  const [a, b] = sentenceTokens[si];
  const s = sentences[si];
  if (b - a < 4) return [];
  // according to X
  for (let j = a; j < b - 1; j++) {
    if (!accordingTo(tokens, j)) continue;
    const sp = speakerAfter(tokens, j + 2, b - 1, text, 0);
    if (!sp) return [];
    const cue = cueMention(tokens, j, j + 1, text, 0);
    let cs: number;
    let ce: number;
    if (j === a) {
      // "According to X, clause."
      let k = j + 2;
      while (k < b && !tokens[k].post.includes(',')) k++;
      if (k >= b - 2) return [];
      [cs, ce] = trimSpan(text, tokens[k + 1].start, s.end);
    } else {
      [cs, ce] = trimSpan(text, s.start, tokens[j].start);
    }
    if (ce - cs < 10) return [];
    return [{ start: cs, end: ce, kind: 'indirect', speaker: sp, cue, reopens: false, unclosed: false }];
  }
  const parenthetical = parentheticalAttribution(text, tokens, a, b, s.start, s.end);
  if (parenthetical) return parenthetical;
  const out: ParagraphQuote[] = [];
  for (let j = a + 1; j < b; j++) {
    const t = tokens[j];
    const speech = isCue(t, true) && CLAUSE_VERBS.has(t.lower);
    const attitude = !speech && ATTITUDE_VERBS.has(t.lower) && has(t, 'Verb') && !has(t, 'Noun');
    if (!speech && !attitude) continue;
    // Inverted at the end: "Clause, X said." / "Clause, said X."
    const prev = tokens[j - 1];
    let sp = speakerBefore(tokens, j, a, text, 0);
    const cue = cueMention(tokens, j, j, text, 0);
    if (!sp && speech && j > a + 2 && /^(and|but)$/.test(prev.lower) && !prev.post) {
      // `The senator survived the vote and says the bill is dead`: the subject of the sentence speaks.
      const subj = subjectOf(tokens, a, j, text, 0);
      if (subj && tokenAt(tokens, subj.mention.start) <= a + 8) sp = subj;
    }
    if (sp) {
      const spStartTok = tokenAt(tokens, sp.mention.start);
      const beforeSp = tokens[spStartTok - 1];
      if (speech && !out.length && spStartTok > a + 2 && beforeSp && beforeSp.post.startsWith(',') && restIsShort(tokens, j, b)) {
        const [cs, ce] = trimSpan(text, s.start, beforeSp.end);
        if (ce - cs >= 10) return [{ start: cs, end: ce, kind: 'indirect', speaker: sp, cue, reopens: false, unclosed: false }];
      }
      const k = clauseStart(tokens, j, b);
      if (k >= b || b - k < 2) continue;
      if (speech) {
        if (!hasVerb(tokens, k, b)) continue;
        if (!(tokens[k].lower === 'that' || k > j + 1 || isClauseOpener(tokens[k]) || isGerundSubject(tokens, k, b) || nounThenVerb(tokens, k, b) || WH.test(tokens[k].lower))) continue;
      } else if (tokens[k].tags.has('Preposition') && tokens[k].lower !== 'to' || tokens[k].tags.has('Adverb') && k === j + 1) {
        continue;
      }
      const from = tokens[k].start - (tokens[k].pre ? tokens[k].pre.length : 0);
      const br = clauseBreak(text, from + 1, s.end);
      const end = br >= 0 ? br : s.end;
      const [cs, ce] = trimSpan(text, from, end);
      if (ce - cs < 8) continue;
      out.push({ start: cs, end: ce, kind: 'indirect', speaker: sp, cue, reopens: false, unclosed: false });
      while (j + 1 < b && tokens[j + 1].start < ce) j++;
    } else if (speech && /ing$/.test(t.lower) && prev.post.startsWith(',') && j > a + 1) {
      // `Clinton is more conservative, saying she favors …`: the subject of the sentence speaks.
      const subj = subjectOf(tokens, a, j, text, 0);
      const k = clauseStart(tokens, j, b);
      if (!subj || k >= b || b - k < 3) continue;
      const from = tokens[k].start - (tokens[k].pre ? tokens[k].pre.length : 0);
      const br = clauseBreak(text, from + 1, s.end);
      const [cs, ce] = trimSpan(text, from, br >= 0 ? br : s.end);
      if (ce - cs < 8) continue;
      out.push({ start: cs, end: ce, kind: 'indirect', speaker: subj, cue, reopens: false, unclosed: false });
      while (j + 1 < b && tokens[j + 1].start < ce) j++;
    } else if (speech && !out.length && prev.post.startsWith(',') && j > a + 2) {
      const inv = speakerAfter(tokens, j + 1, b - 1, text, 0);
      if (inv && restIsShort(tokens, j, b)) {
        const [cs, ce] = trimSpan(text, s.start, prev.end);
        if (ce - cs >= 10) return [{ start: cs, end: ce, kind: 'indirect', speaker: inv, cue, reopens: false, unclosed: false }];
      }
    }
  }
  if (!out.length) {
    // Evidentials without a named source: `Carson appears to be slipping`, `It seems that …`.
    for (let j = a + 1; j < b - 2; j++) {
      if (!EVIDENTIAL.test(tokens[j].lower) || !has(tokens[j], 'Verb')) continue;
      const next = tokens[j + 1];
      if (!/^(to|like|that|as)$/.test(next.lower) || tokens[j].post) continue;
      const from = next.lower === 'that' || next.lower === 'to' ? next.start : tokens[j + 1].start;
      const br = clauseBreak(text, from + 1, s.end);
      const [cs, ce] = trimSpan(text, from, br >= 0 ? br : s.end);
      if (ce - cs < 8) break;
      out.push({ start: cs, end: ce, kind: 'indirect', speaker: null, cue: cueMention(tokens, j, j, text, 0), reopens: false, unclosed: false });
      break;
    }
  }
  return out;
}

/**
 * `The outreach, they said, raised new worries` · `Tillerson is considering the request, he said, "…"`: an
 * attribution set off by commas inside the sentence makes both halves its reported content (PolNeAR marks the
 * first half as an indirect piece of the same attribution). It wins over a stance verb inside the first half
 * ("considering"), but not over a speech verb there (`X said that the plan, she said, …`).
 */
function parentheticalAttribution(text: string, tokens: Token[], a: number, b: number, sStart: number, sEnd: number): ParagraphQuote[] | null {
  for (let j = a + 2; j + 2 < b; j++) {
    const t = tokens[j];
    if (!(isCue(t, true) && CLAUSE_VERBS.has(t.lower)) || !t.post.startsWith(',')) continue;
    const sp = speakerBefore(tokens, j, a, text, 0);
    if (!sp) continue;
    const spStartTok = tokenAt(tokens, sp.mention.start);
    const beforeSp = tokens[spStartTok - 1];
    if (spStartTok <= a + 1 || !beforeSp || !beforeSp.post.startsWith(',')) continue;
    for (let i = a; i < spStartTok; i++) if (isCue(tokens[i], true) && CLAUSE_VERBS.has(tokens[i].lower)) return null;
    const cue = cueMention(tokens, j, j, text, 0);
    const [as, ae] = trimSpan(text, sStart, beforeSp.end);
    const [bs, be] = trimSpan(text, tokens[j + 1].start - tokens[j + 1].pre.length, sEnd);
    const pieces: ParagraphQuote[] = [];
    if (ae > as) pieces.push({ start: as, end: ae, kind: 'indirect', speaker: sp, cue, reopens: false, unclosed: false });
    if (be > bs) pieces.push({ start: bs, end: be, kind: 'indirect', speaker: sp, cue, reopens: false, unclosed: false });
    return pieces;
  }
  return null;
}

const EVIDENTIAL = /^(seems?|seemed|appears?|appeared|looks?|looked|sounds?|sounded)$/;
const WH = /^(whether|if|how|what|why|who|where|when|which)$/;

function restIsShort(_tokens: Token[], cue: number, end: number): boolean {
  return end - cue <= 8;
}

function hasVerb(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (has(tokens[i], 'Verb') && !isVerbFiller(tokens[i])) return true;
  for (let i = from; i < to; i++) if (has(tokens[i], 'Verb')) return true;
  return false;
}

/** `says running for office is hard`: a gerund phrase as the subject of the reported clause (a verb follows). */
function isGerundSubject(tokens: Token[], k: number, b: number): boolean {
  if (!/ing$/.test(tokens[k].lower) || tokens[k].post) return false;
  for (let i = k + 1; i < b && i <= k + 6; i++) {
    if (has(tokens[i], 'Copula') || has(tokens[i], 'Modal') || has(tokens[i], 'PastTense') && !has(tokens[i], 'Participle')) return true;
    if (tokens[i].post) return false;
  }
  return false;
}

/** `says such methods are cruel`: a noun phrase and its verb within the first few tokens make a clause. */
function nounThenVerb(tokens: Token[], k: number, b: number): boolean {
  for (let i = k; i + 1 < b && i < k + 4; i++) {
    if (tokens[i].post) return false;
    const nominal = (has(tokens[i], 'Noun') || has(tokens[i], 'Pronoun')) && !has(tokens[i], 'Possessive');
    if (nominal && has(tokens[i + 1], 'Verb') && !has(tokens[i + 1], 'Noun')) return true;
    // The tagger sometimes reads a plural noun before `are`/`will` as a verb (`such trips are`).
    if (i > k && !has(tokens[i], 'Adverb') && (has(tokens[i + 1], 'Copula') || has(tokens[i + 1], 'Modal'))) return true;
  }
  return false;
}

function isClauseOpener(t: Token): boolean {
  return t.tags.has('Pronoun') || t.tags.has('Determiner') || t.tags.has('ProperNoun') || t.tags.has('Noun') || t.tags.has('Value');
}
