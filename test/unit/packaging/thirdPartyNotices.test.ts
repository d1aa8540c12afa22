/**
 * The bundles inline compromise and the other runtime packages with their legal comments
 * stripped: the build must write their licences beside the bundles, and the VSIX must ship them.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, buildOnce } from '../cli/cliHarness';

describe('packaging: third-party notices', function () {
  this.timeout(60_000);
  before(() => buildOnce());

  it('lists every bundled package with its licence text', () => {
    const notices = fs.readFileSync(path.join(ROOT, 'dist', 'THIRD-PARTY-NOTICES.txt'), 'utf8');
    for (const name of ['compromise', 'approx-string-match']) {
      assert.match(notices, new RegExp(`^${name} \\d+\\.\\d+\\.\\d+ \\(MIT\\)$`, 'm'), `${name} listed`);
    }
    assert.match(notices, /Permission is hereby granted, free of charge/);
    assert.match(notices, /Spencer Kelly/, "compromise's copyright line is kept");
  });

  it("lists Papa Parse, the match workers' CSV reader", () => {
    const notices = fs.readFileSync(path.join(ROOT, 'dist', 'THIRD-PARTY-NOTICES.txt'), 'utf8');
    assert.match(notices, /^papaparse \d+\.\d+\.\d+ \(MIT\)$/m);
  });

  it("states the claim model's training data: sources, commits, row counts and terms", () => {
    const notices = fs.readFileSync(path.join(ROOT, 'dist', 'THIRD-PARTY-NOTICES.txt'), 'utf8');
    assert.match(notices, /Claim check-worthiness model/);
    assert.match(notices, /sha256 [0-9a-f]{64}/);
    assert.match(notices, /ct19-task1: \d+ sentences, \d+ check-worthy/);
    assert.match(notices, /Source: github:telsayed\/clef2019-factchecking-task1@[0-9a-f]+/);
    assert.match(notices, /Terms: free for general research use/);
    assert.match(notices, /claimbuster-spotter@[0-9a-f]+/);
  });

  it('ships the notices, and what the Claim Details webview loads, in the VSIX', () => {
    const vsce = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
    const r = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const files = r.stdout.split('\n').map((l) => l.trim());
    assert.ok(files.includes('dist/THIRD-PARTY-NOTICES.txt'), files.join(', '));
    assert.ok(files.includes('dist/worker.js'));
    // What the Claim Details webview loads: its bundled script and its stylesheet.
    assert.ok(files.includes('dist/webview/details.js'), files.join(', '));
    assert.ok(files.includes('media/details/details.css'));
    assert.ok(!files.some((f) => f.endsWith('.map') || f.startsWith('src/')), 'no sources or source maps');
  });
});
