/**
 * Whether reviews for an article can be written: the sidecar (if present) and its folder must
 * be writable. Checked up front so the user learns it when opening the article, not on the
 * first lost click. (Write errors are still caught at save time: root ignores mode bits.)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { l10n } from '../l10n/l10n';

export function unwritableReason(sidecarPath: string): string | undefined {
  const dir = path.dirname(sidecarPath);
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    return l10n.t('The folder {0} is read-only: ClaimLens can show claims but cannot save reviews there.', dir);
  }
  try {
    fs.accessSync(sidecarPath, fs.constants.W_OK);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
      return l10n.t('The review file {0} is read-only: reviewing is disabled for this article.', path.basename(sidecarPath));
    }
  }
  return undefined;
}
