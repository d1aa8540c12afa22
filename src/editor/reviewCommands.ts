/**
 * The review commands. Each acts on explicit keys (sidebar, hover links, code actions, tests)
 * or on the claim at the cursor / every claim in the selection, saves through the
 * ArticleService at once, tells the user what happened, and returns a CommandResult so callers
 * (and integration tests) can observe the outcome without spying on the UI.
 */
import * as vscode from 'vscode';
import type { ReviewChange, ReviewItem } from '../core/review/types';
import { validateSourceUrl } from '../core/review/sourceUrl';
import { STATUS_WORDS } from '../core/review/statuses';
import type { ArticleService } from '../workspace/contracts';
import { CMD } from './commandIds';
import { type CommandArg, normalizeArg, resolveTargets, toUri } from './targets';

export interface CommandResult {
  ok: boolean;
  /** What the user was told (also for "nothing to do"). */
  message: string;
  /** Keys acted on (for Add Claim: the new key; for navigation: the item moved to). */
  keys: string[];
  cancelled?: boolean;
}

export type ReviewCommand = (arg?: unknown, extra?: unknown) => Promise<CommandResult>;

/** Lets callers pass an Article Service extension with a sidecar path (for "Open Sidecar"). */
interface SidecarAware { sidecarPath?(uri: vscode.Uri): string | undefined }

export function createReviewCommands(articles: ArticleService & SidecarAware): Record<string, ReviewCommand> {
  const fail = (message: string): CommandResult => {
    void vscode.window.showWarningMessage(`ClaimLens: ${message}`);
    return { ok: false, message, keys: [] };
  };
  /** Nothing to act on: an information message, not a warning, and ok = false. */
  const nothing = (message: string): CommandResult => {
    void vscode.window.showInformationMessage(`ClaimLens: ${message}`);
    return { ok: false, message, keys: [] };
  };
  const cancelled = (): CommandResult => ({ ok: false, message: 'Cancelled.', keys: [], cancelled: true });

  /** Applies one change to the targets, reporting failures (read-only, I/O) instead of throwing. */
  async function apply(arg: CommandArg, change: (items: ReviewItem[]) => Promise<ReviewChange | undefined>, done: (n: number) => string) {
    const targets = resolveTargets(articles, arg);
    if (typeof targets === 'string') return nothing(targets);
    const state = articles.get(targets.uri);
    if (state?.readOnlyReason) return fail(state.readOnlyReason);
    const c = await change(targets.items);
    if (!c) return cancelled();
    const keys = targets.items.map((i) => i.key);
    try {
      await articles.review(targets.uri, keys, c);
    } catch (e) {
      return fail(e instanceof Error ? e.message : String(e));
    }
    const message = done(keys.length);
    // Confirm quietly: a notification per click would bury the reviewer.
    vscode.window.setStatusBarMessage(`ClaimLens: ${message}`, 3000);
    return { ok: true, message, keys };
  }

  const plural = (n: number) => (n === 1 ? 'claim' : `${n} claims`);

  async function askUrl(arg: CommandArg, prompt: string): Promise<{ url: string; title?: string } | string | undefined> {
    if (arg.url !== undefined) {
      const problem = urlProblem(arg.url);
      return problem ?? { url: arg.url.trim(), title: arg.title };
    }
    const url = await vscode.window.showInputBox({
      title: 'ClaimLens', prompt, placeHolder: 'https://…', ignoreFocusOut: true,
      validateInput: (v) => urlProblem(v),
    });
    return url === undefined ? undefined : { url: url.trim() };
  }

  async function askNote(arg: CommandArg, items: ReviewItem[], prompt: string): Promise<string | undefined> {
    if (arg.note !== undefined) return arg.note;
    const existing = items.length === 1 ? items[0].annotation?.note ?? '' : '';
    return vscode.window.showInputBox({ title: 'ClaimLens', prompt, value: existing, ignoreFocusOut: true });
  }

  const setStatus = (status: ReviewChange['status']): ReviewCommand => async (raw, extra) =>
    apply(normalizeArg(raw, extra), async () => ({ status }), (n) => `Marked ${plural(n)} ${STATUS_WORDS[status!].label.toLowerCase()}.`);

  /** Shared by Mark as Sourced and Add Source: a validated URL, asked for when not given. */
  const withSource = (status: ReviewChange['status'] | undefined): ReviewCommand => async (raw, extra) => {
    const arg = normalizeArg(raw, extra);
    let problem: string | undefined;
    const result = await apply(arg, async () => {
      const src = await askUrl(arg, status ? 'Source URL that backs this claim' : 'Source URL to add');
      if (src === undefined) return undefined;
      if (typeof src === 'string') { problem = src; return undefined; }
      return { ...(status ? { status } : {}), addSource: src };
    }, (n) => (status ? `Marked ${plural(n)} sourced.` : `Added the source to ${plural(n)}.`));
    return problem ? fail(problem) : result;
  };

  const commands: Record<string, ReviewCommand> = {
    [CMD.markSourced]: withSource('sourced'),
    [CMD.addSource]: withSource(undefined),
    [CMD.markDisputed]: async (raw, extra) => {
      const arg = normalizeArg(raw, extra);
      return apply(arg, async (items) => {
        const note = await askNote(arg, items, 'Why is this disputed? (optional note)');
        if (note === undefined) return undefined;
        // An empty answer keeps any existing note rather than wiping it.
        return note.trim() ? { status: 'disputed', note } : { status: 'disputed' };
      }, (n) => `Marked ${plural(n)} disputed.`);
    },
    [CMD.markUnverified]: setStatus('unverified'),
    [CMD.clearStatus]: setStatus('unreviewed'),
    [CMD.dismiss]: setStatus('dismissed'),
    [CMD.editNote]: async (raw, extra) => {
      const arg = normalizeArg(raw, extra);
      return apply(arg, async (items) => {
        const note = await askNote(arg, items, 'Note for this claim (empty clears it)');
        return note === undefined ? undefined : { note };
      }, (n) => `Saved the note on ${plural(n)}.`);
    },
    [CMD.addClaimFromSelection]: async (raw) => {
      const arg = normalizeArg(raw);
      const editor = vscode.window.activeTextEditor;
      if (!editor) return nothing('Open an article and select the text of the claim.');
      const uri = arg.uri ? toUri(arg.uri) : editor.document.uri;
      const state = articles.get(uri);
      if (!state) return nothing('This file is not a ClaimLens article.');
      if (state.readOnlyReason) return fail(state.readOnlyReason);
      const sel = editor.selection;
      if (sel.isEmpty) return nothing('Select the text of the claim first.');
      try {
        const key = await articles.addClaim(uri, editor.document.offsetAt(sel.start), editor.document.offsetAt(sel.end));
        return { ok: true, message: 'Added the claim.', keys: [key] };
      } catch (e) {
        return fail(e instanceof Error ? e.message : String(e));
      }
    },
    [CMD.nextUnreviewed]: async () => navigate(articles, 1, nothing),
    [CMD.previousUnreviewed]: async () => navigate(articles, -1, nothing),
    [CMD.reanalyze]: async (raw) => {
      const arg = normalizeArg(raw);
      const uri = arg.uri ? toUri(arg.uri) : vscode.window.activeTextEditor?.document.uri;
      if (!uri || !articles.get(uri)) return nothing('Open an article first.');
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: 'ClaimLens: re-analysing' },
        () => articles.reanalyze(uri),
      );
      const n = articles.get(uri)?.items.length ?? 0;
      return { ok: true, message: `Re-analysed: ${n} claims and quotes.`, keys: [] };
    },
    [CMD.toggleDecorations]: async () => {
      const config = vscode.workspace.getConfiguration('claimlens');
      const enabled = config.get<boolean>('decorations.enabled', true) !== false;
      await config.update('decorations.enabled', !enabled, decidingTarget(config.inspect('decorations.enabled')));
      return { ok: true, message: enabled ? 'Decorations hidden.' : 'Decorations shown.', keys: [] };
    },
    [CMD.openSidecar]: async (raw) => {
      const arg = normalizeArg(raw);
      const uri = arg.uri ? toUri(arg.uri) : vscode.window.activeTextEditor?.document.uri;
      const sidecar = uri && articles.sidecarPath?.(uri);
      if (!sidecar) return nothing('Open an article first.');
      try {
        await vscode.window.showTextDocument(vscode.Uri.file(sidecar));
      } catch {
        return nothing('This article has no review file yet.');
      }
      return { ok: true, message: 'Opened the review file.', keys: [] };
    },
  };
  return commands;
}

