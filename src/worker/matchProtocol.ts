/** Messages between the extension host and the match worker (dist/matchWorker.js). */
import type { SourceFile } from '../core/matching/archiveSet';
import type { Match } from '../core/matching/matchIndex';
import type { ArchiveProblem } from '../core/matching/types';

/** An archive or review file; its text is sent when the worker cannot read it itself (the web build). */
export type MatchSourceFile = SourceFile & { text?: string };

export type MatchHostMessage =
  /** The whole list of archive and review files; the worker loads its cache first when it has one. */
  | { type: 'sync'; files: MatchSourceFile[]; cachePath?: string }
  | { type: 'changed'; file: MatchSourceFile }
  | { type: 'removed'; path: string }
  /** Matches for each text, leaving out the reviews of `article` (its own). */
  | { type: 'match'; id: number; texts: string[]; article?: string; top: number };

export type MatchWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'synced'; entries: number; sources: number; read: number; fromCache: boolean; problems: ArchiveProblem[] }
  | { type: 'matched'; id: number; results: Match[][] }
  | { type: 'error'; message: string; id?: number };
