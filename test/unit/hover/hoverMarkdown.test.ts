import * as assert from 'node:assert/strict';
import { commandLink, sourceLink, speakerField, whyLine } from '../../../src/hover/hoverMarkdown';
import { quoteItem } from '../sidebar/items';
import { escapeMarkdown } from '../../../src/core/export/escapeMarkdown';

describe('hover markdown helpers', () => {
  it('links only plain http(s) sources', () => {
    assert.equal(sourceLink('https://example.org/a?b=1'), '[https://example\\.org/a?b=1](https://example.org/a?b=1)');
    assert.ok(!sourceLink('javascript:alert(1)').includes(']('));
    assert.ok(!sourceLink('command:workbench.action.terminal.new').includes(']('));
    assert.ok(!sourceLink('https://x.org/a) [y](command:z').includes('](command'));
  });

  it('encodes command arguments as a JSON URI query', () => {
    const link = commandLink('Go', 'claimlens.markDisputed', { uri: 'file:///a b.txt', keys: ['k1'] }, 'say "hi"');
    const m = /\(command:claimlens\.markDisputed\?([^ ]+) "say 'hi'"\)$/.exec(link);
    assert.ok(m, link);
    assert.deepEqual(JSON.parse(decodeURIComponent(m![1])), { uri: 'file:///a b.txt', keys: ['k1'] });
  });

  it('shows at most five reasons with their sign and size, and says where the rest are', () => {
    const reasons = ['number "80 people" +1.12', 'word "killed" +0.40', 'first person "I" \u22120.25', 'phrase "more than" +0.20', 'year "2019" +0.12', 'word "the" \u22120.06', 'long sentence +0.05'];
    const line = whyLine(reasons);
    const md = (r: string) => escapeMarkdown(r, 'line');
    assert.equal(line, `Why: ${reasons.slice(0, 5).map(md).join('; ')} · 2 more in Claim Details`);
    assert.equal(whyLine(reasons.slice(0, 2)), `Why: ${md(reasons[0])}; ${md(reasons[1])}`);
    assert.equal(whyLine([]), '');
  });

  it('shows an unresolved pronoun as `unresolved (“he”)`, a resolved one with its mention, and the reviewer\'s name first', () => {
    assert.equal(speakerField(quoteItem('q1', 0, 'we will appeal', 'he', { unresolved: true })), '**unresolved \\(“he”\\)**');
    const resolved = quoteItem('q2', 0, 'we will appeal', 'Ann Lee');
    resolved.quote!.speaker!.mention.text = 'she';
    assert.equal(speakerField(resolved), '**Ann Lee** (“she”)');
    assert.equal(speakerField(quoteItem('q3', 0, 'we will appeal', 'he', { unresolved: true, override: 'Tom Reyes' })), '**Tom Reyes** (set by reviewer)');
    assert.equal(speakerField(quoteItem('q4', 0, 'we will appeal', null)), '**unknown**');
  });
});
