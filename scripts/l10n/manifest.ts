/**
 * package.json as a user sees it: every "%key%" replaced from package.nls.json (or package.nls.<language>.json),
 * as VS Code and vsce do. For tests and scripts that read titles from the manifest.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export type Nls = Readonly<Record<string, string>>;
const KEY = /^%([\w.-]+)%$/;

/** The `%key%` references in a manifest, wherever they are. */
export function nlsKeysOf(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') {
    const m = KEY.exec(value);
    if (m) found.push(m[1]);
  } else if (Array.isArray(value)) {
    for (const v of value) nlsKeysOf(v, found);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) nlsKeysOf(v, found);
  }
  return found;
}

/** A copy of the manifest with each `%key%` replaced by its text; a key the file lacks stays as it is. */
export function localizeManifest<T>(manifest: T, nls: Nls): T {
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const m = KEY.exec(value);
      return m && typeof nls[m[1]] === 'string' ? nls[m[1]] : value;
    }
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  return walk(manifest) as T;
}

/** The checkout's package.json in English (package.nls.json) or in `language` (package.nls.<language>.json). */
export function readLocalizedManifest<T>(root: string, language?: string): T {
  const read = (name: string) => JSON.parse(fs.readFileSync(path.join(root, name), 'utf8'));
  return localizeManifest(read('package.json') as T, read(language ? `package.nls.${language}.json` : 'package.nls.json') as Nls);
}
