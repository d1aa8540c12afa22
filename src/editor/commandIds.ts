/** Command ids of the editor review features (declared in package.json under the same ids). */
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
} as const;

/** Commands a hover may run: only our own review actions (MarkdownString.isTrusted allow-list). */
export const HOVER_COMMANDS: readonly string[] = [
  CMD.markSourced, CMD.markDisputed, CMD.markUnverified, CMD.clearStatus, CMD.addSource, CMD.editNote, CMD.dismiss,
  CMD.openSidecar,
];

/** The review view contributed by the sidebar; VS Code generates `<viewId>.focus`. */
export const REVIEW_VIEW_FOCUS = 'claimlens.review.focus';
