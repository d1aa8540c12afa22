/** Attribution right after a closing mark: `, said X` · `, X said` · `, according to X` · `― X`. */
import type { Token } from '../../text/tokens';
import { rule } from '../../rules/rule';
import { namesAddressee } from '../../text/lexicon';
import { has, isCue, nounPhraseBack, speakerAfter, speakerBefore } from '../speakers';
import { nameOf } from '../nameOf';
import { accordingTo, firstApplying, found, tokenAt, type Attribution, type Found, type QuoteContext } from '../context';

/** `i`: the first token after the closing mark; `max`: the last token the attribution may reach. */
type AfterFn = (ctx: QuoteContext, i: number, max: number) => Found | null | undefined;

export const afterAccordingTo = rule<AfterFn>(
  'after.according-to',
  '`"…," according to the ministry`: the source follows `according to` after the closing mark.',
  (ctx, i, max) => {
    if (!accordingTo(ctx.tokens, i)) return undefined;
    const sp = speakerAfter(ctx.tokens, i + 2, max, ctx.text, 0);
    return sp ? found(ctx, sp, i, i + 1) : null;
  },
);

export const afterSaidX = rule<AfterFn>(
  'after.said-x',
  '`"…," said Peter Wilson`: an inverted cue, then the speaker.',
  (ctx, i, max) => {
    if (!isCue(ctx.tokens[i], false, true) || namesAddressee(ctx.tokens[i].lower)) return undefined;
    const sp = speakerAfter(ctx.tokens, i + 1, max, ctx.text, 0);
    return sp ? found(ctx, sp, i) : undefined;
  },
);

export const afterReadX = rule<AfterFn>(
  'after.read-x',
  '`"…," read the statement` / `"…," reads the sign`: words read out or written are the document\'s, inverted like `said X`.',
  (ctx, i, max) => {
    const { tokens, text } = ctx;
    if (!/^(?:read|reads)$/.test(tokens[i].lower) || tokens[i].post || !/^(?:the|a|an|one|his|her|its|their)$/.test(tokens[i + 1]?.lower ?? '')) return undefined;
    const sp = speakerAfter(tokens, i + 1, max, text, 0);
    return sp ? found(ctx, sp, i) : undefined;
  },
);

export const afterXSaid = rule<AfterFn>(
  'after.x-said',
  '`"…," Mayor Alice Brown said` / `"…," Smith, the minister, said`: the speaker opens the attribution, a cue follows.',
  (ctx, i, max) => {
    const { tokens, text } = ctx;
    for (let j = i + 1; j <= max && j < i + 30; j++) {
      if (isCue(tokens[j], false, true)) {
        const sp = speakerBefore(tokens, j, i, text, 0);
        // The subject must open the attribution (allowing a title like "Sen." the tagger split off).
        const ok = sp && sp.mention.start <= tokens[Math.min(i + 1, j - 1)].start && sp.mention.start >= tokens[i].start;
        // Not found: a later rule may read the attribution another way (`the secretary, Tom Hale, said`).
        return ok ? found(ctx, sp, j) : undefined;
      }
      if (endsAttribution(tokens[j - 1])) return null;
    }
    return null;
  },
);

export const afterAsXPutIt = rule<AfterFn>(
  'after.as-x-put-it',
  '`"…," as Lee put it` / `"…," Lee put it`: the one who put it speaks.',
  (ctx, i, max) => {
    const { tokens, text } = ctx;
    const from = tokens[i].lower === 'as' ? i + 1 : i;
    for (let j = from + 1; j <= max && j < from + 10; j++) {
      if (!/^(?:put|puts)$/.test(tokens[j].lower) || tokens[j + 1]?.lower !== 'it') continue;
      const sp = speakerBefore(tokens, j, from, text, 0);
      return sp && sp.mention.start === tokens[from].start ? found(ctx, sp, j, j + 1) : undefined;
    }
    return undefined;
  },
);

