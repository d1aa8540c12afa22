/**
 * The Claim Details webview's words come from the host: detailsStrings() makes every one (in the user's language
 * once the extension is active; English here), and the page shell carries them, escaped, with the page's language.
 */
import * as assert from 'node:assert/strict';
import { BUTTON_ORDER } from '../../../../src/core/review/statuses';
import { REVIEW_STATUSES } from '../../../../src/core/review/types';
import { detailsHtml } from '../../../../src/sidebar/details/detailsHtml';
import { type DetailsStrings, detailsStrings } from '../../../../src/sidebar/details/detailsStrings';

const parts = { cspSource: 'https://x', styleUri: 'https://x/details.css', scriptUri: 'https://x/details.js', nonce: 'abc123' };
const unescape = (s: string): string => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('sidebar/details/detailsStrings: the webview gets its words from the host', () => {
  it('has a word for everything the webview shows, every status and every status button', () => {
    const s = detailsStrings();
    assert.deepEqual(Object.entries(s).filter(([, v]) => typeof v === 'string' && !v.trim()).map(([k]) => k), []);
    assert.deepEqual(Object.keys(s.statuses).sort(), [...REVIEW_STATUSES].sort());
    assert.deepEqual(Object.keys(s.buttons), [...BUTTON_ORDER]);
    assert.equal(s.buttons.disputed.label, 'Disputed');
    assert.equal(s.buttons.dismissed.hint, 'Not a claim');
    assert.match(s.createdBy, /\{0\}.*\{1\}/, 'who and when are filled in by the webview');
  });

  it('puts them in the page shell as data, escaped, with the language of the page', () => {
    const strings: DetailsStrings = { ...detailsStrings(), empty: 'Wählen Sie eine „Behauptung“ <aus>', title: 'Titel "x"' };
    const html = detailsHtml({ ...parts, strings, lang: 'de' });
    assert.match(html, /<html lang="de">/);
    const attr = /data-strings="([^"]*)"/.exec(html)?.[1];
    assert.ok(attr, 'data-strings on the root');
    assert.deepEqual(JSON.parse(unescape(attr)), strings);
    assert.match(html, /<p class="empty" id="empty">Wählen Sie eine „Behauptung“ &lt;aus&gt;<\/p>/);
    assert.doesNotMatch(html, /<aus>/);
    assert.equal((html.match(/<script/g) ?? []).length, 1, 'still one script: the data is an attribute');
  });

  it('defaults to the words of the moment and English for the page', () => {
    const html = detailsHtml(parts);
    assert.match(html, /<html lang="en">/);
    assert.match(html, /<title>Claim Details<\/title>/);
  });
});
