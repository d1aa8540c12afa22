/**
 * Attribution before an opening mark in the same sentence: `X said: "…"`, `X told Y that "…"`, `X called Y "…"`.
 * Scanning back from the mark, the nearest speech verb with a subject wins; a cognition verb ("felt") gives way to an
 * earlier speech verb ("noted") of the same sentence.
 */
import type { Token } from '../../text/tokens';
import type { Gender } from '../../paragraph/types';
import { CLAUSE_VERBS, namesAddressee, SUBJECT_PRONOUNS, WEAK_CUES } from '../../text/lexicon';
import { rule } from '../../rules/rule';
import { cueBase, has, isCue, isObjectPronoun, isVerbFiller, speakerAfter, speakerBefore, subjectOf } from '../speakers';
import { accordingTo, firstApplying, found, tokenAt, type Attribution, type Found, type QuoteContext } from '../context';
import { clauseStart, opensClause } from '../span/clauseStart';
import { participleSubject } from '../participleClause';

/** The scan: the opening mark, the token before it (`end`) and the sentence's first token (`min`). */
export interface BeforeScan {
  open: number;
  end: number;
  min: number;
  sentStart: number;
}

type MarkerFn = (ctx: QuoteContext, j: number, scan: BeforeScan) => Found | undefined;
/** `adjacent`: only spaces and light punctuation between token j and the mark. */
type CueFn = (ctx: QuoteContext, j: number, scan: BeforeScan, adjacent: boolean) => Found | null | undefined;

export const asXPutIt = rule<MarkerFn>('before.as-x-put-it', '`As the senator put it: "…"`: the one who put it speaks.', (ctx, j, { end, min }) => {
  const { tokens, text } = ctx;
  const t = tokens[j];
  if (!((t.lower === 'put' || t.lower === 'puts') && tokens[j + 1]?.lower === 'it' && j + 1 <= end)) return undefined;
  const sp = speakerBefore(tokens, j, min, text, 0);
  return sp ? found(ctx, sp, j, j + 1) : undefined;
});

const POSSESSIVE_GENDER: Record<string, Gender> = { his: 'm', her: 'f', their: 'p' };

