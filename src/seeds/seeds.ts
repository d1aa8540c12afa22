/**
 * Bundled seed articles, without VS Code: which files of the extension's seeds/ folder count as
 * articles, how a quick-pick label is made from an article's first line, and how a bundled seed is
 * copied somewhere writable. A seed is never opened inside the installed extension (edits and the
 * review sidecar would land there and vanish on the next update), and a copy someone already has
 * is never written over: it may hold their edits.
 */
import { isSidecarPath } from '../core/review/sidecarPath';
import { l10n } from '../l10n/l10n';

/** File kinds a bundled seed may have (the news-article grammar applies to all of them). */
const SEED_FILE = /\.(txt|article|md)$/i;

/** Folder a bundled seed is copied to, inside the first workspace folder. */
export const SEED_COPY_FOLDER = 'claimlens-seeds';

export function isSeedFileName(name: string): boolean {
  return SEED_FILE.test(name) && !name.startsWith('.') && !isSidecarPath(name);
}

/** The headline: first non-blank line, whitespace squeezed, cut to `max` characters. */
export function seedTitle(text: string, max = 80): string | undefined {
  const line = text.replace(/^\uFEFF/, '').split(/\r?\n/).find((l) => l.trim() !== '');
  if (line === undefined) return undefined;
  const title = line.replace(/\s+/g, ' ').trim();
  return title.length > max ? `${title.slice(0, max - 1).trimEnd()}…` : title;
}

/** The few file operations the copy needs; `L` is the location type (a Uri in VS Code, a string in tests). */
export interface SeedFileStore<L> {
  /** 'file', 'directory', or undefined when nothing is there. */
  stat(location: L): Promise<'file' | 'directory' | undefined>;
  read(location: L): Promise<Uint8Array>;
  /** Creates the folder and its parents; fine when it exists. */
  createDirectory(location: L): Promise<void>;
  write(location: L, bytes: Uint8Array): Promise<void>;
  join(folder: L, name: string): L;
}

/** A writable folder to copy into, e.g. the workspace's claimlens-seeds/ or the extension's global storage. */
export interface CopyTarget<L> {
  readonly folder: L;
  /** How error messages name the place, e.g. "the workspace folder". */
  readonly label: string;
}

export type SeedCopyResult<L> =
  /** Freshly copied. */
  | { readonly kind: 'copied'; readonly location: L; readonly target: CopyTarget<L> }
  /** A copy was already there and is opened as it is; `edited`: it differs from the bundled seed. */
  | { readonly kind: 'existing'; readonly location: L; readonly target: CopyTarget<L>; readonly edited: boolean };

/**
 * Copies `seed` (named `name`) into the first target it can use: a target that already holds a copy
 * wins (that copy is kept as it is); a target that cannot be written is skipped for the next one.
 * Throws with every target's reason when none works.
 */
export async function copySeed<L>(
  store: SeedFileStore<L>, name: string, seed: Uint8Array, targets: readonly CopyTarget<L>[],
): Promise<SeedCopyResult<L>> {
  if (!isSeedFileName(name) || /[\\/]/.test(name)) throw new Error(l10n.t('"{0}" is not a seed article file name.', name));
  const problems: string[] = [];
  for (const target of targets) {
    const location = store.join(target.folder, name);
    try {
      const existing = await store.stat(location);
      if (existing === 'directory') throw new Error(l10n.t('{0} there is a folder, not a file', name));
      if (existing === 'file') {
        const edited = !sameBytes(await store.read(location), seed);
        return { kind: 'existing', location, target, edited };
      }
      await store.createDirectory(target.folder);
      await store.write(location, seed);
      return { kind: 'copied', location, target };
    } catch (error) {
      problems.push(`${target.label}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  throw new Error(
    targets.length === 0
      ? l10n.t('No writable place to copy the seed article {0} to.', name)
      : l10n.t('Could not copy the seed article {0} anywhere writable ({1}).', name, problems.join('; ')),
  );
}

/** The message telling the user where the seed went (place first: a toast shows one line); `where`
 * names the copy, e.g. "claimlens-seeds/x.txt in the workspace". */
export function copyMessage<L>(result: SeedCopyResult<L>, where: string): string {
  if (result.kind === 'copied') return l10n.t('ClaimLens: seed article copied to {0}, so your reviews can be saved beside it.', where);
  return result.edited
    ? l10n.t('ClaimLens: opened your edited copy {0}; the bundled seed was not copied over it.', where)
    : l10n.t('ClaimLens: opened your copy of the seed article, {0}.', where);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
