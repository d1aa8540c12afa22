import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../../src/core/analysis';
import { assertOffsets, quoteContaining } from './helpers';

const ROOT = join(__dirname, '..', '..', '..', '..', '..');
const text = readFileSync(join(ROOT, 'seeds', '000_f9e8f79b6daea75d.txt'), 'utf8');

describe('analysis of the seed article', () => {
  const a = analyze(text);

  it('reports offsets that slice back to every text', () => assertOffsets(text, a));

  it('attributes the tweet to Trump with the cue "tweeted", under the full name the article gives (one person, one name)', () => {
    const q = quoteContaining(a, 'things will work out fine');
    assert.equal(q.speaker?.mention.text, 'Trump');
    assert.equal(q.speaker?.name, 'Donald Trump');
    assert.equal(q.cue?.text, 'tweeted');
  });

  it('attributes the quote after "he said" to Tillerson, keeping "he" as the mention', () => {
    const q = quoteContaining(a, 'two foremost nuclear powers');
    assert.equal(q.speaker?.mention.text, 'he');
    assert.equal(q.speaker?.name, 'Tillerson');
    assert.equal(q.kind, 'direct');
  });

  it('finds Safronkov calling the strikes a "violation of global norms" as a partial quote', () => {
    const q = quoteContaining(a, 'violation of global norms');
    assert.equal(q.kind, 'partial');
    assert.equal(q.speaker?.name, 'Safronkov');
    assert.equal(q.cue?.text, 'called');
  });

  it('attributes both Delattre quotes to one speaker, Francois Delattre (one person, one name)', () => {
    const first = quoteContaining(a, 'legitimate response');
    assert.equal(first.speaker?.name, 'Francois Delattre');
    const second = quoteContaining(a, 'plumbed new depths');
    assert.equal(second.speaker?.mention.text, "France's U.N. Ambassador Francois Delattre");
    assert.equal(second.speaker?.name, 'Francois Delattre');
    assert.equal(second.kind, 'direct');
  });

  it('attributes the inverted `"…", said Assad` quote to Assad', () => {
    const q = quoteContaining(a, 'many indications');
    assert.equal(q.speaker?.name, 'Assad');
    assert.equal(q.cue?.text, 'said');
    assert.equal(q.kind, 'direct');
  });

  it('resolves "he" after `Tillerson is considering the request` to the speaker just quoted, not to the place name Khan Sheikhoun', () => {
    const q = quoteContaining(a, 'constructive reaction');
    assert.equal(q.kind, 'direct');
    assert.equal(q.speaker?.mention.text, 'he');
    assert.equal(q.speaker?.name, 'Assad');
    // The clause before `, he said,` is reported by the same speaker.
    const lead = quoteContaining(a, 'Tillerson is considering the request');
    assert.equal(lead.text, 'Tillerson is considering the request');
    assert.equal(lead.kind, 'indirect');
    assert.equal(lead.cue?.text, 'said');
    assert.equal(lead.speaker?.mention.start, q.speaker?.mention.start);
  });

  it('reports `He said U.S. Secretary of State Rex Tillerson is considering the request` with the cue "said"', () => {
    const q = quoteContaining(a, 'Rex Tillerson is considering');
    assert.equal(q.text, 'U.S. Secretary of State Rex Tillerson is considering the request');
    assert.equal(q.kind, 'indirect');
    assert.equal(q.cue?.text, 'said');
    assert.equal(q.speaker?.mention.text, 'He');
    assert.ok(!a.quotes.some((x) => x.cue?.text === 'considering'), 'no quote with the cue "considering"');
  });

  it('reports the quote text without its quotation marks', () => {
    for (const q of a.quotes) assert.doesNotMatch(q.text, /^["“”]|["“”]$/);
  });

  const claimWith = (fragment: string) => a.claims.find((c) => c.text.includes(fragment));

  it('finds the attack "that killed more than 80 people" as a quantity claim with a number reason', () => {
    const c = claimWith('killed more than 80 people');
    assert.ok(c);
    assert.equal(c.type, 'quantity');
    assert.ok(c.reasons.some((r) => r.startsWith('number "') && r.includes('80')), c.reasons.join('; '));
  });

  it('finds China vetoing six resolutions as a quantity claim', () => {
    const c = claimWith('vetoed six resolutions');
    assert.ok(c);
    assert.equal(c.type, 'quantity');
    assert.ok(c.entities.places.includes('China'));
  });

  it("finds Russia's 2014 annexation of Crimea as a claim", () => {
    assert.ok(claimWith("Russia's 2014 annexation of Ukraine's Crimea"));
  });

  it('never reports the headline or "Latest News" as claims', () => {
    assert.equal(claimWith('Putin Explained to Tillerson'), undefined);
    assert.equal(claimWith('Latest News'), undefined);
  });

  it('keeps claim scores within 0–1 and ids unique', () => {
    for (const c of a.claims) assert.ok(c.score >= 0 && c.score <= 1);
    assert.equal(new Set(a.claims.map((c) => c.id)).size, a.claims.length);
    assert.equal(new Set(a.quotes.map((q) => q.id)).size, a.quotes.length);
  });
});
