/**
 * `node:path` in the web build (esbuild alias, scripts/build.mjs): POSIX paths, which is what the shared code
 * hands it there (URI strings and their paths). Only what src/ uses.
 */
export const sep = '/';

function normalizeParts(path: string): string {
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (!part || part === '.') continue;
    if (part === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
    } else out.push(part);
  }
  const joined = out.join('/');
  return absolute ? `/${joined}` : joined || '.';
}

export function isAbsolute(path: string): boolean {
  return path.startsWith('/');
}

export function join(...parts: string[]): string {
  return normalizeParts(parts.filter((p) => p).join('/'));
}

/** There is no working folder in a browser: relative paths resolve against the root. */
export function resolve(...parts: string[]): string {
  let path = '';
  for (const part of parts) path = isAbsolute(part) ? part : `${path}/${part}`;
  return normalizeParts(isAbsolute(path) ? path : `/${path}`);
}

export function basename(path: string, ext?: string): string {
  const trimmed = path.replace(/\/+$/, '');
  const base = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  return ext && base.endsWith(ext) && base !== ext ? base.slice(0, -ext.length) : base;
}

export function dirname(path: string): string {
  const trimmed = path.replace(/\/+$/, '') || '/';
  const i = trimmed.lastIndexOf('/');
  if (i < 0) return '.';
  return i === 0 ? '/' : trimmed.slice(0, i);
}

export function extname(path: string): string {
  const base = basename(path);
  const i = base.lastIndexOf('.');
  return i <= 0 ? '' : base.slice(i);
}

export default { sep, isAbsolute, join, resolve, basename, dirname, extname };
