/**
 * Every quote, attribution and span rule of the engine, in the order it applies: the one place to find, add or
 * reorder a rule. Within a list, the first rule that applies wins (attribution, classification) or each rule in
 * turn may move the result (clause ends, predicate breaks). `analyze(text, { disabledRules })` switches rules off
 * by id (for tests); a quote lists the ids of the rules that shaped it in `rules`.
 */
import type { Rule, RuleSwitch } from './rule';
import { doubleMarks, lowSingle, singleGuillemets, singleMarks, wireDoubled } from '../quotes/marks';
import { attributionTail, attributiveName, bylinedTitle, namedWork, ownedTitle, singleQuotedHeading } from '../quotes/filter';
import { cueInsideQuote, insideQuote, neverNameSpeaker, quotedWords } from '../quotes/pipeline';
import { afterAccordingTo, afterAsXPutIt, afterSaidX, afterReadX, afterTitleThenName, afterXSaid, afterXVerbed, dashCredit } from '../quotes/attribute/after';
import { andSaid, asXPutIt, inXWords, participleAfterObject, beforeAccordingTo, beforeXSaid, invertedCue, labelBefore, outerReport, participleTelling, weakCue } from '../quotes/attribute/before';
import { afterPhraseSaid } from '../quotes/attribute/afterPhrase';
import { laterSaidX, laterXSaid } from '../quotes/attribute/later';
import { asFrame, bareCue, partOfSentence, scareQuote, unparsedAttribution, wholeSentence, wordsNamed } from '../quotes/classify';
import { reportedClause, verbParticle } from '../quotes/span/clauseStart';
import { clauseBreakEnd, dashAside, frontedClause, mediumAfterMark, subordinatorAfterMark, trailingRelative, weekdayAfterMark } from '../quotes/span/clauseEnd';
import { coordinatedVerb, namedSourceAfterMark, participleAfterMark, pronounAfterMark } from '../quotes/span/predicateBreak';
import { adjunctsThenMark, cueBeforeMark, participleCue, thatClause } from '../quotes/span/adjust';
import { relativeAsideEnd } from '../quotes/span/relativeAside';
import { colonSubject, nameAfterNoun, previousQuote, relativeAntecedent, sentenceSubject } from '../quotes/speaker';
import { appositiveSubject } from '../quotes/speakers';
import { asXVerbed } from '../quotes/attribute/asXVerbed';
import { mainSubject } from '../quotes/mainSubject';
import { clauseSubject } from '../quotes/clauseSubject';
import { participleClause } from '../quotes/participleClause';
import { describedHead } from '../quotes/describedHead';
import { roleThenName } from '../quotes/roleThenName';
import { pollSource } from '../quotes/pollSource';
import { accordingToClause, unnamedSource, andSays, clauseBefore, evidential, parenthetical, saidThat, saidX, saying, stanceVerb } from '../quotes/indirect';
import { dateline, figureThenNoun, reportAfterUnsourced, sourceClosesSentence, stanceYieldsToSource } from '../quotes/wireStyle';
import { misreadCue, productRecall } from '../quotes/misreadCue';
import { appositiveName } from '../quotes/appositiveName';
import { describedSource } from '../quotes/describedSource';
import { accordingAside, adjunctEnd, askedAbout, bareClause, inPoll, labelColon, looseSubject, relativeReport, reportedly, unsourced, verbPreposition } from '../quotes/reported';
import { introColon, statementSubject } from '../quotes/intro';
import { accordingSource } from '../quotes/accordingSource';
import { evidenceShows, evidenceShowsAfter } from '../quotes/evidence';
import { transcriptTurn } from '../quotes/transcript';
import { blockquoteMarks, emphasisMarks, headingMarks, htmlTags, links, listMarkers, ruleLines, tablePipes } from '../text/markup';
import { questionReportsNothing } from '../quotes/question';
import { describedSpeaker, fullName, groupPronoun, headlineSingleMarks, introducedQuote, oneName, openQuote, pronounSpeaker, sameSpeaker } from '../link/speakerRules';

