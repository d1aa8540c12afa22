/**
 * The labelled sentences of ../shared/eval/claims.dev.jsonl as the trainer and the cross-validation
 * read them: each row's vector for training (the row as one unit) and the vectors of the sentences
 * the engine finds in it (for scoring exactly as `npm run eval` does: the best sentence counts).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { splitParagraphs } from '../../src/core/incremental/paragraphSplit';
import { tokenize, sentenceParser } from '../../src/core/text/tokens';
import { paragraphVectors } from '../../src/core/claims/paragraphSentences';
import { sentenceVector, type HashingConfig, type ScoringVector } from '../../src/core/claims/sentenceVector';
import { contextHits, type SentenceSignals } from '../../src/core/claims/context';

export interface LabelledRow {
  id: string;
  text: string;
  label: boolean;
  dataset: string;
  /** Where the row comes from, with the commit and licence terms, as the data file states it. */
  source: string;
  /** Document (debate) id, where rows carry `meta.doc_id`. */
  doc?: string;
  /** Transcripts: who speaks and the line, where rows carry `meta.speaker` and `meta.line_number`. */
  speaker?: string;
  line?: number;
}

export interface DataFile {
  file: string;
  sha256: string;
  rows: LabelledRow[];
}

interface RawRow {
  id?: unknown;
  text?: unknown;
  source?: unknown;
  label?: unknown;
  meta?: { dataset?: unknown; doc_id?: unknown; speaker?: unknown; line_number?: unknown };
}

export function readClaimRows(file: string): DataFile {
  const bytes = readFileSync(file);
  const rows: LabelledRow[] = [];
  bytes.toString('utf8').split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let raw: RawRow;
    try {
      raw = JSON.parse(line) as RawRow;
    } catch {
      throw new Error(`${file}:${i + 1}: not valid JSON`);
    }
    if (typeof raw.text !== 'string') throw new Error(`${file}:${i + 1}: no "text"`);
    const doc = raw.meta?.doc_id;
    rows.push({
      id: String(raw.id ?? i + 1),
      text: raw.text,
      label: raw.label === true,
      dataset: typeof raw.meta?.dataset === 'string' ? raw.meta.dataset : 'unknown',
      source: typeof raw.source === 'string' ? raw.source : '',
      ...(doc === undefined || doc === null ? {} : { doc: String(doc) }),
      ...(typeof raw.meta?.speaker === 'string' ? { speaker: raw.meta.speaker } : {}),
      ...(typeof raw.meta?.line_number === 'number' ? { line: raw.meta.line_number } : {}),
    });
  });
  return { file, sha256: createHash('sha256').update(bytes).digest('hex'), rows };
}

/** Rows and positives per dataset, in name order. */
export function rowCounts(rows: LabelledRow[]): Record<string, { rows: number; positive: number }> {
  const out: Record<string, { rows: number; positive: number }> = {};
  for (const name of [...new Set(rows.map((r) => r.dataset))].sort()) {
    const of = rows.filter((r) => r.dataset === name);
    out[name] = { rows: of.length, positive: of.filter((r) => r.label).length };
  }
  return out;
}

export interface RowVectors {
  /** The whole row as one sentence: what the trainer learns from. */
  unit: ScoringVector;
  /** The sentences the engine scores in the row (null: never a claim, scored 0). */
  sentences: (ScoringVector | null)[];
}

/** Keeps what scoring needs, in typed arrays (a training cache holds tens of thousands). */
function compact(v: ScoringVector): ScoringVector {
  return { named: v.named.map((h) => ({ feature: h.feature })), buckets: Int32Array.from(v.buckets), values: Float64Array.from(v.values) };
}

/**
 * Rows of a transcript that follow one another as one speaker's turn: the same document and speaker
 * on consecutive lines. A turn is what the engine sees as a paragraph (a transcript gives each turn
 * its own), so its rows are each other's context.
 */
function sameTurn(a: LabelledRow | undefined, b: LabelledRow): boolean {
  return !!a && a.doc !== undefined && a.speaker !== undefined && a.doc === b.doc && a.speaker === b.speaker && a.line !== undefined && b.line === a.line + 1;
}

/** Each row's context features from the other rows of its turn, added to its vectors. */
function addTurnContext(rows: LabelledRow[], out: RowVectors[], signals: SentenceSignals[]): void {
  for (let start = 0; start < rows.length; ) {
    let end = start + 1;
    while (end < rows.length && sameTurn(rows[end - 1], rows[end])) end++;
    const turn = signals.slice(start, end);
    for (let k = 0; k < turn.length; k++) {
      const hits = contextHits(turn, k).map((h) => ({ feature: h.feature }));
      if (!hits.length) continue;
      const v = out[start + k];
      const withHits = (s: ScoringVector): ScoringVector => ({ ...s, named: s.named.concat(hits) });
      out[start + k] = { unit: withHits(v.unit), sentences: v.sentences.map((s) => s && withHits(s)) };
    }
    start = end;
  }
}

/**
 * Vectors of every row. With `cfg.bits` ≥ 32 the buckets are whole hashes, so one pass serves
 * trainings with any table size (the trainer masks them). Rows of a transcript get the context of
 * their speaker's turn (see sameTurn).
 */
export function vectorizeRows(rows: LabelledRow[], cfg: HashingConfig): RowVectors[] {
  const out: RowVectors[] = [];
  const signals: SentenceSignals[] = [];
  for (const row of rows) {
    const sentences: (ScoringVector | null)[] = [];
    let length = 0;
    for (const p of splitParagraphs(row.text)) {
      const text = row.text.slice(p.start, p.end);
      const tz = tokenize(text);
      length += tz.tokens.length;
      for (const v of paragraphVectors(text, tz, cfg)) sentences.push(v && compact(v));
    }
    const present = sentences.filter((v): v is ScoringVector => v !== null);
    let unit: ScoringVector;
    if (sentences.length === 1 && present.length === 1) unit = present[0];
    else {
      const tz = tokenize(row.text);
      unit = compact(sentenceVector(tz.tokens, 0, tz.tokens.length, row.text, cfg));
    }
    out.push({ unit, sentences });
    signals.push({ features: unit.named.map((h) => h.feature), length });
  }
  addTurnContext(rows, out, signals);
  // The parse cache is for editing; here it would only hold memory.
  sentenceParser.clear();
  return out;
}
