/**
 * ClaimLens: Open Seed Article… — a quick pick of the seed articles bundled with the extension and
 * of the workspace's articles (`claimlens.seedGlob`). A bundled seed is first copied somewhere
 * writable (see seeds.ts) and a message says where; then the article opens with the news-article
 * language (Markdown articles keep Markdown, which ClaimLens reads too).
 *
 * Tests and links may pass an argument instead of picking: a bundled seed's file name
 * ('000_f9e8f79b6daea75d.txt') or the Uri of a workspace file. The command returns what it opened.
 */
import * as vscode from 'vscode';
import { OPEN_SEED_COMMAND } from '../commands/ids';
import { BUNDLED_SEEDS } from './bundledSeeds';
import { readSettings } from '../settings/settings';
import {
  copyMessage, copySeed, type CopyTarget, isSeedFileName, SEED_COPY_FOLDER, type SeedFileStore, seedTitle,
} from './seeds';

export const NEWS_ARTICLE_LANGUAGE = 'news-article';
/** Same default as package.json's `claimlens.seedGlob`. */
export const DEFAULT_SEED_GLOB = '{**/*.article,**/seeds/**/*.txt,**/claimlens-seeds/**/*.txt}';
/** Enough for a newsroom folder; the pick stays responsive. */
const MAX_WORKSPACE_FILES = 500;
/** A seed bigger than this is not an article (and would freeze the pick while read). */
const MAX_SEED_BYTES = 5 * 1024 * 1024;

export interface OpenSeedResult {
  readonly uri: vscode.Uri;
  readonly languageId: string;
  /** For a bundled seed: whether it was copied now or an existing copy was opened. */
  readonly copy?: 'copied' | 'existing';
}

interface BundledSeed {
  readonly name: string;
  readonly uri: vscode.Uri;
  readonly title: string;
}

type SeedPick = vscode.QuickPickItem & ({ readonly seed: BundledSeed } | { readonly file: vscode.Uri });

export function registerOpenSeedCommand(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(OPEN_SEED_COMMAND, async (arg?: unknown): Promise<OpenSeedResult | undefined> => {
      try {
        return await openSeed(context, arg);
      } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('ClaimLens: {0}', error instanceof Error ? error.message : String(error)));
        return undefined;
      }
    }),
  );
}

async function openSeed(context: vscode.ExtensionContext, arg: unknown): Promise<OpenSeedResult | undefined> {
  if (arg instanceof vscode.Uri) return openArticle(arg);
  if (typeof arg === 'string') {
    const seed = (await bundledSeeds(context)).find((s) => s.name === arg);
    if (!seed) throw new Error(vscode.l10n.t('No bundled seed article named {0}.', arg));
    return openBundled(context, seed);
  }
  const picked = await vscode.window.showQuickPick(pickItems(context), {
    title: vscode.l10n.t('Open Seed Article'),
    placeHolder: vscode.l10n.t('Pick a bundled seed (copied before opening) or an article of the workspace'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!picked) return undefined;
  return 'seed' in picked ? openBundled(context, picked.seed) : openArticle(picked.file);
}

async function pickItems(context: vscode.ExtensionContext): Promise<SeedPick[]> {
  const [seeds, files] = await Promise.all([bundledSeeds(context), workspaceArticles()]);
  const copyFolder = workspaceCopyFolder();
  // A workspace copy of a bundled seed is reached through the bundled item (which says so).
  const copies = new Set(seeds.map((s) => (copyFolder ? vscode.Uri.joinPath(copyFolder, s.name).toString() : '')));
  const items: SeedPick[] = [];
  if (seeds.length > 0) items.push({ label: vscode.l10n.t('Bundled with ClaimLens'), kind: vscode.QuickPickItemKind.Separator } as SeedPick);
  for (const seed of seeds) {
    items.push({
      label: `$(book) ${seed.title}`,
      description: vscode.l10n.t('bundled seed · {0}', seed.name),
      detail: copyFolder ? vscode.l10n.t('Opens a copy in {0}/ of the workspace', SEED_COPY_FOLDER) : vscode.l10n.t('Opens a copy in ClaimLens storage'),
      seed,
    });
  }
  const workspaceFiles = files.filter((f) => !copies.has(f.toString()));
  if (workspaceFiles.length > 0) items.push({ label: vscode.l10n.t('Workspace articles'), kind: vscode.QuickPickItemKind.Separator } as SeedPick);
  for (const file of workspaceFiles) {
    const relative = vscode.workspace.asRelativePath(file, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
    const slash = relative.lastIndexOf('/');
    items.push({
      label: `$(file) ${relative.slice(slash + 1)}`,
      description: slash > 0 ? relative.slice(0, slash) : undefined,
      file,
    });
  }
  if (items.length === 0) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('ClaimLens: no seed articles found (no bundled seeds, and no workspace file matches the claimlens.seedGlob setting).'),
    );
  }
  return items;
}

/** The bundled seeds (./bundledSeeds.ts, never whatever else is in seeds/), titled by their headline. */
async function bundledSeeds(context: vscode.ExtensionContext): Promise<BundledSeed[]> {
  const folder = vscode.Uri.joinPath(context.extensionUri, 'seeds');
  const seeds: BundledSeed[] = [];
  for (const name of [...BUNDLED_SEEDS].sort((a, b) => a.localeCompare(b))) {
    if (!isSeedFileName(name)) continue;
    const uri = vscode.Uri.joinPath(folder, name);
    let title: string | undefined;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (!(stat.type & vscode.FileType.File) || stat.size > MAX_SEED_BYTES) continue;
      title = seedTitle(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
    } catch {
      continue; // A build without seeds: only workspace articles are offered.
    }
    seeds.push({ name, uri, title: title ?? name });
  }
  return seeds;
}

async function workspaceArticles(): Promise<vscode.Uri[]> {
  if (!vscode.workspace.workspaceFolders?.length) return [];
  const configured = vscode.workspace.getConfiguration('claimlens').get<string>('seedGlob', DEFAULT_SEED_GLOB);
  const glob = typeof configured === 'string' && configured.trim() ? configured.trim() : DEFAULT_SEED_GLOB;
  const files = await vscode.workspace.findFiles(glob, '**/{node_modules,.git}/**', MAX_WORKSPACE_FILES);
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

function workspaceCopyFolder(): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, SEED_COPY_FOLDER) : undefined;
}

