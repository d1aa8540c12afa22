/**
 * Phrase-level features of check-worthiness: patterns of several words that single-word lexicons
 * miss. Each marks what fact-checkers pick (records with a scope, stated positions, trends, cited
 * sources, explicit comparisons) or what they pass over (turns addressed to someone, hypotheticals,
 * sentences broken off mid-way).
 */
import type { Token } from '../text/tokens';
import type { AddFeature as Add } from './featureIds';

const SUPERLATIVE_WORD = /^(most|least|best|worst|largest|biggest|highest|lowest|fastest|slowest|greatest|smallest|strongest|weakest|richest|poorest|deadliest|longest|shortest|oldest|youngest|first|only|record)$/;
/** What makes a superlative checkable: the set it is measured against ("in the world", "ever"). */
const SCOPE_WORD = /^(ever|since|years|months|history|world|anywhere|earth|planet|globe|nation|country|decades|century|generation|generations|industrialized|developed)$/;
const RECORD_LEVEL = /^(high|highs|low|lows|level|levels|number|numbers)$/;
const POSITION_BE = /^(was|were|is|are|been)$/;
const POSITION_TAKEN = /^(supported|opposed|backed|endorsed|approved|rejected)$/;
const TREND_VERB = /^(are|is|were|was|went|go|goes|gone|got|get|gets)$/;
const TREND_WORD = /^(up|down|rising|falling|higher|lower|worse|better|skyrocketing|soaring|plummeting|increasing|decreasing|declining|growing|shrinking)$/;
const SOURCE_WORD = /^(study|studies|report|reports|analysis|analysts|economists|experts|survey|census|bureau|statistics|poll|polls|data)$/;
const ADDRESS_TITLE = /^(mr|mrs|ms|senator|governor|secretary|president|congressman|congresswoman|mayor|madam|sir)\.?$/;
const HYPOTHETICAL_OPENER = /^(if|unless|suppose|imagine)$/;
/** "If you look at …": a speaker pointing the listener at something, whose main clause is asserted, not supposed. */
const FRAMING_VERB = /^(look|looked|take|think|consider|compare|check|remember|recall|listen|read|see)$/;

export function addPatternFeatures(tokens: Token[], from: number, to: number, add: Add): void {
  const w = (i: number) => (i >= from && i < to ? tokens[i].lower : '');
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    const x = t.lower;
    // "the highest taxes anywhere in the world", "more … than ever before", "a record high"
    if (t.tags.has('Superlative') || SUPERLATIVE_WORD.test(x)) {
      for (let j = i + 1; j < Math.min(to, i + 9); j++) {
        if (SCOPE_WORD.test(tokens[j].lower)) {
          add('superlative with scope', i, j);
          break;
        }
      }
    }
    if (x === 'than' && w(i + 1) === 'ever') add('superlative with scope', i, i + 1);
    if (x === 'never' && w(i + 1) === 'before') add('superlative with scope', i, i + 1);
    if (x === 'in' && w(i + 1) === 'history') add('superlative with scope', i, i + 1);
    if (x === 'all-time' || (x === 'record' && RECORD_LEVEL.test(w(i + 1)))) add('superlative with scope', i, Math.min(i + 1, to - 1));
    if (x === 'for' && w(i + 1) === 'the' && w(i + 2) === 'first' && w(i + 3) === 'time') add('superlative with scope', i, i + 3);
    // A stand someone took: "he was against the war", "she is in favor of amnesty", "you supported it".
    if (POSITION_BE.test(x)) {
      let j = i + 1;
      if (j < to && /ly$/.test(tokens[j].lower)) j++;
      const y = w(j);
      if (y === 'against' || y === 'for') add('stated position', i, j);
      else if (y === 'in' && /^(favor|favour)$/.test(w(j + 1)) && w(j + 2) === 'of') add('stated position', i, j + 2);
      else if ((y === 'opposed' && w(j + 1) === 'to') || (y === 'supportive' && w(j + 1) === 'of')) add('stated position', i, j + 1);
      else if (/^(a|an)$/.test(y) && /^(supporter|opponent)$/.test(w(j + 1)) && w(j + 2) === 'of') add('stated position', i, j + 2);
    }
    if (POSITION_TAKEN.test(x)) add('stated position', i, i);
    // Direction of change without a figure: "murders are up", "wages are rising", "a 16-year low".
    if (TREND_VERB.test(x) || (/^(has|have)$/.test(x) && w(i + 1) === 'been')) {
      const j = x === 'has' || x === 'have' ? i + 2 : i + 1;
      if (TREND_WORD.test(w(j))) add('trend', i, j);
      else if (j + 1 < to && /^[a-z]+$/.test(w(j)) && TREND_WORD.test(w(j + 1))) add('trend', i, j + 1);
    }
    if (/^(low|high|lows|highs)$/.test(x) && i > from) {
      // The modifier before it; compromise splits "16-year" and "all-time" into words glued by '-'.
      let k = i - 1;
      while (k > from && tokens[k - 1].post === '-') k--;
      const modifier = tokens.slice(k, i).map((u) => u.lower).join('-');
      const level = /-(year|month|decade)s?$/.test(modifier) || /^(all-time|record|historic)$/.test(modifier);
      const det = (j: number) => /^(a|an|its|their)$/.test(w(j));
      const at = det(i - 1) && w(i - 2) === 'at' ? i - 2 : det(k - 1) && w(k - 2) === 'at' ? k - 2 : -1;
      if (at >= 0) add('trend', at, i);
      else if (level) add('trend', k, i);
    }
    // Who says so: a checkable claim names its source.
    if (x === 'according' && w(i + 1) === 'to') add('source cited', i, i + 1);
    else if (SOURCE_WORD.test(x)) add('source cited', i, i);
  }
  addTurnShape(tokens, from, to, add);
}

/** How the turn is built: addressed to someone, hypothetical, or broken off. */
function addTurnShape(tokens: Token[], from: number, to: number, add: Add): void {
  if (from >= to) return;
  // "Secretary Clinton, …", "Mr. Trump, …": a question or turn handed to a speaker.
  for (let j = from; j < Math.min(to, from + 4); j++) {
    const t = tokens[j];
    const name = (t.tags.has('Person') || t.tags.has('ProperNoun')) && !t.tags.has('Pronoun') && !t.tags.has('Place') && !t.tags.has('Organization');
    const nameLike = name || t.tags.has('Honorific') || ADDRESS_TITLE.test(t.lower);
    if (!nameLike) break;
    if (t.post.includes(',')) {
      add('addressing someone', from, j);
      break;
    }
  }
  if (HYPOTHETICAL_OPENER.test(tokens[from].lower) && !framingConditional(tokens, from, to)) add('hypothetical', from, from);
  const last = tokens[to - 1].post.trim();
  if (/--|—/.test(tokens[from].pre) || /(--|—|\.\.\.|…)$/.test(last)) add('broken-off sentence', from, to - 1);
}

/** "If you look at the numbers, …", "If we take last year, …": a relevance conditional, not a hypothesis. */
function framingConditional(tokens: Token[], from: number, to: number): boolean {
  return from + 2 < to && tokens[from].lower === 'if' && /^(you|we|i|one)$/.test(tokens[from + 1].lower) && FRAMING_VERB.test(tokens[from + 2].lower);
}
