/**
 * The message protocol between the host and the "Claim Details" webview, both ways: the host
 * posts a HostMessage with plain data (DetailsPayload); the webview posts DetailsMessages. The
 * webview script (./webview/) imports these types, so both sides agree. Everything the webview
 * sends is untrusted: parseDetailsMessage checks type, the exact set of fields, their types,
 * lengths and URLs (core's validateSourceUrl) before the host acts on it. Pure (no vscode).
 */
import { CONTROL_CHARACTERS, MAX_SOURCE_URL_LENGTH, validateSourceUrl } from '../../core/review/sourceUrl';
import { isStatusId, REVIEW_STATUSES, type ReviewStatus } from '../../core/review/types';

/** What the webview renders: plain data, no HTML. The script puts it in the DOM with textContent. */
export interface DetailsPayload {
  key: string;
  kind: 'claim' | 'quote';
  text: string;
  status: ReviewStatus;
  /** Under a workspace verdict scale: the status's label ("Pants on Fire", "unknown verdict ‹x›"). */
  statusLabel?: string;
  /** Under a workspace verdict scale: the colour of a verdict of its own (CSS: hex or a theme colour's variable). */
  statusColour?: string;
  /** Under a workspace verdict scale: its verdicts, in order, for the status buttons (the default scale's otherwise). */
  verdicts?: VerdictButton[];
  orphaned: boolean;
  orphanReason?: string;
  claimType?: string;
  score?: number;
  reasons: string[];
  detectedSpeaker?: string;
  speakerOverride?: string;
  speaker?: string;
  cue?: string;
  quoteKind?: string;
  note: string;
  sources: { url: string; title?: string }[];
  created?: { by: string; at: string };
  updated?: { by: string; at: string };
  readOnlyReason?: string;
  fileName: string;
  /** Keys this item had before (a detection's id until it was first reviewed): an unsaved note follows it. */
  previousKeys: string[];
  /** Claims: the best earlier fact-checks (src/matching/), at most CHECKED_BEFORE_ROWS. */
  checkedBefore?: CheckedBeforeRow[];
}

/** A status button of a workspace scale's verdict. */
export interface VerdictButton {
  id: string;
  label: string;
  hint: string;
  /** CSS colour of a verdict of the scale's own (the default verdicts have their stylesheet colours). */
  colour?: string;
}

/** One earlier fact-check as Claim Details shows it: plain text, rendered as text nodes. */
export interface CheckedBeforeRow {
  similarity: string;
  strong: boolean;
  claim: string;
  /** "rated false (Pants on Fire, Truth Meter)" */
  verdict: string;
  date?: string;
  /** Its link, file or reviewed article. */
  place: string;
  warnings: string[];
}

/** Earlier fact-checks Claim Details lists. */
export const CHECKED_BEFORE_ROWS = 5;

/** What the host posts to the webview. */
export type HostMessage =
  | { type: 'show'; item: DetailsPayload }
  | { type: 'empty'; reason: string }
  | { type: 'error'; message: string };

export const LIMITS = {
  key: 200,
  note: 10_000,
  url: MAX_SOURCE_URL_LENGTH,
  title: 300,
  speaker: 200,
} as const;

/** The built-in statuses the webview may set; a workspace scale's verdict ids too (the host checks them against the scale). */
export const SETTABLE_STATUSES: readonly ReviewStatus[] = REVIEW_STATUSES;

export type DetailsMessage =
  | { type: 'ready' }
  | { type: 'setStatus'; key: string; status: ReviewStatus }
  | { type: 'saveNote'; key: string; note: string }
  | { type: 'addSource'; key: string; url: string; title?: string }
  | { type: 'removeSource'; key: string; url: string }
  | { type: 'openSource'; key: string; url: string }
  | { type: 'setSpeaker'; key: string; speaker: string | null }
  | { type: 'reveal'; key: string }
  /** Apply the verdict of the `index`-th earlier fact-check listed under "Checked before". */
  | { type: 'applyMatch'; key: string; index: number };

export type ParseResult = { ok: true; message: DetailsMessage } | { ok: false; error: string };