async function openBundled(context: vscode.ExtensionContext, seed: BundledSeed): Promise<OpenSeedResult> {
  const targets: CopyTarget<vscode.Uri>[] = [];
  const copyFolder = workspaceCopyFolder();
  if (copyFolder) targets.push({ folder: copyFolder, label: vscode.l10n.t('the workspace folder') });
  // No folder open, or a read-only one: ClaimLens's own storage is always writable.
  targets.push({ folder: vscode.Uri.joinPath(context.globalStorageUri, 'seeds'), label: vscode.l10n.t('ClaimLens storage') });
  const bytes = await vscode.workspace.fs.readFile(seed.uri);
  const result = await copySeed(uriStore, seed.name, bytes, targets);
  const where = result.target.folder === copyFolder
    ? vscode.l10n.t('{0} in the workspace', vscode.workspace.asRelativePath(result.location, false))
    : copyFolder
      ? vscode.l10n.t('{0} (ClaimLens storage: the workspace folder is not writable)', displayPath(result.location))
      : vscode.l10n.t('{0} (ClaimLens storage: no folder is open)', displayPath(result.location));
  void vscode.window.showInformationMessage(copyMessage(result, where));
  const opened = await openArticle(result.location);
  return { ...opened, copy: result.kind };
}

async function openArticle(uri: vscode.Uri): Promise<OpenSeedResult> {
  let document = await vscode.workspace.openTextDocument(uri);
  if (document.languageId !== NEWS_ARTICLE_LANGUAGE && !keepsLanguage(document)) {
    document = await vscode.languages.setTextDocumentLanguage(document, NEWS_ARTICLE_LANGUAGE);
  }
  await vscode.window.showTextDocument(document, { preview: false });
  return { uri: document.uri, languageId: document.languageId };
}

/** Markdown (or any non-plain-text language ClaimLens is set to work on) keeps its own highlighting. */
function keepsLanguage(document: vscode.TextDocument): boolean {
  return document.languageId !== 'plaintext' && readSettings(document.uri).languages.includes(document.languageId);
}

function displayPath(uri: vscode.Uri): string {
  return uri.scheme === 'file' ? uri.fsPath : uri.toString(true);
}

/** seeds.ts's file operations over vscode.workspace.fs (works for local, remote and virtual folders). */
const uriStore: SeedFileStore<vscode.Uri> = {
  async stat(uri) {
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      return stat.type & vscode.FileType.Directory ? 'directory' : 'file';
    } catch (error) {
      // Not every file system provider throws a typed FileSystemError for a missing file.
      const code = error instanceof vscode.FileSystemError ? error.code : '';
      if (code === 'FileNotFound' || /ENOENT|EntryNotFound|FileNotFound/.test(String(error))) return undefined;
      throw error;
    }
  },
  read: (uri) => Promise.resolve(vscode.workspace.fs.readFile(uri)),
  createDirectory: (uri) => Promise.resolve(vscode.workspace.fs.createDirectory(uri)),
  write: (uri, bytes) => Promise.resolve(vscode.workspace.fs.writeFile(uri, bytes)),
  join: (folder, name) => vscode.Uri.joinPath(folder, name),
};
