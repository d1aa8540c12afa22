/**
 * Every word the Claim Details webview shows, made on the host in the user's language (src/l10n/l10n.ts,
 * i.e. vscode.l10n.t once the extension is active) and handed to the webview in its HTML shell
 * (`data-strings` on the root element). The webview script has no access to vscode.l10n and holds no
 * words of its own; `{0}` placeholders are filled there with `format` (src/l10n/l10n.ts). Pure (no vscode).
 */
import { BUTTON_ORDER } from '../../core/review/statuses';
import { REVIEW_STATUSES } from '../../core/review/types';
import { l10n } from '../../l10n/l10n';
import { sourceUrlProblems } from '../../l10n/sourceUrlWords';
import { statusButton, statusLabel } from '../../l10n/statusWords';

export interface DetailsStrings {
  detailsTitle: string;
  empty: string;
  claim: string;
  quote: string;
  /** `{0}` the status: "Disputed · orphaned". */
  statusOrphaned: string;
  /** `{0}` why. */
  orphanedBecause: string;
  noLongerInArticle: string;
  showInEditor: string;
  /** `{0}` why. */
  readOnlyBecause: string;
  type: string;
  score: string;
  speaker: string;
  unknown: string;
  cue: string;
  kind: string;
  reasonsCaption: string;
  reasonsLabel: string;
  status: string;
  setStatus: string;
  notePlaceholder: string;
  unsavedNote: string;
  ctrlEnterSaves: string;
  saveNote: string;
  note: string;
  remove: string;
  /** `{0}` the source's title or URL. */
  removeSource: string;
  noSources: string;
  titleOptional: string;
  addSource: string;
  sources: string;
  sourceUrl: string;
  title: string;
  speakerPlaceholder: string;
  setSpeaker: string;
  useDetected: string;
  /** `{0}` the detected speaker. */
  detected: string;
  override: string;
  /** `{0}` who, `{1}` when. */
  createdBy: string;
  /** `{0}` who, `{1}` when. */
  lastChangedBy: string;
  notReviewed: string;
  history: string;
  applyVerdict: string;
  applyVerdictHint: string;
  noMatches: string;
  checkedBefore: string;
  somethingWentWrong: string;
  /** Each status's name (the header badge). */
  statuses: Record<string, string>;
  /** Each status's button and its hover text, in BUTTON_ORDER. */
  buttons: Record<string, { label: string; hint: string }>;
  /** Why a source address is refused, by core's problem code (`{0}` its detail). */
  urlProblems: Record<string, string>;
}

export function detailsStrings(): DetailsStrings {
  return {
    detailsTitle: l10n.t('Claim Details'),
    empty: l10n.t('Select a claim or quote in the Review view, or put the cursor on one in the article.'),
    claim: l10n.t('Claim'),
    quote: l10n.t('Quote'),
    statusOrphaned: l10n.t('{0} · orphaned'),
    orphanedBecause: l10n.t('Orphaned: {0}'),
    noLongerInArticle: l10n.t('its text is no longer in the article'),
    showInEditor: l10n.t('Show in editor'),
    readOnlyBecause: l10n.t('Read-only: {0}'),
    type: l10n.t('Type'),
    score: l10n.t('Score'),
    speaker: l10n.t('Speaker'),
    unknown: l10n.t('unknown'),
    cue: l10n.t('Cue'),
    kind: l10n.t('Kind'),
    reasonsCaption: l10n.t('What raised (+) or lowered (\u2212) the score, largest first:'),
    reasonsLabel: l10n.t('What raised or lowered the score'),
    status: l10n.t('Status'),
    setStatus: l10n.t('Set status'),
    notePlaceholder: l10n.t('Why this status? What did you check?'),
    unsavedNote: l10n.t('Unsaved note · Ctrl+Enter saves'),
    ctrlEnterSaves: l10n.t('Ctrl+Enter saves'),
    saveNote: l10n.t('Save note'),
    note: l10n.t('Note'),
    remove: l10n.t('Remove'),
    removeSource: l10n.t('Remove source {0}'),
    noSources: l10n.t('No sources yet.'),
    titleOptional: l10n.t('Title (optional)'),
    addSource: l10n.t('Add source'),
    sources: l10n.t('Sources'),
    sourceUrl: l10n.t('Source URL'),
    title: l10n.t('Title'),
    speakerPlaceholder: l10n.t('Speaker name'),
    setSpeaker: l10n.t('Set speaker'),
    useDetected: l10n.t('Use detected'),
    detected: l10n.t('Detected: {0}'),
    override: l10n.t('Override'),
    createdBy: l10n.t('Created by {0}, {1}'),
    lastChangedBy: l10n.t('Last changed by {0}, {1}'),
    notReviewed: l10n.t('Not reviewed yet.'),
    history: l10n.t('History'),
    applyVerdict: l10n.t('Apply this verdict'),
    applyVerdictHint: l10n.t('Copy this verdict and its source into the review'),
    noMatches: l10n.t('No earlier fact-check is similar.'),
    checkedBefore: l10n.t('Checked before'),
    somethingWentWrong: l10n.t('Something went wrong.'),
    statuses: Object.fromEntries(REVIEW_STATUSES.map((s) => [s, statusLabel(s)])),
    buttons: Object.fromEntries(BUTTON_ORDER.map((s) => [s, statusButton(s)])),
    urlProblems: sourceUrlProblems(),
  };
}