function urlProblem(url: string): string | undefined {
  const check = validateSourceUrl(url);
  return check.ok ? undefined : check.error;
}

/**
 * Moves the cursor to the next / previous unreviewed claim, wrapping around. Quotes are not
 * stops: most sit inside a claim's sentence, and the cursor commands act on that claim.
 */
function navigate(
  articles: ArticleService, direction: 1 | -1, nothing: (m: string) => CommandResult,
): CommandResult {
  const editor = vscode.window.activeTextEditor;
  const state = editor && articles.get(editor.document.uri);
  if (!editor || !state) return nothing('Open an article first.');
  const queue = state.items
    .filter((i) => i.kind === 'claim' && i.status === 'unreviewed' && i.range && !i.orphaned)
    .sort((a, b) => a.range!.start - b.range!.start || a.range!.end - b.range!.end);
  if (queue.length === 0) return nothing('No unreviewed claims left in this article.');
  const at = editor.document.offsetAt(editor.selection.start);
  let target = direction === 1
    ? queue.find((i) => i.range!.start > at)
    : [...queue].reverse().find((i) => i.range!.start < at);
  let wrapped = false;
  if (!target) {
    target = direction === 1 ? queue[0] : queue[queue.length - 1];
    wrapped = true;
  }
  const pos = editor.document.positionAt(target.range!.start);
  editor.selection = new vscode.Selection(pos, pos);
  editor.revealRange(new vscode.Range(pos, editor.document.positionAt(target.range!.end)),
    vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  const message = wrapped ? 'Wrapped around to the other end of the article.' : 'Moved to the next unreviewed claim.';
  if (wrapped) void vscode.window.setStatusBarMessage(`ClaimLens: ${message}`, 3000);
  return { ok: true, message, keys: [target.key] };
}

export function registerReviewCommands(context: vscode.ExtensionContext, commands: Record<string, ReviewCommand>): void {
  for (const [id, run] of Object.entries(commands)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, run));
  }
}

/**
 * The settings level that decides the value: writing the user setting while the workspace
 * overrides it would change nothing on screen. The setting is window-scoped, so folder values
 * only count in a single-folder window, where they are the workspace's settings.
 */
function decidingTarget(i: { workspaceFolderValue?: unknown; workspaceValue?: unknown } | undefined): vscode.ConfigurationTarget {
  if (i?.workspaceValue !== undefined || i?.workspaceFolderValue !== undefined) return vscode.ConfigurationTarget.Workspace;
  return vscode.ConfigurationTarget.Global;
}
