import * as assert from 'node:assert/strict';
import {
  DEFAULT_FILTER,
  claimSpeakers,
  describeFilter,
  describeItem,
  filterItems,
  groupItems,
  groupLabel,
  isFilterActive,
  itemIcon,
  itemLabel,
  itemTooltipMarkdown,
  QUOTE_CODICON,
  speakerOf,
} from '../../../../src/sidebar/review/queue';
import { claimItem, orphanItem, quoteItem } from '../items';
import { customScale } from '../../core/review/customScale';

const items = [
  claimItem('c1', 100, 'The attack killed more than 80 people.', { score: 0.9, type: 'quantity' }),
  claimItem('c2', 10, 'Relations will improve next year.', { score: 0.4, type: 'prediction', status: 'disputed' }),
  claimItem('c3', 300, 'Sanctions caused the decline.', { score: 0.6, type: 'causation', status: 'sourced', note: 'see UN report' }),
  quoteItem('q1', 200, 'things will work out fine', 'Donald Trump'),
  quoteItem('q2', 400, 'a violation of global norms', 'Safronkov', { status: 'unverified' }),
  quoteItem('q3', 500, 'diverge', 'Rex Tillerson', { override: 'Délattre' }),
  orphanItem('o1', 'A sentence that was deleted.', 'text not found (best fuzzy match 0.41 < 0.75)'),
];

import { firstWords } from '../../../../src/core/review/firstWords';

