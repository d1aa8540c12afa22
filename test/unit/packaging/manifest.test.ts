/**
 * The packaged manifest, as the Marketplace and VS Code read it from the VSIX: `npm run package`
 * runs vsce without --allow-missing-repository and vsce prints no warning; the VSIX names the
 * repository, issues, home page, banner and Q&A, and declares its capabilities and both entries (desktop
 * `main`, web `browser`, each bundle in the VSIX, VS Code told it runs on the web); only bundled
 * packages are runtime dependencies;
 * and every dependency with an install script is approved or denied in `allowScripts`, so a clean
 * `npm ci` prints no install-scripts warning.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../cli/cliHarness';
import { zipEntry } from './zipEntries';
import { localizeManifest } from '../../../scripts/l10n/manifest';
import { ALL_RULES } from '../../../src/core/rules/registry';

interface Manifest {
  repository?: { url?: string };
  bugs?: { url?: string };
  homepage?: string;
  qna?: unknown;
  galleryBanner?: { color?: string; theme?: string };
  keywords?: string[];
  main?: string;
  browser?: string;
  dependencies?: Record<string, string>;
  allowScripts?: Record<string, boolean>;
  capabilities?: {
    untrustedWorkspaces?: { supported?: unknown; description?: string; restrictedConfigurations?: string[] };
    virtualWorkspaces?: boolean | { supported?: unknown; description?: string };
  };
}

describe('packaging: the VSIX manifest', function () {
  this.timeout(120_000);
  let dir: string;
  let vsix: Buffer;
  let output: string;
  let status: number | null;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-manifest-'));
    const out = path.join(dir, 'claimlens.vsix');
    const r = spawnSync(process.execPath, ['scripts/package.mjs', '--out', out], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    status = r.status;
    output = `${r.stdout}${r.stderr}`;
    vsix = status === 0 ? fs.readFileSync(out) : Buffer.alloc(0);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  // As VS Code reads it: the %keys% from the packaged package.nls.json (English).
  const packaged = (): Manifest => localizeManifest(JSON.parse(zipEntry(vsix, 'extension/package.json') ?? '{}') as Manifest, JSON.parse(zipEntry(vsix, 'extension/package.nls.json') ?? '{}'));

  it('npm run package succeeds without --allow-missing-repository and vsce prints no warning', () => {
    assert.equal(status, 0, output);
    assert.doesNotMatch(output, /warn/i);
    assert.doesNotMatch(fs.readFileSync(path.join(ROOT, 'scripts', 'package.mjs'), 'utf8'), /'--allow-missing-repository'/);
  });

  it('names the repository, issues, home page, banner and Q&A for the Marketplace', () => {
    const m = packaged();
    assert.match(m.repository?.url ?? '', /^https:\/\/github\.com\/[^/]+\/[^/]+\.git$/);
    assert.equal(m.bugs?.url, m.repository!.url!.replace(/\.git$/, '/issues'));
    assert.match(m.homepage ?? '', /^https:\/\//);
    assert.equal(m.qna, false);
    assert.match(m.galleryBanner?.color ?? '', /^#[0-9A-F]{6}$/i);
    assert.ok(m.galleryBanner?.theme === 'dark' || m.galleryBanner?.theme === 'light');
    assert.ok((m.keywords ?? []).length >= 5 && m.keywords!.length <= 30, 'the Marketplace takes at most 30 keywords');
    const xml = zipEntry(vsix, 'extension.vsixmanifest') ?? '';
    assert.match(xml, /Id="Microsoft\.VisualStudio\.Services\.Links\.Source" Value="https:\/\/github\.com\//);
    assert.match(xml, /Id="Microsoft\.VisualStudio\.Services\.Branding\.Color" Value="#/);
    assert.match(xml, /Id="Microsoft\.VisualStudio\.Services\.EnableMarketplaceQnA" Value="false"/);
  });

  it('declares its capabilities: untrusted workspaces (Restricted Mode) supported, virtual ones limited, saying how', () => {
    const capabilities = packaged().capabilities;
    assert.equal(capabilities?.untrustedWorkspaces?.supported, 'limited');
    assert.deepEqual(capabilities?.untrustedWorkspaces?.restrictedConfigurations, ['claimlens.reviewerName']);
    const virtual = capabilities?.virtualWorkspaces;
    assert.ok(typeof virtual === 'object' && virtual.supported === 'limited', JSON.stringify(virtual));
    assert.match(virtual.description ?? '', /virtual workspace.*file system.*checked before/);
  });

  it('declares the desktop `main` and the web `browser` entry, ships both bundles and their workers, and says it runs on the web', () => {
    const manifest = packaged();
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.browser, './dist/web/extension.js');
    // One analysis worker bundle for both (the engine ships once).
    for (const bundle of ['dist/extension.js', 'dist/worker.js', 'dist/matchWorker.js', 'dist/web/extension.js', 'dist/web/matchWorker.js']) {
      assert.ok(zipEntry(vsix, `extension/${bundle}`), `${bundle} is not in the VSIX`);
    }
    // The web bundles never ask for a Node module: the web worker extension host and its Web Workers have none.
    for (const bundle of ['dist/web/extension.js', 'dist/web/matchWorker.js']) {
      assert.doesNotMatch(zipEntry(vsix, `extension/${bundle}`) ?? '', /require\("(node:)?(fs|path|os|crypto|worker_threads)"\)/, bundle);
    }
    // The shared analysis worker asks only for what its Web Worker `require` answers (src/worker/webWorkerGlobals.ts).
    const workerRequires = new Set([...(zipEntry(vsix, 'extension/dist/worker.js') ?? '').matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]));
    assert.deepEqual([...workerRequires].filter((name) => !['worker_threads', 'node:fs'].includes(name)), [], 'dist/worker.js');
    // What VS Code and the Marketplace read: the extension can run in a web worker extension host.
    assert.match(zipEntry(vsix, 'extension.vsixmanifest') ?? '', /Microsoft\.VisualStudio\.Code\.ExtensionKind" Value="[^"]*\bweb\b/);
  });

  it("ships the rules' ids but not their descriptions (documentation of the source, read by nothing at run time)", () => {
    const worker = zipEntry(vsix, 'extension/dist/worker.js') ?? '';
    for (const r of ALL_RULES) {
      assert.ok(worker.includes(`"${r.id}"`), `${r.id} is not in the worker bundle`);
      assert.ok(!worker.includes(r.description), `${r.id}'s description is in the worker bundle`);
    }
  });

  it("ships the claim model's weights but not its provenance and training records (the checkout's file keeps them)", () => {
    const worker = zipEntry(vsix, 'extension/dist/worker.js') ?? '';
    const model = JSON.parse(fs.readFileSync(path.join(ROOT, 'src', 'core', 'claims', 'claimModel.generated.json'), 'utf8')) as { provenance: { trainedBy: string }; named: Record<string, number> };
    for (const name of Object.keys(model.named)) assert.ok(worker.includes(name), `the weight of ${name} is not in the worker bundle`);
    assert.ok(!worker.includes(model.provenance.trainedBy), 'the provenance record is in the worker bundle');
  });

  it('every runtime dependency is a package the bundles inline (ajv is not: only its generated validator ships)', () => {
    const notices = zipEntry(vsix, 'extension/dist/THIRD-PARTY-NOTICES.txt') ?? '';
    const bundled = new Set([...notices.matchAll(/^(@?[a-z0-9._/-]+) \d+\.\d+\.\d+\S* \(/gm)].map((m) => m[1]));
    const runtime = Object.keys(packaged().dependencies ?? {});
    assert.deepEqual(runtime.filter((name) => !bundled.has(name)), [], 'dependencies nothing bundles: move them to devDependencies');
    assert.ok(!bundled.has('ajv'), 'ajv is not inlined');
    assert.ok(!runtime.includes('ajv'));
  });

  it('ships the localisation: package.nls files and the l10n bundles, each as in the checkout', () => {
    const raw = JSON.parse(zipEntry(vsix, 'extension/package.json') ?? '{}') as { l10n?: string };
    assert.equal(raw.l10n, './l10n');
    const files = ['package.nls.json', 'package.nls.de.json', 'l10n/bundle.l10n.json', 'l10n/bundle.l10n.de.json'];
    for (const f of files) {
      const packed = zipEntry(vsix, `extension/${f}`);
      assert.ok(packed, `${f} is in the VSIX`);
      assert.deepEqual(JSON.parse(packed), JSON.parse(fs.readFileSync(path.join(ROOT, f), 'utf8')), f);
    }
  });

  it('every dependency with an install script is approved or denied in allowScripts', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
    const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string; hasInstallScript?: boolean }>;
    };
    const allow = manifest.allowScripts ?? {};
    const withScripts = Object.entries(lock.packages).filter(([key, p]) => key && p.hasInstallScript);
    assert.ok(withScripts.length > 0, 'the lockfile lists esbuild, which has an install script');
    const uncovered = withScripts
      .map(([key, p]) => ({ name: key.replace(/^.*node_modules\//, ''), version: p.version }))
      .filter(({ name, version }) => !(name in allow) && !(`${name}@${version}` in allow))
      .map(({ name, version }) => `${name}@${version}`);
    assert.deepEqual(uncovered, [], 'add them with `npm install-scripts approve <pkg>` or `deny <pkg>`');
  });
});
