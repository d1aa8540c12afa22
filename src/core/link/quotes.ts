/** Links one paragraph's quotes: document offsets, ids, and speakers by the cross-paragraph speaker rules. */
import type { Mention, Quote, Span, Speaker } from '../types';
import type { ParagraphQuote, ParagraphSpeaker } from '../paragraph/types';
import { fnv1a } from '../text/hash';
import { noteRule, type RuleSwitch } from '../rules/rule';
import { sentenceSubject } from '../quotes/speaker';
import { describedSpeaker, fullName, groupPronoun, headlineSingleMarks, introducedQuote, openQuote, ownContent, pronounSpeaker, sameSpeaker, type PersonsSoFar } from './speakerRules';
import type { Carried, CarryState } from './carry';
import type { ItemIds } from './ids';
import type { Seg } from './segment';
import { shift, validMention } from './items';
import { isBarePronoun } from '../quotes/speakerName';

/** What linking a paragraph's quotes reads and updates. */
export interface QuoteLinking {
  readonly text: string;
  /** The headline the grammar styles (core/text/headline.ts), or null. */
  readonly headline: Span | null;
  readonly rules: RuleSwitch;
  readonly carry: CarryState;
  readonly soFar: PersonsSoFar;
  readonly ids: ItemIds;
  /** The paragraph's own text between document offsets (see Linker.linkSeg). */
  readonly slice: (start: number, end: number) => string;
}

/** Appends the quotes of `seg` (paragraph index `para`) to `out`; returns their id stems. */
export function linkQuotes(k: QuoteLinking, seg: Seg, para: number, out: Quote[]): string[] {
  const base = seg.part.start;
  let stillOpen: Carried | null = null;
  const stems: string[] = [];
  seg.sortedQuotes.forEach((q, qi) => {
    const start = base + q.start;
    const end = base + q.end;
    if (start < 0 || end > k.text.length || end <= start) return;
    if (k.rules.on(headlineSingleMarks) && headlineSingleMarks.fn(q, start, k.headline)) return;
    const rules = q.rules.slice();
    const { speaker, cue, owner } = speakerOf(k, seg, para, q, qi === 0, rules);
    const qtext = k.slice(start, end);
    const id = k.ids.allocate('quotes', seg, `q-${fnv1a(qtext.trim())}`, stems);
    out.push({ id, start, end, text: qtext, kind: q.kind, speaker, cue, rules });
    if (speaker) k.carry.last = { speaker, cue, owner, para };
    if (q.unclosed) stillOpen = { speaker, cue, owner };
  });
  k.carry.open = stillOpen;
  return stems;
}

/** The quote's own speaker (resolved), else one carried from context, else its sentence's subject. */
function speakerOf(k: QuoteLinking, seg: Seg, para: number, q: ParagraphQuote, first: boolean, rules: string[]): Carried {
  const base = seg.part.start;
  const own = q.speaker && resolveSpeaker(k, q.speaker, base, para, rules, q.speaker.pronoun ? ownContent(seg.sortedQuotes, q.speaker) : undefined);
  let found: Carried = { speaker: own, cue: q.cue ? shift(q.cue, base) : null, owner: seg };
  if (!found.speaker) found = carriedTo(k, q, first, para, rules) ?? found;
  if (!found.speaker && q.fallback && k.rules.on(sentenceSubject)) {
    found = { speaker: resolveSpeaker(k, q.fallback.speaker, base, para, rules), cue: shift(q.fallback.cue, base), owner: seg };
    noteRule(rules, sentenceSubject.id);
  }
  const speaker = found.speaker && validMention(k.text, found.speaker.mention) ? found.speaker : null;
  const cue = found.cue && validMention(k.text, found.cue) ? found.cue : null;
  return { speaker, cue, owner: found.owner };
}

/**
 * The speaker/cue a quote without its own takes from context: a quote left open before, a paragraph ending
 * `he said:`, or the quote just before (`first`: the paragraph's first quote).
 */
