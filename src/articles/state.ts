/**
 * What the hub knows of one open article, and its per-article bookkeeping. No vscode: `U` is the
 * host's document address (vscode.Uri in the extension).
 */
import type { Analysis } from '../core/types';
import { sidecarPathFor } from '../core/review/sidecarPath';
import type { AnchorResult, Annotation, ReviewItem } from '../core/review/types';
import type { DocumentUri } from './documents';

export interface ArticleStateOf<U> {
  uri: U;
  /** Document version the items were computed for. */
  version: number;
  analysis: Analysis;
  /** Claims above the configured threshold, quotes, hand-added items and orphans. */
  items: ReviewItem[];
  /** Set when reviewing is disabled (malformed or newer sidecar, read-only folder): the reason. */
  readOnlyReason?: string;
  /** false while only the visible range has been analysed. */
  complete: boolean;
}

export const EMPTY_ANALYSIS: Analysis = { sentences: [], claims: [], quotes: [] };

/** One tracked article: its analysis, its annotations moved along with every edit, and its timers. */
export interface ArticleEntry<U extends DocumentUri = DocumentUri> {
  uri: U;
  /** `uri.toString()`: the key here and the document id in the AnalysisService. */
  docId: string;
  articlePath: string;
  sidecarPath: string;
  /** Annotations with positions in the *current* document text. */
  annotations: Annotation[];
  anchors: AnchorResult[];
  /** An open/update was sent and no analysis for it has arrived yet. The worker service only
   *  emits updates for a document's current revision, so any update clears this. */
  pending: boolean;
  receivedRevision: number;
  analysis: Analysis;
  complete: boolean;
  state?: ArticleStateOf<U>;
  readOnlyReason?: string;
  /** Positions moved by edits since the sidecar was last written. */
  positionsDirty: boolean;
  /** Orphans are searched for again on the next refresh (after an undo/redo; fuzzy search is costly). */
  retryOrphans: boolean;
  /** The latest sidecar (re)load. */
  loaded: Promise<void>;
  /** Counts rebuilds scheduled and cancelled: the one scheduled under the current count is due (tracker.ts). */
  refreshDue?: number;
  /** The fallback when the analysis never answers. */
  staleTimer?: ReturnType<typeof setTimeout>;
  /** Serialized sidecar we last wrote, so our own write is not mistaken for an external change. */
  lastWritten?: string;
  /** Callers waiting for the items to match the current text. */
  waiters: Array<() => void>;
}

export function newEntry<U extends DocumentUri>(uri: U): ArticleEntry<U> {
  // A local file by its path; any other file system's by its URI (WorkspaceFileStore).
  const articlePath = uri.scheme === 'file' ? uri.fsPath : uri.toString();
  return {
    uri,
    docId: uri.toString(),
    articlePath,
    sidecarPath: sidecarPathFor(articlePath),
    annotations: [],
    anchors: [],
    pending: true,
    receivedRevision: 0,
    analysis: EMPTY_ANALYSIS,
    complete: false,
    positionsDirty: false,
    retryOrphans: false,
    loaded: Promise.resolve(),
    waiters: [],
  };
}
