import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnnotation } from '../../../src/core/review/annotations';
import { serializeSidecar, SIDECAR_VERSION } from '../../../src/core/review/format';
import { sidecarPathFor } from '../../../src/core/review/sidecarPath';
import { buildOnce, cli, removeDir, tempDir } from './cliHarness';

const ARTICLE = `Harbor Report

Cargo volumes at the port rose 19% in 2024 to 2.3 million containers, the harbor authority said on Monday.

The mayor said the new bridge will cost $80 million and open in 2026.

Officials said unemployment in the county fell to 3.1% last year, the lowest in a decade.
`;

const ARCHIVE_JSONL = [
  { id: 'port', claim: 'Cargo volumes at the port rose 9% in 2024.', rating: 'False', url: 'https://checks.example/port', publisher: 'Example Checks' },
  { id: 'bridge', claim: 'The new bridge will cost $80 million and open in 2026.', rating: 'Mostly True', url: 'https://checks.example/bridge' },
  { id: 'jobs', claim: 'Unemployment in the county fell to 3.1% last year.', rating: 'Pants on Fire', publisher: 'Truth Meter', date: '2025-02-01' },
].map((o) => JSON.stringify(o)).join('\n') + '\nnot json\n';

describe('claimlens match and check --fail-on matched-false (built binary)', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => buildOnce());
  beforeEach(() => {
    dir = tempDir();
    writeFileSync(join(dir, 'article.txt'), ARTICLE);
    writeFileSync(join(dir, 'archive.jsonl'), ARCHIVE_JSONL);
  });
  afterEach(() => removeDir(dir));

  it('lists each claim\'s earlier fact-checks with verdict and link, and warns about bad rows', () => {
    const r = cli(['match', 'article.txt', '--archive', 'archive.jsonl'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /archive\.jsonl:4: not valid JSON/);
    assert.match(r.stdout, /article\.txt:5:1 {2}The mayor said the new bridge will cost \$80 million/);
    assert.match(r.stdout, /STRONG rated true \(Mostly True\): The new bridge will cost \$80 million and open in 2026\. {2}https:\/\/checks\.example\/bridge/);
    assert.match(r.stdout, /STRONG rated false \(Pants on Fire, Truth Meter\) 2025-02-01: Unemployment in the county/);
    // 19% is not 9%: shown, flagged, never strong.
    assert.match(r.stdout, /\d\.\d\d rated false \(False, Example Checks\): Cargo volumes at the port rose 9% in 2024\..*\[numbers differ\]/);
  });

  it('prints JSON with --json and limits matches with --top', () => {
    const r = cli(['match', 'article.txt', '--archive', 'archive.jsonl', '--json', '--top', '1'], dir);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { file: string; claims: { text: string; line: number; matches: { similarity: number; strong: boolean; fact: { id: string; verdict: string } }[] }[] }[];
    assert.equal(out[0].file, 'article.txt');
    const bridge = out[0].claims.find((c) => c.text.includes('bridge'))!;
    assert.equal(bridge.line, 5);
    assert.equal(bridge.matches.length, 1);
    assert.deepEqual([bridge.matches[0].fact.id, bridge.matches[0].fact.verdict, bridge.matches[0].strong], ['bridge', 'true', true]);
  });

  it('matches against other articles\' reviews but not the article\'s own', () => {
    const other = 'Unemployment in the county fell to 3.1% last year, officials claimed.';
    const phrase = 'Unemployment in the county fell to 3.1% last year';
    writeFileSync(join(dir, 'other.txt'), other);
    const a = createAnnotation({ kind: 'claim', text: other, start: 0, end: phrase.length, origin: 'manual', by: 'sam', now: '2024-09-01T08:00:00.000Z', status: 'disputed' });
    writeFileSync(sidecarPathFor(join(dir, 'other.txt')), serializeSidecar({ version: SIDECAR_VERSION, annotations: [a] }));
    const r = cli(['match', 'article.txt', 'other.txt', '--archive', '*.claimlens.json', '--json'], dir);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { file: string; claims: { matches: { fact: { origin: string; reviewer: string; article: string } }[] }[] }[];
    const inArticle = out.find((o) => o.file === 'article.txt')!.claims.flatMap((c) => c.matches);
    assert.ok(inArticle.some((m) => m.fact.origin === 'review' && m.fact.reviewer === 'sam'));
    const inOther = out.find((o) => o.file === 'other.txt')!.claims.flatMap((c) => c.matches);
    assert.deepEqual(inOther, [], 'its own review is not "checked before"');
  });

  it('check --fail-on matched-false fails on claims whose strong match is rated false, and only then', () => {
    const r = cli(['check', 'article.txt', '--fail-on', 'matched-false', '--archive', 'archive.jsonl'], dir);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /FAIL article\.txt: 1 matched-false/);
    assert.match(r.stdout, /article\.txt:7:1 {2}matched-false claim: Officials said unemployment/);
    assert.match(r.stdout, /checked before \(\d\.\d\d\): Pants on Fire, Truth Meter: Unemployment in the county/);
    assert.doesNotMatch(r.stdout, /matched-false claim: Cargo volumes/, 'a number conflict is never a strong match');

    writeFileSync(join(dir, 'archive.jsonl'), ARCHIVE_JSONL.replace('Pants on Fire', 'Mostly True'));
    const pass = cli(['check', 'article.txt', '--fail-on', 'matched-false', '--archive', 'archive.jsonl'], dir);
    assert.equal(pass.code, 0, pass.stdout);
  });

  it('reports usage errors: no archive, matched-false without archive, a missing archive file', () => {
    assert.equal(cli(['match', 'article.txt'], dir).code, 2);
    const needs = cli(['check', 'article.txt', '--fail-on', 'matched-false'], dir);
    assert.equal(needs.code, 2);
    assert.match(needs.stderr, /needs --archive/);
    const missing = cli(['match', 'article.txt', '--archive', 'nope.jsonl'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.jsonl: no such file/);
  });
});
