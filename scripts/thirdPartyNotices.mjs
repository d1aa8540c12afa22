// The bundles inline their runtime dependencies and esbuild drops their legal comments (smaller
// files), so the licence texts those packages ask to be kept with every copy go in one notices
// file beside the bundles, built from what esbuild actually put in them (its metafile).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Package directories (node_modules/<name> or node_modules/@scope/<name>) of the bundled inputs. */
function bundledPackages(metafile) {
  const dirs = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) dirs.add(m[1]);
  }
  return [...dirs];
}

function licenceText(dir) {
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
  return file ? readFileSync(join(dir, file), 'utf8').trim() : undefined;
}

/**
 * The claim model (src/core/claims/claimModel.generated.json) is trained on third-party data: its
 * sources, commits and licence terms as `npm run train` recorded them. Weights only, no sentence.
 */
export function claimModelNotice(root = '.') {
  const file = join(root, 'src', 'core', 'claims', 'claimModel.generated.json');
  if (!existsSync(file)) return '';
  const { provenance } = JSON.parse(readFileSync(file, 'utf8'));
  const rows = Object.entries(provenance.data.rows).map(([name, n]) => `  ${name}: ${n.rows} sentences, ${n.positive} check-worthy`);
  const sources = provenance.sources.map((s) => `- ${s.dataset}\n  Source: ${s.source}\n  Terms: ${s.licence}`);
  return [
    `${'='.repeat(72)}\nClaim check-worthiness model (weights trained on third-party data)\n${'='.repeat(72)}\n`,
    'The check-worthiness weights in dist/worker.js were trained by `npm run train` on the data below;',
    'the terms are those its publishers state (CLEF-2019: research use), and the weights derive from it.',
    'The model holds weights over feature names and hashed n-gram buckets only: no sentence, word list',
    'or vocabulary of the data is shipped.',
    `Data file: ${provenance.data.file} (sha256 ${provenance.data.sha256})`,
    ...rows,
    '',
    ...sources,
    '',
  ].join('\n');
}

/** Writes `outFile` and returns the package names it lists. */
export function writeThirdPartyNotices(metafile, outFile, root = '.') {
  const entries = [];
  for (const dir of bundledPackages(metafile)) {
    const pkgFile = join(root, dir, 'package.json');
    if (!existsSync(pkgFile)) continue;
    const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
    const licence = typeof pkg.license === 'string' ? pkg.license : 'see the package';
    const text = licenceText(join(root, dir)) ?? `${licence} (no licence file in the package; see ${pkg.homepage ?? pkg.name})`;
    entries.push({ name: pkg.name, version: pkg.version, licence, text });
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const unique = entries.filter((e, i) => i === 0 || e.name !== entries[i - 1].name || e.version !== entries[i - 1].version);
  const header =
    'ClaimLens bundles the following open-source packages in dist/. Their licences follow.\n';
  const body = unique.map((e) => `${'='.repeat(72)}\n${e.name} ${e.version} (${e.licence})\n${'='.repeat(72)}\n\n${e.text}\n`);
  writeFileSync(outFile, [header, ...body, claimModelNotice(root)].join('\n'));
  return unique.map((e) => e.name);
}
