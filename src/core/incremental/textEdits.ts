/**
 * Applying TextEdits to a string, shared by the in-thread analyzer and the host-side client
 * (which keeps its own copy of the text to re-open documents after a worker restart).
 * Pure and tiny: it must not pull the NLP engine into the extension host bundle.
 */
import type { TextEdit } from './service';

/** Throws a RangeError for an edit that does not fit the text (host and analyzer out of sync). */
export function checkEdit(text: string, edit: TextEdit): void {
  const { start, end } = edit;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new RangeError(`edit [${start}, ${end}) does not fit a text of length ${text.length}`);
  }
  if (typeof edit.text !== 'string') throw new RangeError('edit text must be a string');
}

export function applyTextEdit(text: string, edit: TextEdit): string {
  checkEdit(text, edit);
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

/** Edits apply one after the other, each against the text produced by the previous ones. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  for (const edit of edits) text = applyTextEdit(text, edit);
  return text;
}
