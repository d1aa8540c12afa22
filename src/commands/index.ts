/**
 * The review commands by id. Each acts on explicit keys (sidebar, hover links, code actions,
 * tests) or on the claim at the cursor / every claim in the selection (./targets), saves through
 * the ArticleService at once and returns a CommandResult (./results). Ids: ./ids.
 */
import * as vscode from 'vscode';
import type { ArticleService } from '../articles/contracts';
import { addClaimCommand } from './addClaim';
import { openSidecarCommand, reanalyzeCommand } from './article';
import { CMD } from './ids';
import { navigateCommand } from './navigate';
import { editNoteCommand } from './note';
import type { ReviewCommand } from './results';
import { sourceCommand } from './sources';
import { correctSpeakerCommand } from './speaker';
import { markDisputedCommand, setStatusCommand } from './status';
import { toggleDecorationsCommand } from './toggleDecorations';
import { markVerdictByKeyCommand, markVerdictCommand, onlyInScale, remapVerdictCommand } from './verdict';
import type { VerdictScales } from '../verdicts/verdictScales';

export type { CommandResult, ReviewCommand } from './results';

export function createReviewCommands(articles: ArticleService, scales: VerdictScales): Record<string, ReviewCommand> {
  return {
    [CMD.markSourced]: onlyInScale(scales, 'sourced', sourceCommand(articles, true)),
    [CMD.addSource]: sourceCommand(articles, false),
    [CMD.markDisputed]: onlyInScale(scales, 'disputed', markDisputedCommand(articles)),
    [CMD.markUnverified]: onlyInScale(scales, 'unverified', setStatusCommand(articles, 'unverified')),
    [CMD.clearStatus]: setStatusCommand(articles, 'unreviewed'),
    [CMD.dismiss]: setStatusCommand(articles, 'dismissed'),
    [CMD.editNote]: editNoteCommand(articles),
    [CMD.addClaimFromSelection]: addClaimCommand(articles),
    [CMD.nextUnreviewed]: navigateCommand(articles, 1),
    [CMD.previousUnreviewed]: navigateCommand(articles, -1),
    [CMD.reanalyze]: reanalyzeCommand(articles),
    [CMD.toggleDecorations]: toggleDecorationsCommand(),
    [CMD.openSidecar]: openSidecarCommand(articles),
    [CMD.correctSpeaker]: correctSpeakerCommand(articles),
    [CMD.markVerdict]: markVerdictCommand(articles, scales),
    [CMD.markVerdictByKey]: markVerdictByKeyCommand(articles, scales),
    [CMD.remapVerdict]: remapVerdictCommand(articles, scales),
  };
}

/** Registers every review command (each into context.subscriptions) and returns them by id. */
export function registerReviewCommands(context: vscode.ExtensionContext, articles: ArticleService, scales: VerdictScales): Record<string, ReviewCommand> {
  const commands = createReviewCommands(articles, scales);
  for (const [id, run] of Object.entries(commands)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, run));
  }
  return commands;
}
