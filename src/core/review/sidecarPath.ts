/**
 * The one sidecar-path rule: the reviews of `article.txt` live beside it in
 * `article.txt.claimlens.json`. Used by the store, the CLI (which never takes a sidecar for an
 * article) and the Workspace view (which lists articles by their sidecars).
 */
export const SIDECAR_SUFFIX = '.claimlens.json';

export function sidecarPathFor(articlePath: string): string {
  return articlePath + SIDECAR_SUFFIX;
}

/** A path ending in the suffix with something before it (a bare `.claimlens.json` belongs to no article). */
export function isSidecarPath(path: string): boolean {
  return path.endsWith(SIDECAR_SUFFIX) && path.length > SIDECAR_SUFFIX.length;
}

/** `article.txt.claimlens.json` → `article.txt`; undefined for any other path. */
export function articlePathFor(sidecarPath: string): string | undefined {
  return isSidecarPath(sidecarPath) ? sidecarPath.slice(0, -SIDECAR_SUFFIX.length) : undefined;
}
