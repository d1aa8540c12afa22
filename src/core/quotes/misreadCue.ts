/** Words shaped like a cue that are something else where they stand: a verb's particle, a plural noun, a product recall. */
import type { Token } from '../text/tokens';
import { rule } from '../rules/rule';
import { has } from './speakers';

/** Verbs whose `back` is a particle making another verb: `beat back a challenge`, `cut back the ritual`, `no going back`. */
const TAKES_BACK = /^(?:beat|cut|fight|fought|go|went|gone|come|coming|came|bring|brought|push|pull|roll|scale|step|hold|held|turn|walk|look|fire|claw|talk|pay|paid|give|gave|get|got|win|won|fall|fell|hit|bounc)(?:s|es|e?d|[tpn]?ing|[pt]?ed)?$/;

/** Modifiers of a plural noun that no subject is: `key states`, `several claims`, `battleground states`. */
const NOUN_MODIFIER = /^(?:key|swing|battleground|home|border|member|neighbou?ring|other|many|several|both|all|some|most|few|early|remaining|primary|blue|red|purple|northern|southern|eastern|western|coastal|rural|urban|dozen|hundred|thousand)$/;

/** Cue-shaped words that are as often plural nouns: `the key states`, `several claims`. */
const PLURAL_NOUNS = /^(?:states|reports|claims|notes|comments|remarks|answers|replies|plans|demands|promises|pledges|vows|attacks|offers|warnings|threats|findings|estimates|statements)$/;

/** `Republican states`, `Rust Belt states`, `Southeastern states`: what kind of states. */
const STATE_KINDS = /^(?:republican|democratic|gop|belt|midwestern|southeastern|southwestern|northeastern|northwestern|gulf|plains|mountain|border|caucus|primary|union|member|island|pacific|atlantic|baltic)$/;

export const misreadCue = rule(
  'indirect.misread-cue',
  '`The governor beat back a challenge.`, `Lee leads in key states like Ohio.`: a particle after a verb, or a plural noun after its modifier, is no cue.',
  (tokens: readonly Token[], j: number, min: number): boolean => {
    const t = tokens[j];
    const prev = tokens[j - 1];
    if (j - 1 < min || !prev || prev.post.trim() !== '') return false;
    if (/^back$/.test(t.lower)) return has(t, 'Particle') || TAKES_BACK.test(prev.lower);
    if (!PLURAL_NOUNS.test(t.text)) return false;
    // `key states`, `several claims`, `two-dozen states`, `Rust Belt states`: a modifier, not a subject, before the plural noun.
    if (has(prev, 'Person') || has(prev, 'FirstName') || has(prev, 'LastName') || has(prev, 'Pronoun') || j - 1 === min) return false;
    return NOUN_MODIFIER.test(prev.lower) || has(prev, 'Value') || has(prev, 'Adjective') && !has(prev, 'Noun') || t.lower === 'states' && STATE_KINDS.test(prev.lower);
  },
);

/** Makers that recall products, not memories: `Drugmaker`, `the automaker`, `Acme Corp.`. */
const MAKER = /^(?:\w*makers?|company|companies|manufacturers?|firms?|retailers?|brands?|pharma|motors|inc|corp|co|ltd|plc|llc|gmbh)\.?$/;

/** Words that may open a quantity before its figure: `more than 2 million`, `about 300,000`. */
const QUANTITY_OPENER = /^(?:more|fewer|less|than|about|nearly|almost|over|some|roughly|around|up|to|approximately|at|least)$/;

export const productRecall = rule(
  'indirect.product-recall',
  '`Ford recalled 300,000 trucks.`, `Drugmaker Recalls Pills`: a maker recalling goods, or a recall of a counted lot, reports no speech.',
  (tokens: readonly Token[], j: number, min: number): boolean => {
    if (!/^recall(?:s|ed|ing)?$/.test(tokens[j].lower)) return false;
    let k = j + 1;
    while (k < tokens.length && k < j + 4 && QUANTITY_OPENER.test(tokens[k].lower)) k++;
    if (tokens[k] && (/^\$?\d/.test(tokens[k].text) || has(tokens[k], 'Value') && !has(tokens[k], 'Ordinal'))) return true;
    // The subject right before the verb (or before `is`/`has`): a maker.
    let s = j - 1;
    while (s >= min && /^(?:is|are|was|were|has|have|had|will|would|to|also|now|again)$/.test(tokens[s].lower)) s--;
    return s >= min && MAKER.test(tokens[s].lower);
  },
);