describe('sidebar/review/queue: grouping', () => {
  it('groups by status in status order, with counts, orphans last', () => {
    const groups = groupItems(items, 'status');
    assert.deepEqual(groups.map(groupLabel), ['Unreviewed (1 claim · 2 quotes)', 'Sourced (1 claim)', 'Disputed (1 claim)', 'Unverified (1 quote)', 'Orphaned (1 claim)']);
    assert.deepEqual(groups[0].items.map((i) => i.key), ['c1', 'q1', 'q3'], 'items in text order');
    assert.equal(groups.at(-1)!.orphans, true);
  });

  it('groups by priority: claims to review by score, then verdicts (most urgent first), quotes to review, dismissed', () => {
    const triage = [
      ...items,
      claimItem('c5', 600, 'Rents rose 6% in April.', { score: 0.95 }),
      claimItem('c6', 50, 'Prices rose 4% in May.', { score: 0.7 }),
      quoteItem('q4', 700, 'we were wrong', 'Ann', { status: 'disputed' }),
      claimItem('c7', 800, 'Not a claim at all.', { status: 'dismissed' }),
    ];
    const groups = groupItems(triage, 'priority');
    assert.deepEqual(groups.map(groupLabel), [
      'Claims to review (3)', 'Disputed (1 claim · 1 quote)', 'Unverified (1 quote)', 'Sourced (1 claim)', 'Quotes to review (2)', 'Dismissed (1 claim)', 'Orphaned (1 claim)',
    ]);
    assert.deepEqual(groups[0].items.map((i) => i.key), ['c5', 'c1', 'c6'], 'highest score first');
    assert.deepEqual(groups[1].items.map((i) => i.key), ['c2', 'q4'], 'claims before quotes');
    assert.equal(groups[5].collapsed, true);
    assert.equal(groups[0].collapsed, undefined);
  });

  it('under a workspace scale: verdict groups by its labels and urgency, a verdict it lacks first and marked unknown', () => {
    const scale = customScale();
    const reviewed = [
      claimItem('t1', 10, 'Wages rose 3%.', { status: 'true' }),
      claimItem('p1', 20, 'Crime tripled.', { status: 'pants-on-fire' }),
      claimItem('k1', 30, 'Exports fell.', { status: 'checking' }),
      claimItem('s1', 40, 'Rents rose.', { status: 'sourced' }),
      claimItem('u1', 50, 'Jobs grew.', { score: 0.8 }),
    ];
    assert.deepEqual(groupItems(reviewed, 'priority', undefined, scale).map(groupLabel), [
      'Claims to review (1)', 'unknown verdict ‹sourced› (1 claim)', 'Pants on Fire (1 claim)', 'Still checking (1 claim)', 'True (1 claim)',
    ]);
    assert.deepEqual(groupItems(reviewed, 'status', undefined, scale).map(groupLabel), [
      'Unreviewed (1 claim)', 'True (1 claim)', 'Pants on Fire (1 claim)', 'Still checking (1 claim)', 'unknown verdict ‹sourced› (1 claim)',
    ]);
    assert.deepEqual(itemIcon(reviewed[1], scale), { codicon: 'flame', color: '#d32f2f' });
    assert.deepEqual(itemIcon(reviewed[3], scale), { codicon: 'warning', color: 'list.warningForeground' });
    assert.deepEqual(itemIcon(reviewed[3]), { codicon: 'pass-filled', color: 'claimlens.sidebar.sourcedIcon' });
    assert.match(itemTooltipMarkdown(reviewed[1], scale), /^\*\*Claim\*\* · Pants on Fire$/m);
  });

  it('groups by "checked before": claims with a strong earlier fact-check first, quotes apart', () => {
    const groups = groupItems(items, 'checked', (i) => i.key === 'c3');
    assert.deepEqual(groups.map(groupLabel), ['Checked before (1)', 'Not checked before (2)', 'Quotes (3)', 'Orphaned (1 claim)']);
    assert.deepEqual(groups[1].items.map((i) => i.key), ['c2', 'c1']);
    assert.deepEqual(groupItems(items, 'checked').map((g) => g.name), ['Not checked before', 'Quotes', 'Orphaned']);
  });

  it('groups by claim type, quotes in their own group', () => {
    const groups = groupItems(items, 'type');
    assert.deepEqual(groups.map((g) => g.name), ['Quantity', 'Prediction', 'Causation', 'Quotes', 'Orphaned']);
    assert.equal(groups[3].items.length, 3);
  });

  it('groups by speaker: override wins, claims inside a quote take its speaker', () => {
    const withInner = [...items, claimItem('c4', 205, 'work out fine', { score: 0.5 })];
    const groups = groupItems(withInner, 'speaker');
    const byName = new Map(groups.map((g) => [g.name, g.items.map((i) => i.key)]));
    assert.deepEqual(byName.get('Donald Trump'), ['q1', 'c4']);
    assert.deepEqual(byName.get('Délattre'), ['q3']);
    assert.equal(byName.has('Rex Tillerson'), false);
    assert.equal(groups.at(-2)!.name, 'No speaker');
    assert.deepEqual(groups.at(-2)!.items.map((i) => i.key), ['c2', 'c1', 'c3']);
  });

  it('groups by speaker: unresolved pronouns go to one "Unresolved" group, before "No speaker", never under the pronoun', () => {
    const withHe = [
      ...items,
      quoteItem('q4', 600, 'we will appeal', 'he', { unresolved: true }),
      quoteItem('q5', 700, 'it is not over', 'who', { unresolved: true }),
      quoteItem('q6', 800, 'we said so', 'she', { unresolved: true, override: 'Ann Lee' }),
      claimItem('c5', 705, 'not over', { score: 0.5 }),
    ];
    const groups = groupItems(withHe, 'speaker');
    const names = groups.map((g) => g.name);
    assert.deepEqual(groups.find((g) => g.name === 'Unresolved')!.items.map((i) => i.key), ['q4', 'q5', 'c5']);
    assert.deepEqual(groups.find((g) => g.name === 'Ann Lee')!.items.map((i) => i.key), ['q6']);
    assert.equal(names.indexOf('Unresolved'), names.indexOf('No speaker') - 1);
    assert.ok(!names.some((n) => /^(?:he|who|she)$/i.test(n)), names.join(', '));
  });

  it('omits empty groups and has no orphan group without orphans', () => {
    const groups = groupItems([items[0]], 'status');
    assert.deepEqual(groups.map(groupLabel), ['Unreviewed (1 claim)']);
    assert.deepEqual(groupItems([], 'speaker'), []);
  });

  it('group ids are stable and distinct across groupings', () => {
    const ids = ['priority', 'status', 'type', 'speaker'].flatMap((by) => groupItems(items, by as 'status').map((g) => g.id));
    const nonOrphan = ids.filter((i) => i !== 'orphans');
    assert.equal(new Set(nonOrphan).size, nonOrphan.length);
  });

  it('claimSpeakers handles a long quote spanning several claims', () => {
    const q = quoteItem('q', 0, 'x'.repeat(100), 'Ann');
    const cs = [claimItem('a', 5, 'aaaa'), claimItem('b', 50, 'bbbb'), claimItem('c', 150, 'cccc')];
    const m = claimSpeakers([q, ...cs]);
    assert.equal(m.get('a'), 'Ann');
    assert.equal(m.get('b'), 'Ann');
    assert.equal(m.has('c'), false);
  });
});

