/** `Lee campaign spokesman Brian Fallon`: a mention cut before a role and the name that holds it is that name's. */
import type { ParagraphSpeaker } from '../paragraph/types';
import { rule } from '../rules/rule';
import { has } from './speakers';
import { tokenAt, type QuoteContext } from './context';

/** Role words between an organisation or person and the name of who holds the role. */
const ROLE = /^(?:spokes(?:man|woman|person)|manager|director|chairman|chairwoman|chair|aide|adviser|advisor|strategist|pollster|secretary|member|official|chief|president|counsel|lawyer|attorney|press|communications|campaign|ranking|senior|deputy|Democrat|Republican)$/;

export const roleThenName = rule(
  'speaker.role-then-name',
  'A speaker cut before a role and a name is that name: `Lee campaign spokesman Brian Fallon said` → Brian Fallon, not Lee.',
  ({ tokens, text }: QuoteContext, sp: ParagraphSpeaker): ParagraphSpeaker | null => {
    if (sp.pronoun !== undefined) return null;
    const last = tokenAt(tokens, sp.mention.end) - 1;
    if (last < 0 || tokens[last].post) return null;
    let k = last + 1;
    while (k < tokens.length && k - last <= 3 && ROLE.test(tokens[k].text) && !tokens[k].post) k++;
    if (k === last + 1 || k - last > 3 || !tokens.slice(last + 1, k).some((t) => /^\p{Ll}/u.test(t.text))) return null;
    let e = k;
    const nameLike = (i: number) => i < tokens.length && /^\p{Lu}/u.test(tokens[i].text) && (has(tokens[i], 'Person') || has(tokens[i], 'ProperNoun') || has(tokens[i], 'FirstName') || has(tokens[i], 'LastName'));
    while (nameLike(e) && e - k < 3 && (e === k || !tokens[e - 1].post || /^\.$/.test(tokens[e - 1].post))) e++;
    if (e - k < 2) return null;
    const mention = { start: sp.mention.start, end: tokens[e - 1].end, text: text.slice(sp.mention.start, tokens[e - 1].end) };
    return { mention, name: text.slice(tokens[k].start, tokens[e - 1].end).replace(/[,.]$/, '') };
  },
);
