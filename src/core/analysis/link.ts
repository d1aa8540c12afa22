/**
 * linkParagraphs: the cheap, compromise-free cross-paragraph step. Shifts offsets, resolves
 * pronoun speakers to the most recent compatible named person, carries speakers over quotes
 * that run across paragraphs, drops the headline and boilerplate from claims, assigns ids.
 */
import type { Analysis, Claim, Mention, Quote, Sentence, Speaker } from './types';
import type { Gender, ParagraphAnalysis, ParagraphPerson, ParagraphSpeaker } from './paragraphTypes';
import { IdAllocator } from './hash';
import { BOILERPLATE_LINE } from './lexicon';

export interface PlacedParagraph {
  start: number;
  result: ParagraphAnalysis;
}

interface PlacedPerson {
  start: number;
  name: string;
  gender: Gender;
}

export function linkParagraphs(text: string, parts: PlacedParagraph[]): Analysis {
  const sentences: Sentence[] = [];
  const claims: Claim[] = [];
  const quotes: Quote[] = [];
  const claimIds = new IdAllocator('c');
  const quoteIds = new IdAllocator('q');
  const headlineEnd = headlineEndOf(text);
  const persons: PlacedPerson[] = [];
  /** Full names by surname and by any single word, so "Delattre" resolves to "Francois Delattre". */
  const fullNames = new Map<string, string>();
  const genders = new Map<string, Gender>();
  /** The last attribution seen, and the paragraph it was seen in. */
  let last: { speaker: Speaker; cue: Mention | null; para: number } | null = null;
  let open: { speaker: Speaker | null; cue: Mention | null } | null = null;
  let intro: { speaker: Speaker; cue: Mention } | null = null;

  const ordered = parts.slice().sort((a, b) => a.start - b.start);
  ordered.forEach(({ start: base, result }, para) => {
    for (const s of result.sentences) {
      const start = base + s.start;
      const end = base + s.end;
      if (start < 0 || end > text.length || end <= start) continue;
      const stext = text.slice(start, end);
      // The headline and site furniture are never check-worthy.
      const score = start < headlineEnd || BOILERPLATE_LINE.test(stext.trim()) ? 0 : (s.score ?? 0);
      sentences.push({ start, end, text: stext, score });
    }
    for (const p of result.persons) registerPerson(p, base, persons, fullNames, genders);

    const paraQuotes = result.quotes.slice().sort((a, b) => a.start - b.start);
    let stillOpen: typeof open = null;
    paraQuotes.forEach((q, qi) => {
      const start = base + q.start;
      const end = base + q.end;
      if (start < 0 || end > text.length || end <= start) return;
      let speaker: Speaker | null = q.speaker ? resolveSpeaker(q.speaker, base, persons, fullNames, genders) : null;
      let cue: Mention | null = q.cue ? shift(q.cue, base) : null;
      if (!speaker && qi === 0 && q.reopens) {
        // A quote opening the paragraph: continues a quote left open, or follows "X said:".
        if (open?.speaker) ({ speaker, cue } = open);
        else if (intro) ({ speaker, cue } = intro);
      }
      // A bare quoted paragraph right after an attributed one is the same speaker talking on.
      if (!speaker && q.kind === 'direct' && last && para - last.para <= 2) ({ speaker, cue } = last);
      if (!speaker && q.fallback) {
        speaker = resolveSpeaker(q.fallback.speaker, base, persons, fullNames, genders);
        cue = shift(q.fallback.cue, base);
      }
      if (speaker && !validMention(text, speaker.mention)) speaker = null;
      if (cue && !validMention(text, cue)) cue = null;
      const qtext = text.slice(start, end);
      quotes.push({ id: quoteIds.next(qtext), start, end, text: qtext, kind: q.kind, speaker, cue });
      if (speaker) last = { speaker, cue, para };
      if (q.unclosed) stillOpen = { speaker, cue };
    });
    open = stillOpen;
    intro = result.intro ? { speaker: resolveSpeaker(result.intro.speaker, base, persons, fullNames, genders), cue: shift(result.intro.cue, base) } : null;
    if (intro && (!validMention(text, intro.speaker.mention) || !validMention(text, intro.cue))) intro = null;

    for (const c of result.claims) {
      const start = base + c.start;
      const end = base + c.end;
      if (start < 0 || end > text.length || end <= start) continue;
      if (start < headlineEnd) continue;
      const ctext = text.slice(start, end);
      if (BOILERPLATE_LINE.test(ctext.trim())) continue;
      claims.push({
        id: claimIds.next(ctext),
        start,
        end,
        text: ctext,
        score: c.score,
        type: c.type,
        reasons: c.reasons.slice(),
        entities: { people: c.entities.people.slice(), organizations: c.entities.organizations.slice(), places: c.entities.places.slice() },
      });
    }
  });
  return { sentences, claims, quotes };
}

/**
 * The headline is the first non-empty line, but only when more text follows it
 * (a lone sentence is content, not a headline).
 */
function headlineEndOf(text: string): number {
  const m = /^\s*([^\r\n]*)(\r?\n|\r)/.exec(text);
  if (!m) return -1;
  const end = m.index + m[0].length - m[2].length;
  if (!/\S/.test(text.slice(end))) return -1;
  const line = m[1].trim();
  // A long line ending with a full stop is a paragraph of text, not a headline.
  if (line.length > 200 || (/[.!?]["\u201d]?$/.test(line) && line.split(/\s+/).length > 25)) return -1;
  return end;
}

function registerPerson(p: ParagraphPerson, base: number, persons: PlacedPerson[], fullNames: Map<string, string>, genders: Map<string, Gender>): void {
  const full = canonical(p.name, fullNames);
  persons.push({ start: base + p.start, name: full, gender: p.gender || genders.get(full) || '' });
  if (p.gender && !genders.has(full)) genders.set(full, p.gender);
  const words = full.split(/\s+/);
  if (words.length > 1) {
    const last = words[words.length - 1].toLowerCase();
    if (!fullNames.has(last)) fullNames.set(last, full);
  }
}

function canonical(name: string, fullNames: Map<string, string>): string {
  const words = name.split(/\s+/);
  if (words.length === 1) return fullNames.get(name.toLowerCase()) ?? name;
  return name;
}

function resolveSpeaker(s: ParagraphSpeaker, base: number, persons: PlacedPerson[], fullNames: Map<string, string>, genders: Map<string, Gender>): Speaker {
  const mention = { start: base + s.mention.start, end: base + s.mention.end, text: s.mention.text };
  if (s.pronoun === undefined) return { mention, name: canonical(s.name, fullNames) };
  if (s.pronoun === 'm' || s.pronoun === 'f') {
    for (let i = persons.length - 1; i >= 0; i--) {
      const p = persons[i];
      if (p.start >= mention.start) continue;
      const g = p.gender || genders.get(p.name) || '';
      if (g === '' || g === s.pronoun) return { mention, name: p.name };
    }
  }
  return { mention, name: s.name };
}

function shift(m: Mention, base: number): Mention {
  return { start: m.start + base, end: m.end + base, text: m.text };
}

function validMention(text: string, m: Mention): boolean {
  return m.start >= 0 && m.end <= text.length && m.end > m.start && text.slice(m.start, m.end) === m.text;
}
