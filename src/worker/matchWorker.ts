/**
 * Worker-thread entry (bundled to dist/matchWorker.js): the "checked before" index on the desktop. Reads the
 * archive and review files itself, keeps the index in step with them, answers match requests (matchWorkerMain.ts),
 * and saves the index to the workspace storage so the next start loads instead of rebuilding.
 * Never on the extension host's thread: indexing 100,000 fact-checks takes seconds. The web build's match worker is
 * src/web/matchWorker.ts (sent the files' text).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { ArchiveFiles } from '../core/matching/archiveSet';
import { decodeCache, encodeCache } from '../core/matching/cacheFile';
import { MatchWorkerState, type IndexCache, type MatchPort } from './matchWorkerMain';

/** Archives above this size are skipped with a message (a string this long is most of V8's limit). */
const MAX_ARCHIVE_BYTES = 300_000_000;

const port = parentPort;
if (!port) throw new Error('matchWorker must run in a worker thread');

const disk: ArchiveFiles = {
  read(path) {
    try {
      const size = statSync(path).size;
      if (size > MAX_ARCHIVE_BYTES) return { error: `${(size / 1e6).toFixed(0)} MB: archives above ${MAX_ARCHIVE_BYTES / 1e6} MB are not indexed` };
      return readFileSync(path, 'utf8');
    } catch (error) {
      return { error: `cannot read (${(error as Error).message})` };
    }
  },
};

const diskCache: IndexCache = {
  load: (path) => (existsSync(path) ? decodeCache(readFileSync(path)) : undefined),
  save(path, data) {
    mkdirSync(dirname(path), { recursive: true });
    const tmp = `${path}.tmp`;
    writeFileSync(tmp, encodeCache(data));
    renameSync(tmp, path);
  },
};

new MatchWorkerState(disk, diskCache).serve(port as MatchPort);
