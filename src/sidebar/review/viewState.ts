/**
 * What the Review view remembers across reloads (the workspace's state): its grouping, its
 * filters, and which groups the user collapsed or expanded. Read back defensively: anything
 * malformed falls back to the default, piece by piece, never stopping the view. Pure (no vscode).
 */
import { DEFAULT_FILTER, DEFAULT_GROUP_BY, GROUP_BYS, type GroupBy, type KindFilter, type QueueFilter } from './queue';

export const VIEW_STATE_KEY = 'claimlens.review.viewState';

export interface ReviewViewState {
  groupBy: GroupBy;
  filter: QueueFilter;
  /** Group id (without the article, e.g. `status:dismissed`) → collapsed. */
  collapsed: Record<string, boolean>;
}

/** The part of vscode.Memento this needs. */
export interface StateMemento {
  get(key: string): unknown;
  update(key: string, value: unknown): PromiseLike<void>;
}

const MAX_GROUPS = 200;

export function defaultViewState(): ReviewViewState {
  return { groupBy: DEFAULT_GROUP_BY, filter: { ...DEFAULT_FILTER }, collapsed: {} };
}

/** A stored value as a valid state: each field checked, unknown or malformed ones replaced by the default. */
export function parseViewState(raw: unknown): ReviewViewState {
  const state = defaultViewState();
  if (typeof raw !== 'object' || raw === null) return state;
  const r = raw as Record<string, unknown>;
  if (typeof r.groupBy === 'string' && (GROUP_BYS as readonly string[]).includes(r.groupBy)) state.groupBy = r.groupBy as GroupBy;
  const f = typeof r.filter === 'object' && r.filter !== null ? (r.filter as Record<string, unknown>) : {};
  if (typeof f.unreviewedOnly === 'boolean') state.filter.unreviewedOnly = f.unreviewedOnly;
  if (f.kind === 'all' || f.kind === 'claim' || f.kind === 'quote') state.filter.kind = f.kind as KindFilter;
  if (typeof f.minScore === 'number' && Number.isFinite(f.minScore) && f.minScore >= 0 && f.minScore <= 1) state.filter.minScore = f.minScore;
  if (typeof f.search === 'string') state.filter.search = f.search.slice(0, 200);
  if (typeof r.collapsed === 'object' && r.collapsed !== null && !Array.isArray(r.collapsed)) {
    for (const [id, value] of Object.entries(r.collapsed as Record<string, unknown>).slice(0, MAX_GROUPS)) {
      if (typeof value === 'boolean' && id.length <= 300) state.collapsed[id] = value;
    }
  }
  return state;
}

export function loadViewState(memento: StateMemento | undefined): ReviewViewState {
  return parseViewState(memento?.get(VIEW_STATE_KEY));
}

export function saveViewState(memento: StateMemento | undefined, state: ReviewViewState): PromiseLike<void> | undefined {
  return memento?.update(VIEW_STATE_KEY, state);
}
