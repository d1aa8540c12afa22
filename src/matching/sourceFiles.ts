/**
 * The archive and review files "checked before" indexes, as the match worker is sent them, free of vscode (the
 * service passes workspace.fs in): each named by the platform (a local path on the desktop, where the worker reads
 * it; a URI string on the web), with its modification time, and, where the worker cannot read files (the web
 * build), its text read here. A file that cannot be read is reported and left out; the others are indexed.
 */
import type { MatchSourceFile } from '../worker/matchProtocol';

export interface SourceFileAccess<U> {
  /** The file's name in the index; undefined: not indexed on this platform (the desktop worker reads local files only). */
  pathOf(uri: U): string | undefined;
  /** Modification time (ms); rejects when the file is gone. */
  mtime(uri: U): PromiseLike<number>;
  /** The file's text, for a worker that cannot read it itself; rejects with why not (too large, unreadable). */
  readText?(uri: U): PromiseLike<string>;
}

export type SourceFileResult = { file: MatchSourceFile } | { gone: string } | { path: string; error: string } | undefined;

/** One file as the worker is sent it; `gone` when it no longer exists; undefined when this platform does not index it. */
export async function sourceFileOf<U>(uri: U, access: SourceFileAccess<U>): Promise<SourceFileResult> {
  const path = access.pathOf(uri);
  if (path === undefined) return undefined;
  let mtime: number;
  try {
    mtime = await access.mtime(uri);
  } catch {
    return { gone: path };
  }
  if (!access.readText) return { file: { path, mtime } };
  try {
    return { file: { path, mtime, text: await access.readText(uri) } };
  } catch (error) {
    return { path, error: `cannot read (${error instanceof Error ? error.message : String(error)})` };
  }
}

/** Every file of the list once (by its name in the index); those that cannot be read go to `problem`. */
export async function collectSourceFiles<U>(uris: readonly U[], access: SourceFileAccess<U>, problem: (path: string, message: string) => void): Promise<MatchSourceFile[]> {
  const unique = [...new Map(uris.flatMap((u) => {
    const path = access.pathOf(u);
    return path === undefined ? [] : [[path, u] as const];
  })).values()];
  const results = await Promise.all(unique.map((u) => sourceFileOf(u, access)));
  return results.flatMap((r) => {
    if (r && 'file' in r) return [r.file];
    if (r && 'error' in r) problem(r.path, r.error);
    return [];
  });
}
