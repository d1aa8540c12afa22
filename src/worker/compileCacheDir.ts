/**
 * Where Node's compile cache of the worker bundle lives: one folder per build of the bundle under the extension's
 * global storage. Node keys its entries by the bundle's content, so every update of ClaimLens would leave the last
 * one's (about a megabyte) behind forever; a folder per build lets the others be removed. No vscode: plain paths.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

const ROOT = 'compile-cache';

/** The cache folder of the bundle whose build is `stamp` (its size and time), under `storage`. */
export function compileCacheFolder(storage: string, stamp: string): string {
  return path.join(storage, ROOT, stamp.replace(/[^0-9A-Za-z]+/g, '-'));
}

/** Removes every other build's cache folder (and a cache Node wrote straight into the root before there were folders). */
export async function removeOtherCompileCaches(keep: string): Promise<void> {
  const root = path.dirname(keep);
  let names: string[];
  try {
    names = await fs.readdir(root);
  } catch {
    return;
  }
  await Promise.all(names.filter((n) => path.join(root, n) !== keep)
    .map((n) => fs.rm(path.join(root, n), { recursive: true, force: true }).catch(() => undefined)));
}
