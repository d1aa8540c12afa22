/** The review sidecar lives beside its article: `article.txt` → `article.txt.claimlens.json`. */
export const SIDECAR_SUFFIX = '.claimlens.json';

export function sidecarPathFor(articlePath: string): string {
  return articlePath + SIDECAR_SUFFIX;
}

export function isSidecarPath(path: string): boolean {
  return path.endsWith(SIDECAR_SUFFIX);
}

/** `article.txt.claimlens.json` → `article.txt`; undefined for any other path. */
export function articlePathFor(sidecarPath: string): string | undefined {
  return isSidecarPath(sidecarPath) ? sidecarPath.slice(0, -SIDECAR_SUFFIX.length) : undefined;
}
