import * as assert from 'node:assert/strict';
import { countReport, lineNumbers, markdownReport, nestedQuote } from '../../../../src/core/export/markdown';
import type { ReviewStatus } from '../../../../src/core/review/types';
import { DEFAULT_VERDICT_SCALE, type VerdictScale } from '../../../../src/core/review/verdictScale';
import { fixtureInput, fixtureItems, fixtureWithUnresolvedSpeaker } from './fixture';

describe('Markdown report', () => {
  const report = markdownReport(fixtureInput());

  it('counts claims by status (dismissed and orphans apart)', () => {
    assert.deepEqual(countReport(fixtureItems()), { claims: 4, sourced: 1, disputed: 1, unverified: 1, unreviewed: 1, dismissed: 1, orphaned: 1, quotes: 1 });
    assert.match(report, /\| 4 \| 1 \| 1 \| 1 \| 1 \| 1 \| 1 \|/);
  });

  it('has the escaped headline, each claim with status, note and sources, and quotes with speakers', () => {
    assert.match(report, /^# ClaimLens review: Budget &lt;b&gt;row&lt;\/b&gt;: "Council" &amp; the \\\*missing\\\* millions$/m);
    assert.match(report, /❌ Disputed/);
    assert.match(report, /- Note: Libraries closed in 2017, before the bridge\.$/m);
    assert.match(report, /\[Budget, 2019 "final"\]\(<https:\/\/example\.org\/budget\.pdf>\)/);
    assert.match(report, /- Speaker: Anna Lind/);
    assert.match(report, /“We will finish the bridge by March,” — \*\*Anna Lind\*\*/);
    assert.match(report, /orphaned \(text no longer found\)/);
    assert.doesNotMatch(report, /twice the budget\n/);
  });

  it('shows a quote whose speaker is an unresolved pronoun as `unresolved (“she”)`, never as the speaker "she"', () => {
    const md = markdownReport(fixtureWithUnresolvedSpeaker());
    assert.match(md, /“We will finish the bridge by March,” — _speaker unresolved \(“she”\)_/);
    assert.doesNotMatch(md, /\*\*she\*\*|Speaker: she/);
  });

  it('never lets article text or notes become HTML or links', () => {
    assert.doesNotMatch(report, /<script>|<b>/);
    // Every bracket that could open or close a link is escaped.
    assert.doesNotMatch(report, /(^|[^\\])\]\(http:\/\/evil/m);
    assert.match(report, /\\\[1\\\]\(http:\/\/evil\.example\)/);
    // The note's newline does not break the list item.
    assert.match(report, /- Note: Budget, p\. 12: "4\.2m" is right, but see &lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; \\\*page 3\\\*$/m);
  });

  it('shows an article file name with a newline, HTML, backticks or bidi controls as inert inline code', () => {
    const articlePath = 'drafts/story`\n\n<img src=x onerror=alert(1)>\r\u202egnp.txt';
    const md = markdownReport(fixtureInput({ articlePath, headline: '' }));
    const line = md.split('\n').find((l) => l.startsWith('- Article:'))!;
    assert.equal(line, "- Article: `drafts/story'\\n\\n<img src=x onerror=alert(1)>\\r\\u202egnp.txt`");
    // Nothing of the name escapes onto a line of its own, and the title escapes its HTML.
    assert.ok(md.split('\n').every((l) => !l.startsWith('<img')));
    assert.doesNotMatch(md.split('\n')[0], /<img/);
  });

  it('labels verdicts by the organisation\'s scale, and shows a verdict the scale lacks as unknown, never hiding the claim', () => {
    const scale: VerdictScale = {
      ...DEFAULT_VERDICT_SCALE,
      verdicts: [{ id: 'sourced', label: 'True *verified*', final: true, claimReview: { ratingValue: 5, alternateName: 'True' } }, DEFAULT_VERDICT_SCALE.verdicts[1]],
    };
    const input = fixtureInput({ scale });
    const items = input.items.map((i) => (i.key === 'c-disputed' ? { ...i, status: 'half-true' as ReviewStatus } : i));
    const md = markdownReport({ ...input, items });
    assert.match(md, /^### 2\. ✅ True \\\*verified\\\* · line \d+$/m);
    assert.match(md, /^### 3\. ❓ Unknown verdict “unverified” · line \d+$/m);
    assert.match(md, /^### 4\. ❓ Unknown verdict “half-true” · line \d+$/m);
    // The summary has a column per verdict of the scale, and one for the verdicts it lacks.
    assert.match(md, /^\| Claims \| True \\\*verified\\\* \| Disputed \| Unknown verdicts \| Unreviewed \| Orphaned \| Quotes \|\n\|( ---: \|){7}\n\| 4 \| 1 \| 0 \| 2 \| 1 \| 1 \| 1 \|$/m);
    assert.match(md, /Libraries closed in 2017/);
    // Without a scale: the default words, as before.
    assert.match(report, /^### 2\. ✅ Sourced · line \d+$/m);
    assert.match(report, /^### 3\. ❔ Unverified · line \d+$/m);
  });

  it('gives each claim and quote its line in the article (orphans have none)', () => {
    const { text, items } = fixtureInput();
    const line = lineNumbers(text);
    const headings = report.split('\n').filter((l) => l.startsWith('### '));
    const claims = items.filter((i) => i.kind === 'claim' && i.status !== 'dismissed');
    assert.equal(headings.length, claims.length);
    claims.forEach((c, i) => {
      if (c.range && !c.orphaned) assert.ok(headings[i].endsWith(` · line ${line(c.range.start)}`), headings[i]);
      else assert.doesNotMatch(headings[i], / · line /);
    });
    assert.match(report, /“We will finish the bridge by March,” — \*\*Anna Lind\*\* \(✅ Sourced\) · line 5$/m);
    assert.deepEqual([0, 1, 2, 3, 4].map(lineNumbers('a\nb\n\nc')), [1, 1, 2, 2, 3]);
  });

  it('balances nested quotes: the quote\'s own marks dropped, inner double quotes made single', () => {
    assert.equal(nestedQuote('He called it "a disaster" today'), '“He called it ‘a disaster’ today”');
    assert.equal(nestedQuote('“We will win,” she said of “the plan”'), '“‘We will win,’ she said of ‘the plan’”');
    assert.equal(nestedQuote('“The bridge is safe,'), '“The bridge is safe,”');
    assert.equal(nestedQuote('plain words'), '“plain words”');
    for (const q of ['He said "no', '“a” and “b”', '«non»']) {
      const out = nestedQuote(q);
      assert.equal((out.match(/“/g) ?? []).length, (out.match(/”/g) ?? []).length, out);
    }
  });
});