const FIELDS: Record<DetailsMessage['type'], { required: string[]; optional?: string[] }> = {
  ready: { required: [] },
  setStatus: { required: ['key', 'status'] },
  saveNote: { required: ['key', 'note'] },
  addSource: { required: ['key', 'url'], optional: ['title'] },
  removeSource: { required: ['key', 'url'] },
  openSource: { required: ['key', 'url'] },
  setSpeaker: { required: ['key', 'speaker'] },
  reveal: { required: ['key'] },
  applyMatch: { required: ['key', 'index'] },
};

function str(v: unknown, name: string, max: number, opts: { allowNewlines?: boolean; allowEmpty?: boolean } = {}): string | string[] {
  if (typeof v !== 'string') return [`${name} must be a string`];
  if (v.length > max) return [`${name} is longer than ${max} characters`];
  if (!opts.allowEmpty && v.trim() === '') return [`${name} is empty`];
  if (CONTROL_CHARACTERS.test(v)) return [`${name} contains control characters`];
  if (!opts.allowNewlines && /[\r\n]/.test(v)) return [`${name} must be one line`];
  return v;
}

export function parseDetailsMessage(raw: unknown): ParseResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: 'message is not an object' };
  const m = raw as Record<string, unknown>;
  const type = m.type;
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(FIELDS, type)) return { ok: false, error: 'unknown message type' };
  const spec = FIELDS[type as DetailsMessage['type']];
  const allowed = new Set(['type', ...spec.required, ...(spec.optional ?? [])]);
  for (const k of Object.keys(m)) if (!allowed.has(k)) return { ok: false, error: `unexpected field "${k}"` };
  for (const k of spec.required) if (!(k in m)) return { ok: false, error: `missing field "${k}"` };

  const fail = (e: string[]): ParseResult => ({ ok: false, error: e[0] });
  let key = '';
  if (spec.required.includes('key')) {
    const k = str(m.key, 'key', LIMITS.key);
    if (Array.isArray(k)) return fail(k);
    key = k;
  }
  switch (type as DetailsMessage['type']) {
    case 'ready':
      return { ok: true, message: { type: 'ready' } };
    case 'reveal':
      return { ok: true, message: { type: 'reveal', key } };
    case 'applyMatch':
      if (!Number.isInteger(m.index) || (m.index as number) < 0 || (m.index as number) >= CHECKED_BEFORE_ROWS) return { ok: false, error: 'index out of range' };
      return { ok: true, message: { type: 'applyMatch', key, index: m.index as number } };
    case 'setStatus': {
      const s = m.status;
      if (!isStatusId(s)) return { ok: false, error: 'unknown status' };
      return { ok: true, message: { type: 'setStatus', key, status: s as ReviewStatus } };
    }
    case 'saveNote': {
      const n = str(m.note, 'note', LIMITS.note, { allowNewlines: true, allowEmpty: true });
      if (Array.isArray(n)) return fail(n);
      return { ok: true, message: { type: 'saveNote', key, note: n } };
    }
    case 'addSource':
    case 'removeSource':
    case 'openSource': {
      if (typeof m.url !== 'string') return { ok: false, error: 'url must be a string' };
      const u = validateSourceUrl(m.url);
      if (!u.ok) return { ok: false, error: u.error };
      if (type === 'addSource') {
        let title: string | undefined;
        if (m.title !== undefined && m.title !== '') {
          const t = str(m.title, 'title', LIMITS.title);
          if (Array.isArray(t)) return fail(t);
          title = t.trim();
        }
        return { ok: true, message: title ? { type, key, url: u.url, title } : { type, key, url: u.url } };
      }
      // remove/open refer to a stored source: keep the exact string the webview was given.
      return { ok: true, message: { type: type as 'removeSource' | 'openSource', key, url: m.url } };
    }
    case 'setSpeaker': {
      if (m.speaker === null) return { ok: true, message: { type: 'setSpeaker', key, speaker: null } };
      const s = str(m.speaker, 'speaker', LIMITS.speaker, { allowEmpty: true });
      if (Array.isArray(s)) return fail(s);
      const t = s.trim();
      return { ok: true, message: { type: 'setSpeaker', key, speaker: t === '' ? null : t } };
    }
  }
  return { ok: false, error: 'unknown message type' };
}