describe('sidebar/review/queue: filters', () => {
  const keys = (f: Partial<typeof DEFAULT_FILTER>) => filterItems(items, { ...DEFAULT_FILTER, ...f }).map((i) => i.key);

  it('default filter keeps everything and is not active', () => {
    assert.equal(keys({}).length, items.length);
    assert.equal(isFilterActive(DEFAULT_FILTER), false);
  });

  it('unreviewed only keeps unreviewed items and orphans', () => {
    assert.deepEqual(keys({ unreviewedOnly: true }), ['c1', 'q1', 'q3', 'o1']);
  });

  it('claims / quotes', () => {
    assert.deepEqual(keys({ kind: 'quote' }), ['q1', 'q2', 'q3']);
    assert.deepEqual(keys({ kind: 'claim' }), ['c1', 'c2', 'c3', 'o1']);
  });

  it('minimum score drops low claims but keeps unscored quotes', () => {
    assert.deepEqual(keys({ minScore: 0.5 }), ['c1', 'c3', 'q1', 'q2', 'q3', 'o1']);
  });

  it('search is case and accent insensitive and looks at speaker and note', () => {
    assert.deepEqual(keys({ search: 'DELATTRE' }), ['q3']);
    assert.deepEqual(keys({ search: 'un report' }), ['c3']);
    assert.deepEqual(keys({ search: 'killed MORE' }), ['c1']);
    assert.deepEqual(keys({ search: '   ' }).length, items.length);
  });

  it('filters combine', () => {
    assert.deepEqual(keys({ unreviewedOnly: true, kind: 'claim', minScore: 0.8 }), ['c1', 'o1']);
    assert.equal(describeFilter({ unreviewedOnly: true, kind: 'claim', minScore: 0.8, search: 'x' }), 'unreviewed · claims · score ≥ 0.8 · “x”');
  });
});

describe('sidebar/review/queue: labels', () => {
  it('labels use core firstWords: collapses whitespace, cuts at a word, keeps surrogate pairs whole', () => {
    assert.equal(firstWords('a  b\n c'), 'a b c');
    const s = firstWords('The quick brown fox jumps over the lazy dog again and again', 30);
    assert.ok(s.endsWith('…') && Array.from(s).length <= 30, s);
    assert.ok(!s.includes('  '));
    const emoji = firstWords('😀'.repeat(50), 10);
    assert.equal(Array.from(emoji).length, 10);
    assert.ok(!/[\ud800-\udbff]…/.test(emoji) || emoji.includes('😀'), 'no lone surrogate');
    assert.equal(emoji, '😀'.repeat(9) + '…');
  });

  it('describes claims by score and type, quotes by speaker, orphans by reason', () => {
    assert.equal(describeItem(items[0]), '0.90 · quantity');
    assert.equal(describeItem(items[2]), '0.60 · causation · ✎');
    assert.equal(describeItem(items[3]), '— Donald Trump');
    assert.equal(describeItem(items[6]), 'orphaned: text not found (best fuzzy match 0.41 < 0.75)');
    const he = quoteItem('q9', 10, 'we will appeal', 'he', { unresolved: true });
    assert.equal(describeItem(he), '— ?');
    assert.equal(speakerOf(he), undefined);
    assert.match(itemTooltipMarkdown(he), /\*Speaker:\* unresolved \\\(“he”\\\)/);
    assert.equal(speakerOf(items[5]), 'Délattre');
  });

  it('claims and quotes have distinct icons, in their status colour', () => {
    const claim = itemIcon(items[0]);
    const quote = itemIcon(items[3]);
    assert.notEqual(claim.codicon, quote.codicon);
    assert.equal(quote.codicon, QUOTE_CODICON);
    assert.equal(claim.color, quote.color, 'both unreviewed');
    assert.notEqual(itemIcon(items[1]).codicon, QUOTE_CODICON, 'a disputed claim keeps a claim icon');
    assert.notEqual(itemIcon(items[4]).color, quote.color, 'an unverified quote takes its status colour');
    assert.equal(itemIcon(items[6]).codicon, 'debug-disconnect');
  });

  it('labels lead with the key words; the tooltip has the whole text', () => {
    const long = claimItem('l', 0, `The minister said on Monday that unemployment fell to 3.1 percent in March, ${'and more words '.repeat(30)}the end.`);
    assert.ok(itemLabel(long).startsWith('unemployment fell to 3.1 percent'), itemLabel(long));
    assert.ok(itemTooltipMarkdown(long).includes('words the end\\.'), 'whole text in the tooltip');
  });

  it('tooltip escapes article text so markup and links stay literal', () => {
    const evil = claimItem('x', 0, '<img src=x onerror=alert(1)> [click](command:workbench.action.quit) **bold**');
    const md = itemTooltipMarkdown(evil);
    assert.ok(!/(^|[^\\])</.test(md), `no unescaped "<": ${md}`);
    assert.ok(!/[^\\]\]\(command:/.test(md), `no live command link: ${md}`);
    assert.ok(md.includes('&lt;img src=x onerror=alert\\(1\\)&gt;'));
  });

  it('tooltip shows orphan reason, note and reviewer', () => {
    const md = itemTooltipMarkdown(items[6]);
    assert.match(md, /Orphaned:\* text not found/);
    assert.match(md, /Reviewed by\* alice/);
  });
});