export const inXWords = rule<MarkerFn>(
  'before.in-x-words',
  '`In Lee\'s words, "…"` / `in the words of the mayor, "…"`: whose words they are speaks.',
  (ctx, j, { end }) => {
    const { tokens, text } = ctx;
    if (tokens[j].lower !== 'in') return undefined;
    const k = tokens[j + 1]?.lower === 'the' ? j + 2 : j + 1;
    if (k > end) return undefined;
    // `in the words of X`
    if (k === j + 2 && /^words?$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'of') {
      const sp = speakerAfter(tokens, k + 2, end, text, 0);
      return sp ? found(ctx, sp, j, k + 1, tokenAt(tokens, sp.mention.end) - 1) : undefined;
    }
    // `in X's (own) words`: the possessor ends with 's, then `words`.
    for (let w = k; w <= end && w < k + 6; w++) {
      if (!/^words?$/.test(tokens[w].lower)) continue;
      let p = w - 1;
      if (tokens[p]?.lower === 'own') p--;
      const gender = POSSESSIVE_GENDER[tokens[p]?.lower ?? ''];
      if (p === k && gender !== undefined) {
        const m = { start: tokens[p].start, end: tokens[p].end, text: text.slice(tokens[p].start, tokens[p].end) };
        return found(ctx, { mention: m, name: m.text, pronoun: gender }, j, w);
      }
      if (p < k || !/^['\u2019]s?$/.test(tokens[p].post) && !has(tokens[p], 'Possessive')) return undefined;
      const sp = speakerAfter(tokens, k, p, text, 0);
      if (!sp) return undefined;
      const mention = { ...sp.mention, text: sp.mention.text.replace(/['\u2019]s?$/, '') };
      mention.end = mention.start + mention.text.length;
      return found(ctx, { mention, name: sp.name.replace(/['\u2019]s?$/, '') }, j, w);
    }
    return undefined;
  },
);

export const beforeAccordingTo = rule<MarkerFn>(
  'before.according-to',
  '`According to the mayor, the plan is "dead"`: the source after `according to`; the content starts after it.',
  (ctx, j, { end }) => {
    if (!accordingTo(ctx.tokens, j)) return undefined;
    const sp = speakerAfter(ctx.tokens, j + 2, end, ctx.text, 0);
    // The reported clause starts after the source: cueEnd covers "according to X".
    return sp ? found(ctx, sp, j, j + 1, tokenAt(ctx.tokens, sp.mention.end) - 1) : undefined;
  },
);

export const participleAfterObject = rule<CueFn>(
  'before.participle-after-object',
  '`The senator emailed supporters saying: "…"`: a participle after the object of the main verb; the subject speaks.',
  (ctx, j, { min, sentStart }) => {
    const { tokens, text } = ctx;
    if (!/ing$/.test(tokens[j].lower) || j <= min || tokens[j - 1].post) return undefined;
    const obj = speakerBefore(tokens, j, min, text, 0);
    if (!obj || obj.pronoun !== undefined) return undefined;
    let v = tokenAt(tokens, obj.mention.start) - 1;
    // `started out their debate saying`: a particle between the verb and its object.
    if (v > min && has(tokens[v], 'Particle')) v--;
    const verb = tokens[v];
    if (v < min || !verb || verb.post || !has(verb, 'Verb') || has(verb, 'Auxiliary') || has(verb, 'Copula') || has(verb, 'Gerund') || isCue(verb)) return undefined;
    const subj = subjectOf(tokens, tokenAt(tokens, sentStart), v, text, 0);
    return subj && subj.mention.end <= verb.start ? found(ctx, subj, j) : undefined;
  },
);

export const beforeXSaid = rule<CueFn>('before.x-said', '`Senator Maria Lopez said: "…"`: the subject right before the cue speaks.', (ctx, j, { min }) => {
  const sp = speakerBefore(ctx.tokens, j, min, ctx.text, 0);
  return sp ? found(ctx, sp, j) : undefined;
});

export const andSaid = rule<CueFn>(
  'before.and-said',
  '`The mayor laughed and said, "…"`: after and/but the sentence\'s subject speaks, with this cue.',
  (ctx, j, { min, sentStart }, adjacent) => {
    const { tokens, text } = ctx;
    // `But, said Solovey, "…"`: a conjunction set off by a comma opens an inverted cue, not a second verb.
    if (!(j > min && /^(and|but|then|also|later|again)$/.test(tokens[j - 1].lower)) || /^,/.test(tokens[j - 1].post)) return undefined;
    // `X praised the plan and said it was "…"` too, when nothing but the first verb's object stands between.
    const subj = subjectOf(tokens, tokenAt(tokens, sentStart), j, text, 0);
    const after = subj ? tokenAt(tokens, subj.mention.end) : -1;
    return subj && (adjacent || coordinatedWithMainVerb(tokens, after, j - 1) || secondReport(tokens, after, j)) ? found(ctx, subj, j) : null;
  },
);

export const participleTelling = rule<CueFn>(
  'before.participle',
  '`Trump replied, telling Reuters, "…"`: a detached speech participle; the sentence\'s subject speaks.',
  (ctx, j, { min, sentStart }, adjacent) => {
    const { tokens } = ctx;
    if (!(j > min && /ing$/.test(tokens[j].lower) && (/,$/.test(tokens[j - 1].post) || adjacent))) return undefined;
    const rules: string[] = [];
    const subj = participleSubject(ctx, tokenAt(tokens, sentStart), j, rules);
    return subj ? { ...found(ctx, subj, j), ...(rules.length ? { rules } : {}) } : null;
  },
);

export const invertedCue = rule<CueFn>('before.inverted', '`Said Assad: "…"`, `…, says Tracey: "…"`: the speaker right after a leading cue (not after `told`: who heard it).', (ctx, j, { min, end }) => {
  const { tokens, text } = ctx;
  if (!(j === min || /[,:;\u2014]$/.test(tokens[j - 1].post)) || namesAddressee(tokens[j].lower)) return undefined;
  const inv = speakerAfter(tokens, j + 1, end, text, 0);
  const invEnd = inv ? tokenAt(tokens, inv.mention.end) - 1 : -1;
  return inv && invEnd === end && !(inv.mention.end - inv.mention.start <= 4 && isObjectPronoun(tokens[invEnd])) ? found(ctx, inv, j) : null;
});

export const weakCue = rule(
  'before.weak-cue',
  'A cognition verb gives way to an earlier speech verb of the sentence: `Jones noted that voters felt "…"` → noted.',
  (t: Token): boolean => WEAK_CUES.has(cueBase(t)),
);

/**
 * Is the verb before `and` (at `conj`) the sentence's own, so that a verb after `and` shares its subject? Not when a
 * clause is embedded between (`X said that Y has criticized Z and called …`): no `that`, subject pronoun or second
 * finite verb after the first verb.
 */
function coordinatedWithMainVerb(tokens: Token[], afterSubject: number, conj: number): boolean {
  let v = afterSubject;
  while (v < conj && isVerbFiller(tokens[v]) && !has(tokens[v], 'Copula')) v++;
  if (v >= conj || !has(tokens[v], 'Verb')) return false;
  for (let i = v + 1; i < conj; i++) {
    const t = tokens[i];
    if (t.lower === 'that' || SUBJECT_PRONOUNS.has(t.lower) || /[;:"\u201c\u201d]/.test(t.post)) return false;
    if (has(t, 'Verb') && !has(t, 'Noun') && !has(t, 'Gerund') && !has(t, 'Adjective') && !has(tokens[i - 1], 'Determiner')) return false;
  }
  return true;
}

/**
 * `Hale said the plan was sound and warned that delay would "…"`: a speech verb after the subject, then a second
 * speech verb with its own `that` clause — two reports by the subject, the quote in the second (whichever way the
 * `and` is read, the subject reports it).
 */
function secondReport(tokens: Token[], afterSubject: number, cue: number): boolean {
  let v = afterSubject;
  while (v < cue && isVerbFiller(tokens[v]) && !has(tokens[v], 'Copula')) v++;
  if (v >= cue - 2 || !isCue(tokens[v], true) || !isCue(tokens[cue], true) || tokens[cue + 1]?.lower !== 'that') return false;
  for (let i = v; i < cue; i++) if (/[;:"\u201c\u201d]/.test(tokens[i].post)) return false;
  return true;
}

/** The attribution before the mark at `open` within the sentence starting at `sentStart`, or null. */
export function attributionBefore(ctx: QuoteContext, open: number, sentStart: number): Attribution | null {
  const { tokens, text } = ctx;
  const scan: BeforeScan = { open, end: tokenAt(tokens, open) - 1, min: tokenAt(tokens, sentStart), sentStart };
  let weak: Attribution | null = null;
  for (let j = scan.end; j >= scan.min && j >= scan.end - 40; j--) {
    const t = tokens[j];
    // Another quote between: stop looking further back.
    if (j < scan.end && /["\u201c\u201d]/.test(t.post)) break;
    const marker = firstApplying(ctx, ctx.rules.quotes.beforeMarkers, ctx, j, scan);
    if (marker) return { ...marker.value, rules: [marker.id] };
    const adjacent = /^[\s,:\u2014\u2013-]*$/.test(text.slice(t.end, open));
    if (!isCue(t, false, adjacent)) continue;
    const hit = firstApplying(ctx, ctx.rules.quotes.beforeCues, ctx, j, scan, adjacent);
    if (!hit) continue;
    const att: Attribution = { ...hit.value, rules: [hit.id, ...(hit.value.rules ?? [])] };
    if (!(ctx.rules.on(weakCue) && weakCue.fn(t))) return outermost(ctx, weak ? { ...att, rules: [...att.rules, weakCue.id] } : att, scan.min);
    weak = weak ?? att;
  }
  return weak && outermost(ctx, weak, scan.min);
}

export const outerReport = rule(
  'before.outermost',
  'A cue inside an earlier speech verb\'s report gives way to the outer one: `Clinton says she admired what she calls "…"` → says.',
  (ctx: QuoteContext, att: Found, min: number): Found | null => {
    const { tokens, text } = ctx;
    const s2 = tokenAt(tokens, att.speaker.mention.start);
    if (s2 > att.cueStart || s2 <= min) return null;
    for (let k = s2 - 1; k >= min && k >= s2 - 12; k--) {
      const t = tokens[k];
      // One unbroken clause: no comma-set adverbial between (`While X says …, Y said`).
      if (/[.!?;:,"\u201c\u201d()\u2014\u2013]/.test(t.post) || /["\u201c\u201d(]/.test(t.pre)) return null;
      if (!(isCue(t, true) && CLAUSE_VERBS.has(t.lower))) continue;
      const sp = speakerBefore(tokens, k, min, text, 0);
      // Its complement is a clause (`that …`, `she …`), not an adverbial (`after …`, `of …`).
      const cs = clauseStart(ctx, k, s2 + 1);
      return !sp || cs > s2 || !opensClause(tokens[cs]) ? null : found(ctx, sp, k);
    }
    return null;
  },
);

/**
 * `Obama said he expected voters to say "…"`: a cue whose subject opens the reported clause of an earlier speech
 * verb in the same clause is embedded in that report, so the outermost attribution is the quote's. A verb
 * coordinated with the earlier one (`… and calls her "…"`) shares its subject and is not embedded.
 */
function outermost(ctx: QuoteContext, att: Attribution, min: number): Attribution {
  if (!ctx.rules.on(outerReport)) return att;
  let cur: Found = att;
  for (let guard = 0; guard < 3; guard++) {
    const outer = outerReport.fn(ctx, cur, min);
    if (!outer) break;
    cur = outer;
  }
  return cur === att ? att : { ...cur, rules: [...att.rules, outerReport.id] };
}

const LABEL = /^((?:(?:\p{Lu}[\p{L}'\u2019.-]*|of|the)[ \t\u00a0]+){0,3}\p{Lu}[\p{L}'\u2019.-]*)[ \t\u00a0]*:[ \t\u00a0]*$/u;

export const labelBefore = rule(
  'before.label',
  'A transcript-style label alone before the quote, the colon being the cue: `Clinton: "…"`.',
  ({ text, tokens }: QuoteContext, leadFrom: number, open: number): Found | null => {
    const lead = text.slice(leadFrom, open);
    const ws = lead.length - lead.trimStart().length;
    const m = LABEL.exec(lead.slice(ws));
    if (!m || /^(?:The|A|An|This|That|It|He|She|They|We|I|You)$/.test(m[1])) return null;
    const start = leadFrom + ws;
    // A single common word (`Update:`, `Note:`) is a heading, not a speaker.
    const only = tokens[tokenAt(tokens, start)];
    if (!/\s/.test(m[1]) && only && (has(only, 'Noun') || has(only, 'Verb')) && !has(only, 'ProperNoun') && !has(only, 'Person')) return null;
    const colon = start + m[0].indexOf(':', m[1].length);
    const mention = { start, end: start + m[1].length, text: m[1] };
    return { speaker: { mention, name: m[1].replace(/['\u2019]s$/, '') }, cue: { start: colon, end: colon + 1, text: ':' }, cueStart: -1, cueEnd: tokenAt(tokens, open) - 1 };
  },
);
