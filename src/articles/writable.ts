/**
 * Whether reviews for an article can be written: the sidecar (if present) and its folder must
 * be writable. Checked up front so the user learns it when opening the article, not on the
 * first lost click. (Write errors are still caught at save time: root ignores mode bits.)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export function unwritableReason(sidecarPath: string): string | undefined {
  const dir = path.dirname(sidecarPath);
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    return `The folder ${dir} is read-only: ClaimLens can show claims but cannot save reviews there.`;
  }
  try {
    fs.accessSync(sidecarPath, fs.constants.W_OK);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
      return `The review file ${path.basename(sidecarPath)} is read-only: reviewing is disabled for this article.`;
    }
  }
  return undefined;
}
