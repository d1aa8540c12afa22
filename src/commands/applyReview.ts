/**
 * The shared step of every review command that changes items: find the targets (explicit keys, or
 * the claim at the cursor / every claim in the selection), ask for what is missing, save through
 * the ArticleService at once, and report read-only folders and I/O errors instead of throwing.
 */
import * as vscode from 'vscode';
import type { ArticleService } from '../articles/contracts';
import type { ReviewChange, ReviewItem } from '../core/review/types';
import { cancelled, type CommandResult, errorMessage, fail, nothing, succeeded } from './results';
import { type CommandArg, resolveTargets } from './targets';

/** Builds the change for the targets (asking the user if need be); undefined = cancelled. */
export type ChangeFor = (items: ReviewItem[]) => Promise<ReviewChange | undefined>;

export async function applyReview(
  articles: ArticleService, arg: CommandArg, change: ChangeFor, done: (n: number) => string,
): Promise<CommandResult> {
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
    return fail(errorMessage(e));
  }
  const message = done(keys.length);
  // Confirm quietly: a notification per click would bury the reviewer.
  vscode.window.setStatusBarMessage(vscode.l10n.t('ClaimLens: {0}', message), 3000);
  return succeeded(message, keys);
}