const NAME_TAGS = ['Person', 'ProperNoun', 'FirstName', 'LastName', 'Honorific'];

export const afterTitleThenName = rule<AfterFn>(
  'after.title-then-name',
  '`"…," the transport secretary, Tom Hale, told reporters`: a description, then the name set off by commas, then the cue.',
  (ctx, i, max) => {
    const { tokens, text } = ctx;
    let j = i + 1;
    while (j <= max && j < i + 16 && !isCue(tokens[j], false, true)) {
      if (endsAttribution(tokens[j - 1])) return undefined;
      j++;
    }
    if (j > max || j >= i + 16 || !tokens[j - 1].post.startsWith(',')) return undefined;
    // The name: up to four capitalised name words after the description's comma.
    let k = j - 1;
    while (k > i && j - 1 - k < 4 && !tokens[k - 1].post.includes(',') && /^\p{Lu}/u.test(tokens[k].text) && NAME_TAGS.some((t) => has(tokens[k], t))) k--;
    if (k <= i || !tokens[k - 1].post.includes(',') || !/^\p{Lu}/u.test(tokens[k].text) || !NAME_TAGS.some((t) => has(tokens[k], t))) return undefined;
    if (nounPhraseBack(tokens, k - 1, i) !== i) return undefined;
    const mention = { start: tokens[i].start, end: tokens[j - 1].end, text: text.slice(tokens[i].start, tokens[j - 1].end) };
    return found(ctx, { mention, name: nameOf(tokens, k, j - 1, text) }, j);
  },
);

/** Particles and adverbs a verb of saying may take before the sentence ends: `pointed out`, `shot back`, `went on`. */
const PARTICLE = /^(?:out|on|back|up|in|off|again|later|too|also|simply|flatly|quickly|bluntly|angrily)$/;
/** Words that may follow such a verb: a manner phrase (`with a laugh`) or a clause (`as if …`), not an object. */
const AFTER_VERB = /^(?:with|as|in|at|to|before|after|while|when|during|from|on|via|through)$/;

