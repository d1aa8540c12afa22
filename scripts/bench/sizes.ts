/** Bundle and package sizes, and a check that the extension host bundle does not contain compromise. */
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';

export interface Sizes {
  /**
   * What ships in the VSIX and the extension loads: dist/extension.js + dist/worker.js +
   * dist/matchWorker.js (budget ≤ 800 KB including compromise and the claim model). dist/cli.js is for checkouts
   * only (.vscodeignore leaves it out).
   */
  bundle_kb: number | 'not built';
  /** All of dist/, the CLI bundle included (it inlines its own copy of compromise). */
  dist_total_kb: number;
  cli_kb: number | 'not built';
  files_kb: Record<string, number>;
  vsix_kb: number | 'not built';
  vsix_file?: string;
  host_bundle_has_compromise: boolean | 'unknown';
}

const kb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;

export async function measureSizes(root: string): Promise<Sizes> {
  const dist = path.join(root, 'dist');
  const files_kb: Record<string, number> = {};
  if (existsSync(dist)) {
    for (const f of readdirSync(dist)) if (f.endsWith('.js')) files_kb[f] = kb(statSync(path.join(dist, f)).size);
  }
  const total = Object.values(files_kb).reduce((a, b) => a + b, 0);
  // The project's `npm run package` output in the repo root, else the one `npm run bench -- --package` made.
  const vsix = [root, path.join(root, 'out', 'bench')]
    .filter((dir) => existsSync(dir))
    .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.vsix')).map((f) => path.relative(root, path.join(dir, f))))
    .map((f) => ({ f, t: statSync(path.join(root, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t)[0];
  const shipped = files_kb['extension.js'] !== undefined && files_kb['worker.js'] !== undefined;
  return {
    bundle_kb: shipped ? Math.round((files_kb['extension.js'] + files_kb['worker.js'] + (files_kb['matchWorker.js'] ?? 0)) * 10) / 10 : 'not built',
    dist_total_kb: Math.round(total * 10) / 10,
    cli_kb: files_kb['cli.js'] ?? 'not built',
    files_kb,
    vsix_kb: vsix ? kb(statSync(path.join(root, vsix.f)).size) : 'not built',
    vsix_file: vsix?.f,
    host_bundle_has_compromise: await hostHasCompromise(root),
  };
}

/** Re-bundles the extension entry in memory and looks at what went in. */
async function hostHasCompromise(root: string): Promise<boolean | 'unknown'> {
  const entry = path.join(root, 'src', 'extension.ts');
  if (!existsSync(entry)) return 'unknown';
  try {
    const r = await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['vscode'],
      write: false,
      metafile: true,
      logLevel: 'silent',
      absWorkingDir: root,
    });
    return Object.keys(r.metafile.inputs).some((p) => p.includes('node_modules/compromise'));
  } catch {
    return 'unknown';
  }
}
