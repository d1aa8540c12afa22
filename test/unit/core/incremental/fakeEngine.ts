/**
 * A small deterministic engine with the same shape as the real one, for testing the incremental
 * machinery quickly and exactly: it counts and records paragraph analyses, and its link step has
 * cross-paragraph state (a pronoun "he" takes the last capitalised word seen before it, possibly
 * in an earlier paragraph), so an incremental result can only be right if linking is global.
 */
import { splitParagraphs } from '../../../../src/core/incremental/paragraphSplit';
import type { AnalysisEngine } from '../../../../src/core/incremental/analyzer';
import type { Analysis, Span } from '../../../../src/core/types';

export interface FakeParagraph {
  sentences: Span[];
  names: Span[];
  pronouns: Span[];
}

export class FakeEngine implements AnalysisEngine<FakeParagraph> {
  analyzed: string[] = [];
  /** Paragraph texts containing this marker make analyzeParagraph throw. */
  failMarker: string | undefined;

  splitParagraphs(text: string): Span[] {
    return splitParagraphs(text);
  }

  analyzeParagraph(text: string): FakeParagraph {
    this.analyzed.push(text);
    if (this.failMarker && text.includes(this.failMarker)) throw new Error('engine failure');
    return {
      sentences: spans(text, /[^.!?]+[.!?]*/g),
      names: spans(text, /\b[A-Z][a-z]+/g),
      pronouns: spans(text, /\bhe\b/g),
    };
  }

  linkParagraphs(text: string, parts: { start: number; result: FakeParagraph }[]): Analysis {
    const out: Analysis = { sentences: [], claims: [], quotes: [] };
    let lastName = '';
    for (const { start, result } of parts) {
      for (const s of result.sentences) {
        out.sentences.push({ start: s.start + start, end: s.end + start, text: text.slice(s.start + start, s.end + start) });
      }
      // Pronouns and names interleaved in text order.
      const marks = [...result.names.map((s) => ({ s, name: true })), ...result.pronouns.map((s) => ({ s, name: false }))];
      marks.sort((a, b) => a.s.start - b.s.start);
      for (const { s, name } of marks) {
        const mention = { start: s.start + start, end: s.end + start, text: text.slice(s.start + start, s.end + start) };
        if (name) lastName = mention.text;
        else {
          out.quotes.push({
            start: mention.start,
            end: mention.end,
            id: `q${mention.start}`,
            text: mention.text,
            kind: 'indirect',
            speaker: { mention, name: lastName },
            cue: null,
            rules: [],
          });
        }
      }
    }
    return out;
  }

  analyze(text: string): Analysis {
    const parts = this.splitParagraphs(text).map((p) => ({ start: p.start, result: this.analyzeParagraph(text.slice(p.start, p.end)) }));
    return this.linkParagraphs(text, parts);
  }
}

function spans(text: string, re: RegExp): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) out.push({ start: m.index! + lead, end: m.index! + lead + body.length });
  }
  return out;
}
