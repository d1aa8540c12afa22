/** A transcript turn: a paragraph opening with the speaker's label and a colon, its words unmarked (`TAPPER: …`). */
import type { ParagraphQuote } from '../paragraph/types';
import { rule } from '../rules/rule';
import { trimSpan, type QuoteContext } from './context';

/** Labels that head a line of site furniture or a note, never a speaker. */
const NOT_SPEAKER = /^(?:BYLINE|EMAIL|E-MAIL|UPDATE|UPDATED|CORRECTION|CLARIFICATION|NOTE|EDITOR|LOOK|WATCH|READ|SOURCE|SOURCES|PHOTO|PHOTOS|VIDEO|RELATED|ALSO|BREAKING|EXCLUSIVE|ABSTRACT|SECTION|LENGTH|DATELINE|CREDIT|WARNING|SPOILER|TRANSCRIPT|QUESTION|ANSWER|SUBJECT|DATE|TIME|LOCATION|PLACE|WHERE|WHEN|WHAT|WHY|HOW|WHO|TOPIC|SUMMARY|BACKGROUND|CONTEXT|FACT|CLAIM|VERDICT|RATING|TWEET|STATEMENT|FULL|TEXT|AP|AFP)$/;

/** `TAPPER:` (one capitalised surname, three letters or more) or `Mr. Garin:` / `Sen. Warren:` (a title and a surname). */
const LABEL = /^[ \t\u00a0]*(?:(\p{Lu}{2}[\p{Lu}'\u2019-]+)|((?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.?[ \t\u00a0]+\p{Lu}[\p{Ll}'\u2019-]+(?:-\p{Lu}[\p{Ll}'\u2019-]+)?)):[ \t\u00a0]+(?=\S)/u;

export const transcriptTurn = rule(
  'transcript.label',
  'A paragraph opening `TAPPER:` or `Mr. Garin:` is a transcript turn: its words are that speaker\'s, the colon the cue.',
  ({ text }: QuoteContext): ParagraphQuote | null => {
    const m = LABEL.exec(text);
    if (!m || /["\u201c\u201d\u00ab\u00bb]/.test(text)) return null;
    const label = m[1] ?? m[2];
    if (m[1] && NOT_SPEAKER.test(label)) return null;
    const [start, end] = trimSpan(text, m[0].length, text.length);
    if (end - start < 2 || !/\s/.test(text.slice(start, end))) return null;
    const at = m[0].indexOf(label);
    const colon = m[0].indexOf(':', at + label.length);
    // `TAPPER` is shown as `Tapper`; a titled label as its surname.
    const name = m[1] ? label.charAt(0) + label.slice(1).toLowerCase() : label.replace(/^\S+\s+/, '');
    return {
      start,
      end,
      kind: 'direct',
      speaker: { mention: { start: at, end: at + label.length, text: label }, name },
      cue: { start: colon, end: colon + 1, text: ':' },
      reopens: false,
      unclosed: false,
      rules: [transcriptTurn.id],
    };
  },
);