/** The lists the paragraph pipeline runs, in order. */
export const QUOTE_RULES = {
  /** 0. Read: Markdown syntax as spaces, so every step sees prose (each rule blanks its syntax in place). */
  markup: [ruleLines, blockquoteMarks, headingMarks, listMarkers, tablePipes, links, htmlTags, emphasisMarks],
  /** 0. Read: quotation marks of other styles, as the marks the pairing knows (each rewrites the text in place). */
  styles: [wireDoubled, lowSingle, singleGuillemets],
  /** 1. Find: quotation marks, paired. */
  marks: [doubleMarks, singleMarks],
  /** 2. Filter: marks that hold no quotation. */
  filters: [ownedTitle, bylinedTitle, singleQuotedHeading, attributiveName, namedWork],
  /** 3. Attribute, after the closing mark (first that applies), then a dash credit. */
  after: [afterAccordingTo, afterAsXPutIt, afterSaidX, afterReadX, afterXVerbed, afterXSaid, afterTitleThenName, afterPhraseSaid],
  /** 3. Attribute, scanning back from the opening mark: words that attribute by themselves, … */
  beforeMarkers: [asXPutIt, inXWords, beforeAccordingTo, asXVerbed],
  /** … then a cue verb and its speaker (first that applies). */
  beforeCues: [participleAfterObject, beforeXSaid, andSaid, participleTelling, invertedCue],
  /** 3. Attribute, later in the sentence (first that applies). */
  later: [laterXSaid, laterSaidX],
  /** 5. Span: where a partial quote's clause ends (each may move it). */
  ends: [clauseBreakEnd, dashAside, frontedClause, trailingRelative, mediumAfterMark, weekdayAfterMark, subordinatorAfterMark],
  /** 5. Span: a new predicate after the mark (each may move the break earlier). */
  predicateBreaks: [coordinatedVerb, participleAfterMark, pronounAfterMark, namedSourceAfterMark],
  /** Indirect quotes: at a speech or stance verb (first that applies). */
  verbs: [clauseBefore, saidThat, stanceVerb, saying, saidX],
} as const;

/** Every rule, in the order the pipeline meets it: read → find → filter → attribute → classify → span → speaker → link. */
export const ALL_RULES: readonly Rule<unknown>[] = [
  ruleLines, blockquoteMarks, headingMarks, listMarkers, tablePipes, links, htmlTags, emphasisMarks,
  wireDoubled, lowSingle, singleGuillemets,
  doubleMarks, singleMarks,
  insideQuote, attributionTail, ownedTitle, bylinedTitle, singleQuotedHeading, attributiveName, namedWork,
  afterAccordingTo, afterAsXPutIt, afterSaidX, afterReadX, afterXVerbed, afterXSaid, afterTitleThenName, afterPhraseSaid, dashCredit,
  asXPutIt, inXWords, beforeAccordingTo, asXVerbed, participleAfterObject, beforeXSaid, andSaid, participleTelling, invertedCue, weakCue, outerReport, labelBefore,
  laterXSaid, laterSaidX,
  wholeSentence, bareCue, unparsedAttribution, scareQuote, wordsNamed, partOfSentence,
  reportedClause, verbParticle, asFrame,
  clauseBreakEnd, dashAside, frontedClause, trailingRelative, mediumAfterMark, weekdayAfterMark, subordinatorAfterMark,
  coordinatedVerb, participleAfterMark, pronounAfterMark, namedSourceAfterMark,
  adjunctsThenMark, participleCue, cueBeforeMark, thatClause,
  previousQuote, sentenceSubject, colonSubject, appositiveSubject, participleClause, describedHead, mainSubject, clauseSubject, relativeAntecedent, nameAfterNoun, roleThenName, pollSource, neverNameSpeaker,
  accordingToClause, accordingSource, parenthetical, andSays, clauseBefore, saidThat, stanceVerb, saying, saidX, evidential, unnamedSource, labelColon, looseSubject, describedSource, bareClause, verbPreposition, unsourced, reportedly, accordingAside, relativeReport, relativeAsideEnd, askedAbout, inPoll, evidenceShows, evidenceShowsAfter, adjunctEnd, quotedWords, cueInsideQuote, questionReportsNothing,
  introColon, statementSubject, transcriptTurn, figureThenNoun, misreadCue, productRecall, dateline, sourceClosesSentence, stanceYieldsToSource, reportAfterUnsourced, appositiveName,
  headlineSingleMarks, describedSpeaker, pronounSpeaker, groupPronoun, fullName, openQuote, introducedQuote, sameSpeaker, oneName,
];

export interface RuleSet extends RuleSwitch {
  readonly quotes: typeof QUOTE_RULES;
  /** Ids switched off. */
  readonly disabled: ReadonlySet<string>;
}

const KNOWN = new Set(ALL_RULES.map((r) => r.id));

/** The rules in force with those of `disabled` switched off; an unknown id is an error (a misspelt test would pass silently). */
export function ruleSet(disabled: readonly string[] = []): RuleSet {
  const unknown = disabled.filter((id) => !KNOWN.has(id));
  if (unknown.length) throw new RangeError(`unknown rule id: ${unknown.join(', ')}`);
  const off = new Set(disabled);
  return { quotes: QUOTE_RULES, disabled: off, on: off.size === 0 ? () => true : (r) => !off.has(r.id) };
}

/** All rules on. */
export const ALL_RULES_ON: RuleSet = ruleSet();
