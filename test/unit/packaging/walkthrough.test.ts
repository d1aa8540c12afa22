/**
 * The Get Started walkthrough as the VSIX ships it: the packaged manifest declares it with the
 * steps of issue 17 in order (open a seed → claims and quotes → mark a claim → the review file →
 * export), each with a completion event that names something ClaimLens contributes and a picture
 * with alt text; every picture it names is in the VSIX, a PNG, and all of them stay small.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ALL_COMMAND_IDS, OPEN_WALKTHROUGH_COMMAND, WALKTHROUGH_ID } from '../../../src/commands/ids';
import { ROOT } from '../cli/cliHarness';
import { zipEntry, zipEntryBytes } from './zipEntries';
import { localizeManifest } from '../../../scripts/l10n/manifest';

interface Step {
  id: string;
  title: string;
  description: string;
  media: { image?: string; altText?: string; markdown?: string };
  completionEvents?: string[];
}
interface Manifest {
  contributes: {
    commands: Array<{ command: string; title: string; category?: string }>;
    views: Record<string, Array<{ id: string }>>;
    walkthroughs?: Array<{ id: string; title: string; description: string; steps: Step[] }>;
  };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PICTURES_BUDGET_BYTES = 300 * 1024;

describe('packaging: the Get Started walkthrough', function () {
  this.timeout(120_000);
  let dir: string;
  let vsix: Buffer;
  let output: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-walkthrough-'));
    const out = path.join(dir, 'claimlens.vsix');
    const r = spawnSync(process.execPath, ['scripts/package.mjs', '--out', out], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    output = `${r.stdout}${r.stderr}`;
    vsix = r.status === 0 ? fs.readFileSync(out) : Buffer.alloc(0);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const manifest = (): Manifest => {
    assert.ok(vsix.length > 0, output);
    // As the workbench shows it: the %keys% from the packaged package.nls.json (English).
    return localizeManifest(JSON.parse(zipEntry(vsix, 'extension/package.json') ?? '{}') as Manifest, JSON.parse(zipEntry(vsix, 'extension/package.nls.json') ?? '{}'));
  };
  const walkthrough = () => {
    const all = manifest().contributes.walkthroughs ?? [];
    assert.equal(all.length, 1, 'one walkthrough');
    return all[0];
  };

  it('declares the walkthrough with the steps of the issue, in order, and a command that opens it', () => {
    const w = walkthrough();
    assert.equal(w.id, WALKTHROUGH_ID);
    assert.ok(w.title && w.description);
    assert.deepEqual(w.steps.map((s) => s.id), ['openSeed', 'claimsAndQuotes', 'markClaim', 'reviewFile', 'export']);
    for (const s of w.steps) assert.ok(s.title && s.description, s.id);
    const open = manifest().contributes.commands.find((c) => c.command === OPEN_WALKTHROUGH_COMMAND);
    assert.deepEqual(open && { title: open.title, category: open.category }, { title: 'Get Started', category: 'ClaimLens' });
  });

  it('completes each step by an event that names a ClaimLens command, view or context key', () => {
    const m = manifest();
    const commands = new Set(m.contributes.commands.map((c) => c.command));
    const views = new Set(Object.values(m.contributes.views).flat().map((v) => v.id));
    const source = fs.readFileSync(path.join(ROOT, 'src', 'articles', 'articleService.ts'), 'utf8');
    for (const s of walkthrough().steps) {
      assert.ok((s.completionEvents ?? []).length > 0, `${s.id} has a completion event`);
      for (const event of s.completionEvents!) {
        const [kind, name] = event.split(/:(.*)/s);
        if (kind === 'onCommand') assert.ok(commands.has(name), `${s.id}: ${event} is a contributed command`);
        else if (kind === 'onView') assert.ok(views.has(name), `${s.id}: ${event} is a contributed view`);
        else if (kind === 'onContext') assert.ok(source.includes(`'setContext', '${name}'`), `${s.id}: ${event} is a context key ClaimLens sets`);
        else assert.fail(`${s.id}: unexpected completion event ${event}`);
      }
    }
  });

  it('links only commands ClaimLens contributes (or its views\' focus commands)', () => {
    const known = new Set([...ALL_COMMAND_IDS, ...Object.values(manifest().contributes.views).flat().map((v) => `${v.id}.focus`)]);
    for (const s of walkthrough().steps) {
      const links = [...s.description.matchAll(/\]\(command:(?:toSide:)?([\w.]+)\)/g)].map((m) => m[1]);
      assert.ok(links.length > 0, `${s.id} has a button`);
      for (const id of links) assert.ok(known.has(id), `${s.id} links ${id}`);
    }
  });

  it('ships every picture it names: a PNG under media/walkthrough/ with alt text, all together under 300 KB', () => {
    let total = 0;
    for (const s of walkthrough().steps) {
      assert.match(s.media.image ?? '', /^media\/walkthrough\/[\w-]+\.png$/, s.id);
      assert.ok((s.media.altText ?? '').length > 20, `${s.id} describes its picture`);
      const bytes = zipEntryBytes(vsix, `extension/${s.media.image}`);
      assert.ok(bytes, `${s.media.image} is in the VSIX`);
      assert.deepEqual(bytes.subarray(0, 8), PNG_SIGNATURE, `${s.media.image} is a PNG`);
      const width = bytes.readUInt32BE(16);
      assert.ok(width >= 400 && width <= 1000, `${s.media.image} is ${width} px wide`);
      total += bytes.length;
    }
    assert.ok(total < PICTURES_BUDGET_BYTES, `pictures ${total} bytes`);
  });
});
