import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { sidecarPathFor } from '../../../src/core/review/sidecarPath';
import { buildOnce, cli, cliWithClosedStdout, copySeed, removeDir, reviewClaims, tempDir } from './cliHarness';

/** Every file under `dir` with its size and modification time, to prove the CLI wrote nothing. */
function snapshot(dir: string): string {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .sort()
    .map((f) => `${f}:${statSync(join(dir, f)).size}:${statSync(join(dir, f)).mtimeMs}`)
    .join('\n');
}

describe('claimlens CLI (built binary)', function () {
  // Building and spawning Node processes is slow on a shared machine; not a speed assertion.
  this.timeout(120_000);
  let dir: string;

  before(() => buildOnce());
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => removeDir(dir));

  describe('check', () => {
    it('fails (exit 1) with a summary while claims are unreviewed, and writes nothing', () => {
      copySeed(dir);
      const before = snapshot(dir);
      const r = cli(['check', 'article.txt'], dir);
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stdout, /^FAIL article\.txt: \d+ unreviewed/m);
      assert.match(r.stdout, /article\.txt:\d+:\d+ {2}unreviewed claim: /);
      assert.match(r.stdout, /claimlens check: 1 of 1 article failed \(\d+ unreviewed, 0 disputed, 0 orphaned, 0 changed\)/);
      assert.equal(snapshot(dir), before);
      assert.equal(existsSync(sidecarPathFor(join(dir, 'article.txt'))), false);
    });

    it('passes (exit 0) once every check-worthy claim is reviewed', () => {
      const article = copySeed(dir);
      reviewClaims(article, 0.5, () => 'sourced');
      const r = cli(['check', 'article.txt'], dir);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /^PASS article\.txt — (\d+)\/\1 claims reviewed · \d+\/\d+ quotes/m);
    });

    it('fails on a disputed claim unless --fail-on leaves disputed out', () => {
      const article = copySeed(dir);
      reviewClaims(article, 0.5, (i) => (i === 0 ? 'disputed' : 'unverified'));
      const failing = cli(['check', article], dir);
      assert.equal(failing.code, 1);
      assert.match(failing.stdout, /1 disputed/);
      assert.equal(cli(['check', article, '--fail-on', 'unreviewed,orphaned'], dir).code, 0);
    });

    it('applies --threshold: a higher one leaves fewer claims to review', () => {
      const article = copySeed(dir);
      reviewClaims(article, 0.9, () => 'sourced');
      assert.equal(cli(['check', article, '--threshold', '0.5'], dir).code, 1);
      assert.equal(cli(['check', article, '--threshold', '0.9'], dir).code, 0);
    });

    it('fails on an orphaned review (its text was deleted from the article)', () => {
      const article = copySeed(dir);
      const [first] = reviewClaims(article, 0.5, () => 'sourced');
      const text = readFileSync(article, 'utf8');
      writeFileSync(article, text.replace(first.target.quote.exact, ''));
      const r = cli(['check', article, '--fail-on', 'orphaned'], dir);
      assert.equal(r.code, 1, r.stdout);
      assert.match(r.stdout, /1 orphaned/);
    });

    it('fails (by default and with --fail-on changed) on a number edited outside the editor, saying which claim and which number', () => {
      const article = copySeed(dir);
      reviewClaims(article, 0.5, () => 'sourced');
      const text = readFileSync(article, 'utf8');
      assert.equal(cli(['check', article], dir).code, 0);
      // sed -i 's/more than 80 people/more than 90 people/'
      writeFileSync(article, text.replace('more than 80 people', 'more than 90 people'));
      // The edited sentence is also a new claim nobody reviewed.
      for (const [args, summary] of [[[], '1 unreviewed, 1 changed'], [['--fail-on', 'changed'], '1 changed']] as const) {
        const r = cli(['check', 'article.txt', ...args], dir);
        assert.equal(r.code, 1, r.stdout);
        assert.ok(r.stdout.includes(`FAIL article.txt: ${summary} — `), r.stdout);
        assert.match(r.stdout, /changed claim: Assad has denied his government was behind .* \(.*states other facts \(number changed: 80 → 90\)/);
      }
      const report = cli(['report', 'article.txt'], dir);
      assert.doesNotMatch(report.stdout, /✅ Sourced(?: · line \d+)?\n\n> Assad has denied his government was behind last week\\?'s chemical weapons attack that killed more than 90/);
      assert.match(report.stdout, /orphaned[\s\S]*> Assad has denied[\s\S]*more than 80 people[\s\S]*number changed: 80 → 90/);
    });

    it('fails on a reworded sourced claim (edited outside the editor): changed since review, in check, the report and the CSV', () => {
      const article = copySeed(dir);
      reviewClaims(article, 0.5, () => 'sourced');
      const text = readFileSync(article, 'utf8');
      writeFileSync(article, text.replace('Assad has denied his government was behind', 'Assad has denied that his government was behind'));
      const r = cli(['check', 'article.txt'], dir);
      assert.equal(r.code, 1, r.stdout);
      assert.match(r.stdout, /article\.txt:\d+:\d+ {2}changed claim: Assad has denied that his government .*\(marked sourced when it read: Assad has denied his government/);
      assert.equal(cli(['check', 'article.txt', '--fail-on', 'unreviewed,disputed,orphaned'], dir).code, 0);
      assert.match(cli(['report', 'article.txt'], dir).stdout, /> Assad has denied that his government[^\n]*\n\n(- [^\n]*\n)*- ⚠️ The text changed after this review\./);
      const rows = parse(cli(['report', 'article.txt', '--format', 'csv'], dir).stdout, { columns: true }) as { text: string; changed_since_review: string }[];
      assert.deepEqual(rows.filter((row) => row.changed_since_review === 'yes').map((row) => row.text.slice(0, 30)), ['Assad has denied that his gove']);
    });

    it('expands quoted globs itself, skips sidecars, and shows progress on stderr for many files', () => {
      mkdirSync(join(dir, 'articles'));
      for (let i = 0; i < 5; i++) reviewClaims(copySeed(join(dir, 'articles'), `a${i}.txt`), 0.5, () => 'sourced');
      const r = cli(['check', 'articles/*'], dir);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.equal(r.stdout.match(/^PASS /gm)?.length, 5);
      assert.match(r.stderr, /\[5\/5\] checking articles\/a4\.txt/);
      assert.equal(cli(['check', 'nothing/*.txt'], dir).code, 2);
    });
  });

  describe('bad input (exit 2, clear message)', () => {
    it('a missing file', () => {
      const r = cli(['check', 'nope.txt'], dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /nope\.txt: no such file/);
      // analyze reads nothing, so prints no counts and no definition of them either.
      const a = cli(['analyze', 'nope.txt'], dir);
      assert.equal(a.code, 2);
      assert.equal(a.stdout, '');
    });

    it('a directory', () => {
      mkdirSync(join(dir, 'folder'));
      const r = cli(['check', 'folder'], dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /folder is a folder, not an article file/);
    });

    it('a binary file', () => {
      writeFileSync(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
      const r = cli(['analyze', 'image.png'], dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /image\.png looks like a binary file/);
    });

    it('a malformed sidecar, which stays byte-identical', () => {
      const article = copySeed(dir);
      const broken = Buffer.from('{"version": 1, "annotations": [ {"id": "x", \n');
      writeFileSync(sidecarPathFor(article), broken);
      for (const args of [['check', 'article.txt'], ['report', 'article.txt'], ['report', 'article.txt', '--out', 'out']]) {
        const r = cli(args, dir);
        assert.equal(r.code, 2, args.join(' '));
        assert.match(r.stderr, /Review file problem: .*article\.txt\.claimlens\.json.*It was not changed/);
        assert.deepEqual(readFileSync(sidecarPathFor(article)), broken);
        assert.equal(existsSync(join(dir, 'out')), false, 'no output folder for a failed export');
      }
    });

    it('errors in some files do not hide the others: exit 2, the rest still checked', () => {
      copySeed(dir);
      const r = cli(['check', 'missing.txt', 'article.txt'], dir);
      assert.equal(r.code, 2);
      assert.match(r.stdout, /FAIL article\.txt/);
      assert.match(r.stdout, /1 could not be checked/);
    });

    it('usage errors: unknown command, unknown option, bad values, no files', () => {
      copySeed(dir);
      for (const args of [['frobnicate'], ['check', '--nope', 'article.txt'], ['check', 'article.txt', '--threshold', '2'], ['check', 'article.txt', '--fail-on', 'typos'], ['report', 'article.txt', '--format', 'pdf'], ['check'], []]) {
        const r = cli(args, dir);
        assert.equal(r.code, 2, `${args.join(' ')}: ${r.stdout}`);
        assert.notEqual(r.stderr, '');
      }
    });
  });

  describe('help and version', () => {
    it('prints --help for every command and --version', () => {
      for (const command of ['analyze', 'report', 'check']) {
        const r = cli([command, '--help'], dir);
        assert.equal(r.code, 0);
        assert.match(r.stdout, new RegExp(`^Usage: claimlens ${command} `));
      }
      const main = cli(['--help'], dir);
      assert.equal(main.code, 0);
      assert.match(main.stdout, /analyze FILE\|GLOB…[\s\S]*report[\s\S]*check/);
      const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'package.json'), 'utf8')) as { version: string };
      assert.equal(cli(['--version'], dir).stdout.trim(), `claimlens ${pkg.version}`);
    });
  });

  describe('analyze', () => {
    it('lists the seed claims and quotes with speakers, as a table and as JSON', () => {
      copySeed(dir);
      const table = cli(['analyze', 'article.txt'], dir);
      assert.equal(table.code, 0, table.stderr);
      assert.match(table.stdout, /^article\.txt: \d+ claims, \d+ quotes/);
      assert.match(table.stdout, /Delattre/);
      const json = cli(['analyze', 'article.txt', '--json'], dir);
      const [result] = JSON.parse(json.stdout) as { file: string; claims: { text: string }[]; quotes: { speaker: { name: string } | null; rules: string[] }[] }[];
      assert.equal(result.file, 'article.txt');
      assert.ok(result.claims.some((c) => c.text.includes('killed more than 80 people')));
      assert.ok(result.quotes.some((q) => q.speaker?.name === 'Assad'));
      // Each quote names the rules that shaped it, the rule that found it first.
      for (const q of result.quotes) assert.match(q.rules[0] ?? '', /^(?:marks|indirect)\./);
    });

    it('shows a pronoun no one was named for as `unresolved (“he”)`, and `resolved: false` in the JSON', () => {
      writeFileSync(join(dir, 'bare.txt'), 'Council meeting\n\nThe vote was postponed on Monday.\n\n"We will appeal the ruling," he said.\n');
      const table = cli(['analyze', 'bare.txt'], dir);
      assert.equal(table.code, 0, table.stderr);
      assert.match(table.stdout, /unresolved \(“he”\)/);
      const [result] = JSON.parse(cli(['analyze', 'bare.txt', '--json'], dir).stdout) as { quotes: { speaker: { name: string; resolved?: boolean } | null }[] }[];
      assert.deepEqual(result.quotes.map((q) => q.speaker?.resolved), [false]);
    });

    it('counts claims and quotes as check and the editor do: the review file counts, the threshold is shown', () => {
      const article = copySeed(dir);
      // The first claim dismissed, the others sourced: a dismissed claim is not counted anywhere.
      const annotations = reviewClaims(article, 0.5, (i) => (i === 0 ? 'dismissed' : 'sourced'));
      const analyzed = cli(['analyze', 'article.txt'], dir);
      assert.equal(analyzed.code, 0, analyzed.stderr);
      const m = /^article\.txt: (\d+) claims, (\d+) quotes \(claims: score ≥ 0\.5\)/.exec(analyzed.stdout);
      assert.ok(m, analyzed.stdout.slice(0, 200));
      assert.equal(Number(m[1]), annotations.length - 1);
      assert.match(analyzed.stdout, /A claim is a sentence scoring at least 0\.5 \(--threshold\)/);
      const checked = cli(['check', 'article.txt'], dir);
      assert.match(checked.stdout, new RegExp(`^PASS article\\.txt — ${m[1]}/${m[1]} claims reviewed · 0/${m[2]} quotes`, 'm'));
      assert.match(checked.stdout, /A claim is a sentence scoring at least 0\.5 \(--threshold\)/);
      const json = JSON.parse(cli(['analyze', 'article.txt', '--json'], dir).stdout) as { counts: { claims: number; quotes: number; threshold: number } }[];
      assert.deepEqual(json[0].counts, { claims: Number(m[1]), quotes: Number(m[2]), threshold: 0.5 });
    });

    it('a malformed review file: analyze warns and counts the detections alone', () => {
      const article = copySeed(dir);
      writeFileSync(sidecarPathFor(article), '{ not json');
      const r = cli(['analyze', 'article.txt'], dir);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /warning: Review file problem: .*Counted without its reviews/);
      assert.match(r.stdout, /^article\.txt: \d+ claims/);
    });
  });

  describe('report', () => {
    it('prints Markdown to stdout by default and writes nothing', () => {
      const article = copySeed(dir);
      reviewClaims(article, 0.5, (i) => (i === 0 ? 'disputed' : 'sourced'));
      const before = snapshot(dir);
      const r = cli(['report', 'article.txt'], dir);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^# ClaimLens review: Russia: Putin Explained to Tillerson/);
      assert.match(r.stdout, /❌ Disputed/);
      assert.equal(snapshot(dir), before);
    });

    it('--out DIR writes each format, CSV and JSON-LD parse back', () => {
      const article = copySeed(dir);
      const annotations = reviewClaims(article, 0.5, () => 'sourced');
      const flags = ['--out', 'exports', '--url', 'https://news.example/a', '--org', 'Example Checks', '--date', '2024-05-02'];
      const claimReviewFlags = ['--url-template', 'https://checks.example/{article}/{id}'];
      for (const format of ['md', 'csv', 'claimreview', 'annotation']) {
        assert.equal(cli(['report', 'article.txt', '--format', format, ...flags, ...(format === 'claimreview' ? claimReviewFlags : [])], dir).code, 0, format);
      }
      assert.deepEqual(readdirSync(join(dir, 'exports')).sort(), ['article.txt.annotations.jsonld', 'article.txt.claimreview.json', 'article.txt.review.csv', 'article.txt.review.md']);
      const reviews = JSON.parse(readFileSync(join(dir, 'exports', 'article.txt.claimreview.json'), 'utf8')) as
        { author: { name: string }; reviewRating: { ratingValue: number }; url: string; datePublished: string; itemReviewed: { appearance: { url: string } } }[];
      assert.equal(reviews.length, annotations.length);
      assert.ok(reviews.every((r) => r.author.name === 'Example Checks' && r.reviewRating.ratingValue === 5 && r.datePublished === '2024-05-02'));
      assert.deepEqual(reviews.map((r) => r.url), annotations.map((a) => `https://checks.example/article/${a.id}`));
      assert.ok(reviews.every((r) => r.itemReviewed.appearance.url === 'https://news.example/a'));
      const rows = parse(readFileSync(join(dir, 'exports', 'article.txt.review.csv'), 'utf8'), { columns: true }) as { status: string }[];
      assert.equal(rows.filter((r) => r.status === 'sourced').length, annotations.length);
      const collection = JSON.parse(readFileSync(join(dir, 'exports', 'article.txt.annotations.jsonld'), 'utf8')) as { total: number };
      assert.equal(collection.total, annotations.length);
    });

    it('claimreview without organisation or URL: exit 2 naming the missing fields', () => {
      const article = copySeed(dir);
      reviewClaims(article, 0.5, () => 'sourced');
      const r = cli(['report', 'article.txt', '--format', 'claimreview'], dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /missing required fields: .*url.*author\.name|missing required fields: .*author\.name.*url/);
      assert.equal(r.stdout, '');
      // The article's URL is not the fact-check's page: --url alone does not do.
      const withArticleUrl = cli(['report', 'article.txt', '--format', 'claimreview', '--url', 'https://news.example/a', '--org', 'Example Checks'], dir);
      assert.equal(withArticleUrl.code, 2);
      assert.match(withArticleUrl.stderr, /missing required fields: url — the fact-check's own page: set claimlens\.claimReview\.urlTemplate \(CLI --url-template\)/);
    });

    it('claimreview leaves unverified claims out unless --include-unverified, then with a textual rating only', () => {
      const article = copySeed(dir);
      const annotations = reviewClaims(article, 0.5, (i) => (i === 0 ? 'sourced' : 'unverified'));
      const flags = ['report', 'article.txt', '--format', 'claimreview', '--org', 'Example Checks', '--url-template', 'https://checks.example/{id}'];
      const plain = cli(flags, dir);
      assert.equal(plain.code, 0, plain.stderr);
      assert.deepEqual((JSON.parse(plain.stdout) as { identifier: string }[]).map((r) => r.identifier), [annotations[0].id]);
      const all = cli([...flags, '--include-unverified'], dir);
      assert.equal(all.code, 0, all.stderr);
      const ratings = (JSON.parse(all.stdout) as { reviewRating: Record<string, unknown> }[]).map((r) => r.reviewRating);
      assert.equal(ratings.length, annotations.length);
      assert.deepEqual(ratings.slice(1), annotations.slice(1).map(() => ({ '@type': 'Rating', alternateName: 'Unverified' })));
      assert.equal(cli(['report', 'article.txt', '--include-unverified'], dir).code, 2);
    });
  });

  describe('report --format claimreview with a verdict scale', () => {
    const flags = ['report', 'article.txt', '--format', 'claimreview', '--org', 'Example Checks', '--url-template', 'https://checks.example/{id}'];
    const scale = (sourced: Record<string, unknown>) => JSON.stringify({
      version: 1,
      claimReview: { worstRating: 1, bestRating: 6 },
      verdicts: [sourced, { id: 'disputed', label: 'False', final: true, claimReview: { ratingValue: 1 } }, { id: 'unverified', label: 'Checking', final: false }],
    });

    it('reads ./.claimlens/verdicts.json (or --verdicts FILE) and rates by it', () => {
      const article = copySeed(dir);
      reviewClaims(article, 0.5, () => 'sourced');
      mkdirSync(join(dir, '.claimlens'));
      writeFileSync(join(dir, '.claimlens', 'verdicts.json'), scale({ id: 'sourced', label: 'True', final: true, claimReview: { ratingValue: 6 } }));
      const r = cli(flags, dir);
      assert.equal(r.code, 0, r.stderr);
      const ratings = (JSON.parse(r.stdout) as { reviewRating: Record<string, unknown> }[]).map((x) => x.reviewRating);
      assert.ok(ratings.length > 0 && ratings.every((x) => x.ratingValue === 6 && x.bestRating === 6 && x.alternateName === 'True'), JSON.stringify(ratings));
      const md = cli(['report', 'article.txt'], dir);
      assert.equal(md.code, 0, md.stderr);
      assert.match(md.stdout, /^### \d+\. ✅ True · line \d+$/m);
      assert.equal(cli(['report', 'article.txt', '--format', 'csv', '--verdicts', 'x.json'], dir).code, 2);
      writeFileSync(join(dir, 'other.json'), scale({ id: 'sourced', label: 'Correct', final: true, claimReview: { ratingValue: 5 } }));
      const other = cli([...flags, '--verdicts', 'other.json'], dir);
      assert.equal(other.code, 0, other.stderr);
      assert.ok((JSON.parse(other.stdout) as { reviewRating: { alternateName: string } }[]).every((x) => x.reviewRating.alternateName === 'Correct'));
    });

    it('a bad scale file: exit 2 naming each problem with its place, nothing on stdout', () => {
      const article = copySeed(dir);
      reviewClaims(article, 0.5, () => 'sourced');
      writeFileSync(join(dir, 'bad.json'), scale({ id: 'sourced', label: 'True', key: 'n', final: true, claimReview: { ratingValue: 9 } }));
      const r = cli([...flags, '--verdicts', 'bad.json'], dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /bad\.json is not a valid verdict scale/);
      assert.match(r.stderr, /verdicts\[0\] \("sourced"\)\.key: "n" belongs to another ClaimLens command/);
      assert.match(r.stderr, /ratingValue: 9 is outside the scale's worstRating…bestRating \(1…6\)/);
      assert.equal(r.stdout, '');
      assert.equal(cli([...flags, '--verdicts', 'missing.json'], dir).code, 2);
    });
  });

  describe('a closed stdout (`| head -1`)', () => {
    for (const command of ['analyze', 'check']) {
      it(`${command}: ends quietly with 141 (not 1, "gate failed"), no stack trace`, async () => {
        copySeed(dir);
        const r = await cliWithClosedStdout([command, 'article.txt'], dir);
        assert.equal(r.code, 141, r.stderr);
        assert.doesNotMatch(r.stderr, /EPIPE|Error|\n\s+at /);
      });
    }
  });
});
