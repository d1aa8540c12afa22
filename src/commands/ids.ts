/**
 * Every command id ClaimLens contributes (package.json `contributes.commands`, same ids), in one
 * list by family. A unit test checks this list against package.json both ways.
 */

/** The review commands: the editor, its context menu, the hover links, the quick fixes and the tree's menus run them. */
export const CMD = {
  markSourced: 'claimlens.markSourced',
  markDisputed: 'claimlens.markDisputed',
  markUnverified: 'claimlens.markUnverified',
  clearStatus: 'claimlens.clearStatus',
  addSource: 'claimlens.addSource',
  editNote: 'claimlens.editNote',
  addClaimFromSelection: 'claimlens.addClaimFromSelection',
  dismiss: 'claimlens.dismiss',
  nextUnreviewed: 'claimlens.nextUnreviewed',
  previousUnreviewed: 'claimlens.previousUnreviewed',
  reanalyze: 'claimlens.reanalyze',
  toggleDecorations: 'claimlens.toggleDecorations',
  openSidecar: 'claimlens.openSidecar',
  correctSpeaker: 'claimlens.correctSpeaker',
  /** The workspace scale's verdicts (./verdict.ts). */
  markVerdict: 'claimlens.markVerdict',
  markVerdictByKey: 'claimlens.markVerdictByKey',
  remapVerdict: 'claimlens.remapVerdict',
} as const;

/** The sidebar's own commands: the Review view's grouping, filters and rows, and the Workspace view. */
export const SIDEBAR_CMD = {
  groupByPriority: 'claimlens.sidebar.groupByPriority',
  groupByStatus: 'claimlens.sidebar.groupByStatus',
  groupByType: 'claimlens.sidebar.groupByType',
  groupBySpeaker: 'claimlens.sidebar.groupBySpeaker',
  groupByCheckedBefore: 'claimlens.sidebar.groupByCheckedBefore',
  toggleUnreviewedOnly: 'claimlens.sidebar.toggleUnreviewedOnly',
  showAllStatuses: 'claimlens.sidebar.showAllStatuses',
  showAllKinds: 'claimlens.sidebar.showAllKinds',
  showClaimsOnly: 'claimlens.sidebar.showClaimsOnly',
  showQuotesOnly: 'claimlens.sidebar.showQuotesOnly',
  setMinScore: 'claimlens.sidebar.setMinScore',
  search: 'claimlens.sidebar.search',
  clearFilters: 'claimlens.sidebar.clearFilters',
  revealItem: 'claimlens.sidebar.revealItem',
  reattachOrphan: 'claimlens.sidebar.reattachOrphan',
  refreshWorkspace: 'claimlens.sidebar.refreshWorkspace',
} as const;

/** "Checked before": earlier fact-checks of a claim (src/matching/). */
export const MATCH_CMD = {
  findSimilar: 'claimlens.findSimilarFactChecks',
  applyVerdict: 'claimlens.applyMatchVerdict',
} as const;

/** "Export Review…", "Open Seed Article…" and "Get Started" (the walkthrough). */
export const EXPORT_COMMAND = 'claimlens.export';
export const OPEN_SEED_COMMAND = 'claimlens.openSeed';
export const OPEN_WALKTHROUGH_COMMAND = 'claimlens.openWalkthrough';
/** The walkthrough's `id` in package.json `contributes.walkthroughs`; VS Code addresses it as `<publisher>.<name>#<id>`. */
export const WALKTHROUGH_ID = 'gettingStarted';

export const ALL_COMMAND_IDS: readonly string[] = [
  ...Object.values(CMD), ...Object.values(SIDEBAR_CMD), ...Object.values(MATCH_CMD), EXPORT_COMMAND, OPEN_SEED_COMMAND,
  OPEN_WALKTHROUGH_COMMAND,
];

/** Commands a hover may run: only our own review actions (MarkdownString.isTrusted allow-list). */
export const HOVER_COMMANDS: readonly string[] = [
  CMD.markSourced, CMD.markDisputed, CMD.markUnverified, CMD.clearStatus, CMD.addSource, CMD.editNote, CMD.dismiss,
  CMD.openSidecar, CMD.correctSpeaker, CMD.markVerdict, CMD.remapVerdict,
];

/** The review view contributed by the sidebar; VS Code generates `<viewId>.focus`. */
export const REVIEW_VIEW_FOCUS = 'claimlens.review.focus';
