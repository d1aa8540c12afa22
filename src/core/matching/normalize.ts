/**
 * Claim text as it is matched: a tweet or a quote loses what is not the claim — the handle and
 * date of its "— Name (@handle) January 6, 2020" signature, links and "pic.twitter.com/…"
 * tails — while a hashtag or a handle keeps its words ("#FreeIran2020" → "Free Iran 2020",
 * "@realDonaldTrump" → "real Donald Trump"): they are often the only place the subject is
 * named, in front of the text too ("@JoeBiden lives in…"; dropping leading handles as a reply
 * chain cost 0.4 points of 5-fold MAP@5 on the CLEF-2020 tweets). The signature's *name* is kept
 * by default: who said it is part of what was checked ("Ilhan Omar advised Iran to…"); on the
 * 997 CLEF-2020 tweets dropping it costs 2.7 points of MAP@5 (0.836 → 0.809, BM25 alone).
 */

/** "— Ilhan Omar (@IlhanMN) January 6, 2020" (also with "-" or "–", and the date alone). */
const SIGNATURE = /\s*[—–-]+\s*([^—–\n]{0,80}?)\s*\(@?\w{1,30}\)\s*(?:[A-Z][a-z]+\.? \d{1,2}, \d{4})?\s*$/u;
const URL = /\b(?:https?:\/\/|www\.)\S+|\bpic\.twitter\.com\/\w+|\b[\w-]+\.(?:com|org|net|co|ly|gov)\/\S*/giu;
const HASHTAG_OR_HANDLE = /[#@]([\p{L}\p{N}_]+)/gu;

/** "FreeIran2020" → "Free Iran 2020"; "COVID19" → "COVID 19"; "real_donald" → "real donald". */
export function splitCompound(word: string): string {
  return word
    .replace(/_/g, ' ')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/(\p{L})(\p{N})/gu, '$1 $2')
    .replace(/(\p{N})(\p{L})/gu, '$1 $2');
}

/**
 * Shorthand of tweets, written out as fact-checks word it ("pic" → "photograph", "POTUS" →
 * "President"); the shorthand stays too. On the CLEF-2020 tweets: 5-fold MAP@5 0.862 → 0.863.
 */
const SHORTHAND: Record<string, string> = {
  potus: 'President', flotus: 'First Lady', scotus: 'Supreme Court', gop: 'Republican', dems: 'Democrats', dem: 'Democrat',
  pic: 'photograph', pics: 'photographs', photo: 'photograph', photos: 'photographs', vid: 'video', vids: 'videos',
  govt: 'government', prez: 'president',
};
const SHORTHAND_WORD = new RegExp(`\\b(${Object.keys(SHORTHAND).join('|')})\\b`, 'giu');

/** A tweet or quote without signature (but its author's name, when kept) and links; hashtags and handles as they are. */
export function strippedClaimText(text: string, keepAuthor = true): string {
  let t = text.normalize('NFC');
  // "#Minecrafthttps://t.co/…", "#WW3pic.twitter.com/…": the link is glued to the word before it.
  t = t.replace(/(\S)(https?:\/\/|pic\.twitter\.com\/)/gu, '$1 $2');
  t = t.replace(SIGNATURE, (_m, author: string) => (keepAuthor ? `. ${author}` : ''));
  t = t.replace(URL, ' ');
  return t;
}

/** The claim a tweet or quote makes, without signature and links. */
export function cleanClaimText(text: string, keepAuthor = true): string {
  let t = strippedClaimText(text, keepAuthor);
  t = t.replace(HASHTAG_OR_HANDLE, (_m, word: string) => splitCompound(word));
  t = t.replace(SHORTHAND_WORD, (w: string) => `${w} ${SHORTHAND[w.toLowerCase()]}`);
  return t.replace(/\s+/gu, ' ').trim();
}
