/** Small builders of ReviewItems for the sidebar model tests. */
import type { Claim, ClaimType, Quote } from '../../../src/core/types';
import type { Annotation, ReviewItem, ReviewStatus } from '../../../src/core/review/types';

const stamp = { by: 'alice', at: '2026-11-25T08:00:00.000Z' };

function annotation(key: string, kind: 'claim' | 'quote', text: string, status: ReviewStatus, extra: Partial<Annotation> = {}): Annotation {
  return {
    id: key,
    kind,
    target: { quote: { exact: text, prefix: '', suffix: '' }, position: { start: 0, end: text.length } },
    status,
    note: '',
    sources: [],
    origin: 'detected',
    created: stamp,
    updated: stamp,
    ...extra,
  };
}

export function claimItem(key: string, start: number, text: string, opts: { score?: number; type?: ClaimType; status?: ReviewStatus; note?: string; people?: string[] } = {}): ReviewItem {
  const status = opts.status ?? 'unreviewed';
  const claim: Claim = {
    id: key,
    start,
    end: start + text.length,
    text,
    score: opts.score ?? 0.7,
    type: opts.type ?? 'quantity',
    reasons: ['number "80" +1.12'],
    entities: { people: opts.people ?? [], organizations: [], places: [] },
  };
  return {
    key,
    kind: 'claim',
    range: { start, end: start + text.length },
    text,
    status,
    claim,
    annotation: status !== 'unreviewed' || opts.note ? annotation(key, 'claim', text, status, { note: opts.note ?? '' }) : undefined,
    orphaned: false,
  };
}

/** `opts.unresolved`: the speaker is a pronoun no rule resolved (`speaker` is then the mention, e.g. `he`). */
export function quoteItem(key: string, start: number, text: string, speaker: string | null, opts: { status?: ReviewStatus; override?: string; unresolved?: boolean } = {}): ReviewItem {
  const status = opts.status ?? 'unreviewed';
  const quote: Quote = {
    id: key,
    start,
    end: start + text.length,
    text,
    kind: 'direct',
    speaker: speaker ? { mention: { start: 0, end: speaker.length, text: speaker }, name: speaker, ...(opts.unresolved ? { resolved: false as const } : {}) } : null,
    cue: { start: 0, end: 4, text: 'said' },
    rules: [],
  };
  return {
    key,
    kind: 'quote',
    range: { start, end: start + text.length },
    text,
    status,
    quote,
    annotation: status !== 'unreviewed' || opts.override ? annotation(key, 'quote', text, status, { speaker: opts.override }) : undefined,
    orphaned: false,
  };
}

export function orphanItem(key: string, text: string, reason: string, status: ReviewStatus = 'disputed'): ReviewItem {
  return {
    key,
    kind: 'claim',
    range: null,
    text,
    status,
    annotation: annotation(key, 'claim', text, status),
    anchor: { annotationId: key, range: null, confidence: 0, method: 'orphan', reason },
    orphaned: true,
  };
}