function carriedTo(k: QuoteLinking, q: ParagraphQuote, first: boolean, para: number, rules: string[]): Carried | null {
  const open = k.rules.on(openQuote) ? openQuote.fn(q, first, k.carry.open) : null;
  if (open) {
    noteRule(rules, openQuote.id);
    return open;
  }
  const intro = k.rules.on(introducedQuote) ? introducedQuote.fn(q, first, k.carry.intro) : null;
  if (intro) {
    for (const id of intro.owner.part.result.intro?.rules ?? []) noteRule(rules, id);
    noteRule(rules, introducedQuote.id);
    return intro;
  }
  const last = k.rules.on(sameSpeaker) ? sameSpeaker.fn(q, para, k.carry.last) : null;
  if (last) noteRule(rules, sameSpeaker.id);
  return last;
}

/** The paragraph's closing `he said:`, for a quote opening the next paragraph. */
export function linkIntro(k: QuoteLinking, seg: Seg, para: number): void {
  const intro = seg.part.result.intro;
  const base = seg.part.start;
  const carried: Carried | null = intro ? { speaker: resolveSpeaker(k, intro.speaker, base, para, []), cue: shift(intro.cue, base), owner: seg } : null;
  k.carry.intro = carried && validMention(k.text, carried.speaker!.mention) && validMention(k.text, carried.cue!) ? carried : null;
}

/**
 * The speaker as linked: a pronoun resolved, a surname made a full name (`ids` gets the rules that did).
 * `exclude`: the pronoun's own reported content (paragraph offsets), whose names it cannot refer to.
 */
function resolveSpeaker(k: QuoteLinking, s: ParagraphSpeaker, base: number, para: number, ids: string[], exclude?: readonly ParagraphQuote[]): Speaker {
  const mention: Mention = { start: base + s.mention.start, end: base + s.mention.end, text: s.mention.text };
  if (s.pronoun === undefined) {
    const name = k.rules.on(fullName) ? fullName.fn(k.soFar, s.name) : s.name;
    if (name !== s.name) noteRule(ids, fullName.id);
    return isBarePronoun(name) ? unresolved(mention) : { mention, name };
  }
  const shifted = exclude?.map((q) => ({ start: base + q.start, end: base + q.end })) ?? [];
  const latest = k.carry.last?.speaker ? { speaker: k.carry.last.speaker, para: k.carry.last.para } : null;
  const described = k.rules.on(describedSpeaker) ? describedSpeaker.fn(k.soFar, s.pronoun, mention, para, latest, k.text) : null;
  if (described !== null) {
    noteRule(ids, describedSpeaker.id);
    return { mention, name: described };
  }
  const name = k.rules.on(pronounSpeaker) ? pronounSpeaker.fn(k.soFar, s.pronoun, mention, para, shifted) : null;
  if (name !== null) {
    noteRule(ids, pronounSpeaker.id);
    return isBarePronoun(name) ? unresolved(mention) : { mention, name };
  }
  const last = k.carry.last?.speaker ? { name: k.carry.last.speaker.name, para: k.carry.last.para } : null;
  const group = k.rules.on(groupPronoun) ? groupPronoun.fn(s.pronoun, last, para, (n) => isPerson(k.soFar, para, n)) : null;
  if (group === null || isBarePronoun(group)) return unresolved(mention);
  noteRule(ids, groupPronoun.id);
  return { mention, name: group };
}

/** A pronoun or relative word no rule tied to anyone: it names no one (shown `unresolved (“he”)`, `— ?`). */
function unresolved(mention: Mention): Speaker {
  return { mention, name: mention.text, resolved: false };
}

/** Is `name` a person registered in this paragraph or the one before (or a full name known by its surname)? */
function isPerson(so: PersonsSoFar, para: number, name: string): boolean {
  for (let j = para; j >= 0 && j >= para - 1; j--) if (so.persons(j).some((p) => p.name === name || p.name.endsWith(` ${name}`))) return true;
  const words = name.split(/\s+/);
  return so.fullNames().has(words[words.length - 1].toLowerCase()) && /^\p{Lu}/u.test(name) && words.every((w) => /^\p{Lu}/u.test(w));
}
