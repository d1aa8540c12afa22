/**
 * Globs such as `**\/seeds/**\/*.txt` match files inside a folder named `seeds` below the workspace
 * folder, and VS Code matches them against paths relative to the workspace folder: when `seeds/`
 * itself is the opened folder, nothing matches. For a workspace folder named like such a part, the
 * part's remainder (`**\/*.txt`) is searched relative to it as well. Pure (no vscode).
 */

/** The top-level alternatives of a glob: `{a,b/{c,d}}` → `a`, `b/{c,d}`; a glob without braces → itself. */
export function globAlternatives(glob: string): string[] {
  const g = glob.trim();
  if (!g.startsWith('{') || !g.endsWith('}')) return [g];
  const inner = g.slice(1, -1);
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if (ch === ',' && depth === 0) {
      out.push(inner.slice(from, i));
      from = i + 1;
    }
  }
  out.push(inner.slice(from));
  return out.map((s) => s.trim()).filter(Boolean);
}

/** Globs to search relative to a workspace folder named `folderName`, besides `glob` itself. */
export function folderRootGlobs(glob: string, folderName: string): string[] {
  const extra: string[] = [];
  for (const alt of globAlternatives(glob)) {
    const m = /^\*\*\/([^/*?{}[\]]+)\/(.+)$/.exec(alt);
    if (m && m[1] === folderName) extra.push(m[2]);
  }
  return [...new Set(extra)];
}
