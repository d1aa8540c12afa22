/**
 * The verdict commands of the workspace's scale: Mark Verdict… (a picker of the scale's verdicts,
 * or the `verdict` argument of a hover link), Mark by Key (the Ctrl+Alt+K letters: each letter
 * sets the verdict the scale gives it) and Re-map Verdict… (moves every review of one verdict,
 * typically one the scale no longer defines, to another verdict).
 */
import * as vscode from 'vscode';
import type { ArticleService } from '../articles/contracts';
import { verdictOfKey } from '../core/review/statusLook';
import { DEFAULT_VERDICT_SCALE, verdictById, type VerdictScale } from '../core/review/verdictScale';
import type { VerdictScales } from '../verdicts/verdictScales';
import { applyReview } from './applyReview';
import { CMD } from './ids';
import { promptTitle } from './promptText';
import { cancelled, type CommandResult, fail, nothing, type ReviewCommand } from './results';
import { normalizeArg, toUri } from './targets';
import { noVerdictForKey, verdictChoices, verdictsInUse } from './verdictChoices';

/** "1 review", "3 reviews". */
function itemsWord(n: number): string {
  return n === 1 ? vscode.l10n.t('1 review') : vscode.l10n.t('{0} reviews', n);
}

function documentUri(uri: vscode.Uri | string | undefined): vscode.Uri | undefined {
  return uri ? toUri(uri) : vscode.window.activeTextEditor?.document.uri;
}

async function pickVerdict(choices: ReturnType<typeof verdictChoices>, title: string, placeHolder: string): Promise<string | undefined> {
  const picked = await vscode.window.showQuickPick(choices.map((c) => ({ ...c })), { title, placeHolder, matchOnDescription: true });
  return picked?.verdict;
}

/** The refusal of a verdict id the scale does not define, naming the scale's verdicts. */
function notAVerdict(scale: VerdictScale, id: string): CommandResult {
  return fail(vscode.l10n.t('"{0}" is not a verdict of the scale ({1}).', id.slice(0, 40), scale.verdicts.map((v) => v.label).join(', ')));
}

export function markVerdictCommand(articles: ArticleService, scales: VerdictScales): ReviewCommand {
  return async (raw, extra) => {
    const arg = normalizeArg(raw, extra);
    const scale = scales.scaleFor(documentUri(arg.uri));
    if (arg.verdict !== undefined && !verdictById(scale, arg.verdict)) {
      return notAVerdict(scale, arg.verdict);
    }
    let label = '';
    return applyReview(articles, arg, async (items) => {
      const current = items.length === 1 ? items[0].status : undefined;
      const id = arg.verdict ?? await pickVerdict(verdictChoices(scale, current), promptTitle(vscode.l10n.t('Mark Verdict'), items), vscode.l10n.t('The verdict to give'));
      if (id === undefined) return undefined;
      label = verdictById(scale, id)?.label ?? id;
      return { status: id };
    }, (n) => (n === 1 ? vscode.l10n.t('Marked claim {0}.', label) : vscode.l10n.t('Marked {0} claims {1}.', n, label)));
  };
}

/** The built-in commands behind the default verdicts' letters: they ask for a source or a note. */
const DEFAULT_KEY_COMMANDS: Readonly<Record<string, string>> = { sourced: CMD.markSourced, disputed: CMD.markDisputed, unverified: CMD.markUnverified };

export function markVerdictByKeyCommand(articles: ArticleService, scales: VerdictScales): ReviewCommand {
  return async (raw, extra) => {
    const arg = normalizeArg(raw, extra);
    const letter = (arg.letter ?? '').slice(0, 1);
    const scale = scales.scaleFor(documentUri(arg.uri));
    const verdict = letter ? verdictOfKey(scale, letter) : undefined;
    if (!verdict) return nothing(letter ? noVerdictForKey(letter, scale) : vscode.l10n.t('Mark by Key needs a letter.'));
    // The default scale's verdicts keep their own commands (Sourced asks for a source, Disputed for a note).
    const builtIn = verdictById(DEFAULT_VERDICT_SCALE, verdict.id);
    if (builtIn && builtIn.label === verdict.label && DEFAULT_KEY_COMMANDS[verdict.id]) {
      return (await vscode.commands.executeCommand<CommandResult>(DEFAULT_KEY_COMMANDS[verdict.id], raw, extra));
    }
    return markVerdictCommand(articles, scales)({ ...arg, verdict: verdict.id }, undefined);
  };
}

export function remapVerdictCommand(articles: ArticleService, scales: VerdictScales): ReviewCommand {
  return async (raw, extra) => {
    const arg = normalizeArg(raw, extra);
    const uri = documentUri(arg.uri);
    const state = uri && articles.get(uri);
    if (!uri || !state) return nothing(vscode.l10n.t('Open an article first.'));
    if (state.readOnlyReason) return fail(state.readOnlyReason);
    const scale = scales.scaleFor(uri);
    const inUse = verdictsInUse(state.items, scale);
    if (inUse.length === 0) return nothing(vscode.l10n.t('no review of this article has a verdict to re-map.'));
    let from = arg.from;
    if (from === undefined) {
      const picked = await vscode.window.showQuickPick(inUse.map((u) => ({
        label: u.unknown ? `$(warning) ${u.label}` : u.label,
        description: u.unknown ? vscode.l10n.t('{0} · not in the verdict scale', itemsWord(u.keys.length)) : itemsWord(u.keys.length),
        status: u.status,
      })), { title: vscode.l10n.t('ClaimLens · Re-map Verdict'), placeHolder: vscode.l10n.t('The verdict whose reviews to move') });
      if (!picked) return cancelled();
      from = picked.status;
    }
    const source = inUse.find((u) => u.status === from);
    if (!source) return nothing(vscode.l10n.t('no review of this article has the verdict "{0}".', from.slice(0, 40)));
    const target = arg.verdict ?? await pickVerdict(verdictChoices(scale, undefined, from), vscode.l10n.t('ClaimLens · Re-map {0}', source.label),
      vscode.l10n.t('The verdict for its {0}', itemsWord(source.keys.length)));
    if (target === undefined) return cancelled();
    const verdict = verdictById(scale, target);
    if (!verdict) return notAVerdict(scale, target);
    // A rename of the verdict, not a new look at the text: a review flagged "changed since" stays flagged.
    return applyReview(articles, { uri, keys: source.keys }, async () => ({ status: verdict.id, renamesVerdict: true }),
      (n) => (n === 1 ? vscode.l10n.t('Re-mapped 1 review to {0}.', verdict.label) : vscode.l10n.t('Re-mapped {0} reviews to {1}.', n, verdict.label)));
  };
}

/**
 * A default verdict's own command (Mark as Sourced…, …) under a scale without that verdict would
 * write a verdict the scale does not know: it says so and points to Mark Verdict… instead.
 */
export function onlyInScale(scales: VerdictScales, verdict: string, run: ReviewCommand): ReviewCommand {
  return async (raw, extra) => {
    const arg = normalizeArg(raw, extra);
    const scale = scales.scaleFor(documentUri(arg.uri));
    if (verdictById(scale, verdict)) return run(raw, extra);
    return nothing(vscode.l10n.t('the workspace\'s verdict scale (.claimlens/verdicts.json) has no "{0}" verdict; use Mark Verdict… ({1}).', verdict, scale.verdicts.map((v) => v.label).join(', ')));
  };
}
