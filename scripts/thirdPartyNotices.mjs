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
  writeFileSync(outFile, [header, ...body].join('\n'));
  return unique.map((e) => e.name);
}