export const afterXVerbed = rule<AfterFn>(
  'after.x-verbed',
  'A subject and any verb ending the sentence after a quote closing on `,?!` attribute it: `"…," Lee pointed out.`, `"…?" Kim shot back.`',
  (ctx, i, max) => {
    const { tokens, text } = ctx;
    const close = text.slice(0, tokens[i].start).search(/["\u201d\u00bb]\s*$/);
    if (close < 1 || !/[,?!\u2014-]$/.test(text.slice(0, close).trimEnd())) return undefined;
    // The quote opens its sentence: a quoted phrase inside a sentence (`… the "forgotten middle class," Mrs. Lee has …`) is not.
    const open = Math.max(text.lastIndexOf('"', close - 1), text.lastIndexOf('\u201c', close - 1), text.lastIndexOf('\u00ab', close - 1));
    if (open < 0 || !/(?:^|[.!?:]["\u201d\u00bb]?\s+|\n)\s*$/.test(text.slice(0, open))) return undefined;
    for (let j = i + 1; j <= max && j < i + 8; j++) {
      if (endsAttribution(tokens[j - 1]) || tokens[j - 1].post.includes(',')) return undefined;
      const v = tokens[j];
      // A speech verb is after.x-said's (which also reads appositives and titles).
      if (isCue(v, false, true)) return undefined;
      // `the statement read.`: a present tense the tagger reads as a bare infinitive, after its subject.
      const bare = has(v, 'Infinitive') && !/^(?:to|will|would|can|could|may|might|must|should|shall)$/.test(tokens[j - 1].lower);
      if (!has(v, 'Verb') || has(v, 'Noun') || has(v, 'Copula') || has(v, 'Auxiliary') || has(v, 'Modal') || has(v, 'Gerund') || (has(v, 'Infinitive') && !bare)) continue;
      const sp = speakerBefore(tokens, j, i, text, 0);
      if (!sp || sp.mention.start !== tokens[i].start) return undefined;
      let k = j;
      while (k < max && !tokens[k].post && PARTICLE.test(tokens[k + 1].lower)) k++;
      const ends = (e: number) => /[.!?;,\u2014]/.test(tokens[e].post) || e + 1 >= tokens.length || AFTER_VERB.test(tokens[e + 1]?.lower ?? '');
      // `riffed on the answer`: a word that may be a particle also opens a manner phrase after the bare verb.
      if (!ends(k) && k > j && !tokens[j].post && AFTER_VERB.test(tokens[j + 1].lower)) k = j;
      return ends(k) ? found(ctx, sp, j, k) : undefined;
    }
    return undefined;
  },
);

/** Punctuation after `prev` that ends the attribution: not a parenthetical (`(R-Fla.)`) nor an abbreviated title (`Rep.`). */
function endsAttribution(prev: Token): boolean {
  const post = prev.post;
  const abbreviation = post === '.' && (has(prev, 'Abbreviation') || has(prev, 'Honorific') || has(prev, 'Acronym') || /^\p{Lu}\p{L}?$/u.test(prev.text));
  // `Paul Grant Jr., the director, said`: an abbreviation's full stop before a comma ends nothing either.
  return /[.!?;"\u201c\u201d]/.test(post) && !post.startsWith(',') && !post.startsWith('.,') && !/\)$/.test(post) && !abbreviation;
}

const DASH_CREDIT = /^[ \t\u00a0]*[\u2015\u2014\u2013][ \t\u00a0]*((?:\p{Lu}[\p{L}'\u2019.-]*[ \t\u00a0]?){1,4})(?=[\r\n.,(]|$)/u;

export const dashCredit = rule(
  'after.dash-credit',
  'A credit line after the quote, the dash being the cue: `"…" ― Pamela Padilla`.',
  ({ text, tokens }: QuoteContext, close: number): Found | null => {
    const m = DASH_CREDIT.exec(text.slice(close + 1, close + 80));
    if (!m) return null;
    const dash = close + 1 + m[0].search(/[\u2015\u2014\u2013]/);
    const name = m[1].trimEnd();
    const start = close + 1 + m[0].length - m[1].length;
    const mention = { start, end: start + name.length, text: name };
    return { speaker: { mention, name: name.replace(/[.,]$/, '') }, cue: { start: dash, end: dash + 1, text: text[dash] }, cueStart: -1, cueEnd: tokenAt(tokens, mention.end) - 1 };
  },
);

/** The attribution right after the closing mark at `close`, by the first rule that applies; else a dash credit. */
export function attributionAfter(ctx: QuoteContext, close: number, contentEndsSentence: boolean): Attribution | null {
  const next = afterMark(ctx, close, contentEndsSentence);
  if (next) return { ...next.value, rules: [next.id] };
  const credit = ctx.rules.on(dashCredit) ? dashCredit.fn(ctx, close) : null;
  return credit && { ...credit, rules: [dashCredit.id] };
}

function afterMark(ctx: QuoteContext, close: number, contentEndsSentence: boolean): { value: Found; id: string } | null {
  const { tokens, text } = ctx;
  const i = tokenAt(tokens, close + 1);
  if (i >= tokens.length) return null;
  const gap = text.slice(close + 1, tokens[i].start);
  if (/[.!?]/.test(gap) || gap.length > 4 || tokens[i].pre.match(/["\u201c]/)) return null;
  // After a full stop inside the marks, a capitalised common word starts a new sentence, not an attribution.
  if (contentEndsSentence && /^\p{Lu}/u.test(tokens[i].text) && !has(tokens[i], 'ProperNoun') && !has(tokens[i], 'Person')) return null;
  return firstApplying(ctx, ctx.rules.quotes.after, ctx, i, Math.min(tokens.length - 1, i + 30));
}
