/// <reference lib="dom" />
/**
 * What the reviewer typed but has not sent, kept across re-renders: unsaved notes by item key (a
 * draft survives showing another item and the key change of a detection's first review), and the
 * other fields (source URL and title, speaker) by element id for re-renders of the same item.
 */
import type { DetailsPayload } from '../detailsProtocol';

export class FormMemory {
  private readonly drafts = new Map<string, string>();
  private readonly typed = new Map<string, string>();
  /** A field's error message and the value it was about: shown again after a re-render while the value is unchanged. */
  private readonly errors = new Map<string, { value: string; message: string }>();
  /** The note on screen has been typed into since it was shown or saved. */
  noteDirty = false;

  /** Keeps the note being typed for the item on screen before the view shows something else. */
  stashNote(shown: DetailsPayload | null): void {
    const note = document.getElementById('note') as HTMLTextAreaElement | null;
    if (shown && this.noteDirty && note) this.drafts.set(shown.key, note.value);
  }

  /** Before rendering `item` (after `shown`): forgets what no longer applies, moves drafts to the item's new key. */
  prepare(item: DetailsPayload, shown: DetailsPayload | null): void {
    const previousKeys = item.previousKeys ?? [];
    const sameItem = !!shown && (shown.key === item.key || previousKeys.includes(shown.key));
    // A source was added: the form that added it starts empty again.
    if (!sameItem || (item.sources ?? []).length > (shown?.sources ?? []).length) {
      this.typed.delete('source-url');
      this.typed.delete('source-title');
      this.errors.delete('source-url');
    }
    if (!sameItem) {
      this.typed.clear();
      this.errors.clear();
    }
    for (const k of previousKeys) {
      const draft = this.drafts.get(k);
      if (draft === undefined) continue;
      this.drafts.set(item.key, draft);
      this.drafts.delete(k);
    }
  }

  draft(key: string): string | undefined {
    return this.drafts.get(key);
  }

  noteSaved(key: string): void {
    this.noteDirty = false;
    this.drafts.delete(key);
  }

  /** Restores what was typed into `input` and remembers what will be. */
  keepTyped(input: HTMLInputElement): void {
    const v = this.typed.get(input.id);
    if (v !== undefined) input.value = v;
    input.addEventListener('input', () => this.typed.set(input.id, input.value));
  }

  forget(id: string): void {
    this.typed.delete(id);
    this.errors.delete(id);
  }

  /** Remembers (or with `undefined`, clears) the error shown for the field `id` holding `value`. */
  setError(id: string, value: string, message: string | undefined): void {
    if (message === undefined) this.errors.delete(id);
    else this.errors.set(id, { value, message });
  }

  /** The error to show again for field `id`, if it still holds the value the error was about. */
  errorFor(id: string, value: string): string | undefined {
    const e = this.errors.get(id);
    return e && e.value === value ? e.message : undefined;
  }
}
