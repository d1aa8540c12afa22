/**
 * linkParagraphs: the cheap, compromise-free cross-paragraph step. Shifts offsets, resolves
 * pronoun speakers to the most recent compatible named person, carries speakers over quotes
 * that run across paragraphs, drops the headline and boilerplate from claims, assigns ids.
 */
import type { Analysis, Claim, Quote, Sentence, Speaker } from './types';
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
  let lastSpeaker: Speaker | null = null;
  let openQuoteSpeaker: Speaker | null = null;
  let prevParagraphEnd = -1;

  const ordered = parts.slice().sort((a, b) => a.start - b.start);
  for (const { start: base, result } of ordered) {
    for (const s of result.sentences) {
      const start = base + s.start;
      const end = base + s.end;
      if (start < 0 || end > text.length || end <= start) continue;
      sentences.push({ start, end, text: text.slice(start, end) });
    }
    for (const p of result.persons) registerPerson(p, base, persons, fullNames, genders);

    const paraQuotes = result.quotes.slice().sort((a, b) => a.start - b.start);
    for (const q of paraQuotes) {
      const start = base + q.start;
      const end = base + q.end;
      if (start < 0 || end > text.length || end <= start) continue;
      let speaker: Speaker | null = q.speaker ? resolveSpeaker(q.speaker, base, persons, fullNames, genders) : null;
      let cue = q.cue ? { start: base + q.cue.start, end: base + q.cue.end, text: q.cue.text } : null;
      if (!speaker && q.reopens && openQuoteSpeaker) speaker = openQuoteSpeaker;
      if (!speaker && q.kind === 'direct' && lastSpeaker && prevParagraphEnd >= 0) speaker = lastSpeaker;
      if (speaker && (speaker.mention.end > text.length || text.slice(speaker.mention.start, speaker.mention.end) !== speaker.mention.text)) {
        speaker = null;
      }
      if (cue && text.slice(cue.start, cue.end) !== cue.text) cue = null;
      const qtext = text.slice(start, end);
      quotes.push({ id: quoteIds.next(qtext), start, end, text: qtext, kind: q.kind, speaker, cue });
      if (speaker) lastSpeaker = speaker;
      openQuoteSpeaker = q.unclosed ? speaker ?? openQuoteSpeaker : null;
    }
    if (!paraQuotes.some((q) => q.unclosed)) openQuoteSpeaker = null;

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
    prevParagraphEnd = base;
  }
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
