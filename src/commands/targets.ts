/**
 * Works out which review items a command acts on. Commands accept, in order of precedence:
 * `{uri, keys}` / `{uri, key}` (bulk, from the sidebar or a hover link, uri as Uri or string),
 * a ReviewItem-like `{key}` or an array of them (tree multi-select), a bare key string
 * (active editor), or nothing: the claim at the cursor, or every claim in each selection (quotes
 * when there is no claim there).
 * Extra fields (`url`, `title`, `note`) let tests and other views skip the input boxes.
 */
import * as vscode from 'vscode';
import type { ReviewItem } from '../core/review/types';
import type { ArticleService } from '../articles/contracts';

export interface CommandArg {
  uri?: vscode.Uri | string;
  key?: string;
  keys?: string[];
  url?: string;
  title?: string;
  note?: string;
  /** Mark Verdict: the verdict id to set (skips the picker). */
  verdict?: string;
  /** Mark by Key: the letter after Ctrl+Alt+K. */
  letter?: string;
  /** Re-map Verdict: the verdict id to re-map (skips the first picker). */
  from?: string;
}

export interface Targets {
  uri: vscode.Uri;
  items: ReviewItem[];
}

export function normalizeArg(arg: unknown, extra?: unknown): CommandArg {
  if (typeof arg === 'string') return { key: arg };
  if (Array.isArray(arg)) return { keys: arg.flatMap((a) => keysOf(a)) };
  // Tree views pass (clicked, allSelected): prefer the whole selection.
  if (Array.isArray(extra) && extra.length > 1) {
    const base = isObject(arg) ? (arg as CommandArg) : {};
    return { ...pickOptions(base), uri: base.uri, keys: extra.flatMap((a) => keysOf(a)) };
  }
  if (isObject(arg)) {
    const a = arg as Record<string, unknown>;
    return {
      uri: a.uri instanceof vscode.Uri || typeof a.uri === 'string' ? (a.uri as vscode.Uri | string) : undefined,
      key: typeof a.key === 'string' ? a.key : undefined,
      keys: Array.isArray(a.keys) ? a.keys.filter((k): k is string => typeof k === 'string') : undefined,
      ...pickOptions(a),
    };
  }
  return {};
}

function pickOptions(a: Record<string, unknown> | CommandArg): Pick<CommandArg, 'url' | 'title' | 'note' | 'verdict' | 'letter' | 'from'> {
  const r = a as Record<string, unknown>;
  const text = (k: string) => (typeof r[k] === 'string' ? (r[k] as string) : undefined);
  return { url: text('url'), title: text('title'), note: text('note'), verdict: text('verdict'), letter: text('letter'), from: text('from') };
}

function keysOf(a: unknown): string[] {
  if (typeof a === 'string') return [a];
  if (isObject(a)) {
    const r = a as Record<string, unknown>;
    if (typeof r.key === 'string') return [r.key];
    if (Array.isArray(r.keys)) return r.keys.filter((k): k is string => typeof k === 'string');
  }
  return [];
}

function isObject(a: unknown): boolean {
  return typeof a === 'object' && a !== null;
}

export function toUri(u: vscode.Uri | string): vscode.Uri {
  return typeof u === 'string' ? vscode.Uri.parse(u) : u;
}

/** Resolves the items; a string is a message for the user (nothing to act on). */
export function resolveTargets(articles: ArticleService, arg: CommandArg): Targets | string {
  const explicitKeys = arg.keys ?? (arg.key ? [arg.key] : undefined);
  const editor = vscode.window.activeTextEditor;
  const uri = arg.uri ? toUri(arg.uri) : editor?.document.uri;
  if (!uri) return vscode.l10n.t('Open an article first.');
  const state = articles.get(uri);
  if (!state) return vscode.l10n.t('This file is not a ClaimLens article, or it is still being analysed.');
  if (explicitKeys) {
    const items = explicitKeys
      .map((k) => state.items.find((i) => i.key === k))
      .filter((i): i is ReviewItem => i !== undefined);
    return items.length > 0 ? { uri, items } : vscode.l10n.t('That claim is no longer in the article.');
  }
  if (!editor || editor.document.uri.toString() !== uri.toString()) return vscode.l10n.t('Open the article in an editor first.');
  const found = new Map<string, ReviewItem>();
  for (const sel of editor.selections) {
    const start = editor.document.offsetAt(sel.start);
    const end = editor.document.offsetAt(sel.end);
    const hits = articles.itemsAt(uri, start, end);
    // A quote inside a claim's sentence: act on the claim (the commands are about claims;
    // quotes have their own links in the hover and rows in the sidebar), or on the quote alone.
    const chosen = start === end ? atCursor(hits) : preferClaims(hits);
    for (const item of chosen) found.set(item.key, item);
  }
  const items = [...found.values()];
  return items.length > 0 ? { uri, items } : vscode.l10n.t('No claim or quote at the cursor.');
}

function atCursor(items: ReviewItem[]): ReviewItem[] {
  const withRange = preferClaims(items.filter((i) => i.range));
  return withRange.length === 0 ? [] : innermost(withRange);
}

/** The claims among the items, or the quotes when there is no claim. */
function preferClaims(items: ReviewItem[]): ReviewItem[] {
  const claims = items.filter((i) => i.kind === 'claim');
  return claims.length > 0 ? claims : items;
}

function innermost(withRange: ReviewItem[]): ReviewItem[] {
  const size = (i: ReviewItem) => i.range!.end - i.range!.start;
  return [withRange.reduce((a, b) => (size(b) < size(a) ? b : a))];
}
