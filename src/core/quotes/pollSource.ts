/** `In a CNN poll released Monday, 31 percent of Republicans said they were "…"`: the poll is the source, not the share. */
import type { ParagraphSpeaker } from '../paragraph/types';
import { rule } from '../rules/rule';
import { sentenceOf, type QuoteContext } from './context';

/** A share of respondents: `31 percent of Republicans`, `31% of voters`, `a majority of Democrats`, `six in 10`. */
const SHARE = /^(?:(?:only|just|about|nearly|almost|some|roughly|over|under|more than|fewer than|less than)\s+)*(?:\d[\d,.]*\s*(?:%|percent)|(?:a|the)\s+(?:slim\s+|vast\s+|clear\s+)?(?:majority|minority|plurality)|(?:half|a third|a quarter|two-thirds)|(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|of|out of)\s+(?:\d+|ten))(?=\s|$)/i;
/** The sentence opens with `In a … poll …,` / `According to a … survey,`: the poll's phrase is group 1, what follows group 2. */
const POLL_OPENER = /^(?:In|According to)\s+((?:a|an|the)\s+[^,;:.]{0,80}?\b(?:poll|survey)\b[^,;:]{0,40}),\s*([^,;:]*)$/;

export const pollSource = rule(
  'speaker.poll-source',
  'A share of respondents after a leading `In a … poll,` speaks through the poll: `In a Gallup poll, 60 percent of voters said …` → the Gallup poll.',
  ({ text, tz }: QuoteContext, sp: ParagraphSpeaker): ParagraphSpeaker | null => {
    if (sp.pronoun !== undefined) return null;
    const sent = tz.sentences[Math.max(0, sentenceOf(tz, sp.mention.start))];
    const lead = text.slice(sent.start, sp.mention.start);
    const m = POLL_OPENER.exec(lead);
    // The subject, from after the comma to the mention's end, is a share: `31 percent of Republicans`.
    if (!m || !SHARE.test(m[2] + sp.mention.text)) return null;
    const start = sent.start + lead.indexOf(m[1]);
    const name = m[1].trim();
    return { mention: { start, end: start + name.length, text: name }, name };
  },
);
