/**
 * Worker-thread entry (bundled to dist/matchWorker.js): the "checked before" index. Reads the
 * archive and review files itself, keeps the index in step with them, answers match requests,
 * and saves the index to the workspace storage so the next start loads instead of rebuilding.
 * Never on the extension host's thread: indexing 100,000 fact-checks takes seconds.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { ArchiveSet, type ArchiveFiles } from '../core/matching/archiveSet';
import type { MatchHostMessage, MatchWorkerMessage } from './matchProtocol';

/** Archives above this size are skipped with a message (a string this long is most of V8's limit). */
const MAX_ARCHIVE_BYTES = 300_000_000;

const port = parentPort;
if (!port) throw new Error('matchWorker must run in a worker thread');
const post = (m: MatchWorkerMessage): void => port.postMessage(m);

const disk: ArchiveFiles = {
  read(path) {
    try {
      const size = statSync(path).size;
      if (size > MAX_ARCHIVE_BYTES) return { error: `${(size / 1e6).toFixed(0)} MB: archives above ${MAX_ARCHIVE_BYTES / 1e6} MB are not indexed` };
      const text = readFileSync(path, 'utf8');
      return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    } catch (error) {
      return { error: `cannot read (${(error as Error).message})` };
    }
  },
};

let set = new ArchiveSet(disk);
let cachePath: string | undefined;
let loadedCache = false;

function loadCache(path: string): boolean {
  try {
    const loaded = ArchiveSet.fromJSON(JSON.parse(readFileSync(path, 'utf8')), disk);
    if (loaded) set = loaded;
    return !!loaded;
  } catch {
    return false; // missing or damaged: rebuilt from the files
  }
}

function saveCache(): void {
  if (!cachePath) return;
  try {
    mkdirSync(dirname(cachePath), { recursive: true });
    const tmp = `${cachePath}.tmp`;
    writeFileSync(tmp, JSON.stringify(set.toJSON()));
    renameSync(tmp, cachePath);
  } catch (error) {
    post({ type: 'error', message: `could not save the match index cache: ${(error as Error).message}` });
  }
}

function handle(m: MatchHostMessage): void {
  switch (m.type) {
    case 'sync': {
      let fromCache = false;
      if (m.cachePath && !loadedCache) {
        cachePath = m.cachePath;
        loadedCache = true;
        fromCache = loadCache(m.cachePath);
      }
      const r = set.sync(m.files, (done, total) => post({ type: 'progress', done, total }));
      post({ type: 'synced', entries: r.entries, sources: set.index.sources().length, read: r.read, fromCache, problems: r.problems.slice(0, 50) });
      if (r.read > 0 || r.removed > 0) saveCache();
      break;
    }
    case 'changed': {
      const problems = set.update(m.file);
      post({ type: 'synced', entries: set.index.size, sources: set.index.sources().length, read: 1, fromCache: false, problems: problems.slice(0, 50) });
      saveCache();
      break;
    }
    case 'removed':
      if (set.remove(m.path)) saveCache();
      post({ type: 'synced', entries: set.index.size, sources: set.index.sources().length, read: 0, fromCache: false, problems: [] });
      break;
    case 'match':
      post({ type: 'matched', id: m.id, results: m.texts.map((t) => set.index.match(t, { top: m.top, ...(m.article ? { excludeArticle: m.article } : {}) })) });
      break;
  }
}

port.on('message', (m: MatchHostMessage) => {
  try {
    handle(m);
  } catch (error) {
    post({ type: 'error', message: String((error as Error)?.stack ?? error), ...(m.type === 'match' ? { id: m.id } : {}) });
  }
});
