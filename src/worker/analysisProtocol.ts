/**
 * Messages between the extension host (WorkerAnalysisService) and the analysis worker.
 * Only edits travel per keystroke; the worker answers with patches (see analysisPatch.ts).
 * Revisions are chosen by the host and are monotonic across all documents, so updates from a
 * closed-and-reopened document's earlier life are recognisably older.
 */
import type { AnalysisPatch } from '../core/incremental/analysisPatch';
import type { TextEdit } from '../core/incremental/service';
import type { Span } from '../core/types';

export type HostMessage =
  | { type: 'open'; docId: string; revision: number; text: string; visible?: Span }
  | { type: 'update'; docId: string; revision: number; edits: TextEdit[]; visible?: Span }
  | { type: 'visible'; docId: string; visible: Span }
  | { type: 'close'; docId: string };

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'update'; docId: string; revision: number; complete: boolean; patch: AnalysisPatch }
  /** The worker could not apply an edit (host and worker disagree on the text): re-open. */
  | { type: 'resync'; docId: string; revision: number; reason: string }
  | { type: 'error'; docId?: string; message: string };
