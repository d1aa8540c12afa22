/**
 * A match index's fact-checks by document number. Those loaded from a saved index stay as their
 * saved JSON bytes until a match needs one: parsing all 100,000 into objects was most of loading
 * the cache, and a session shows a few hundred. Saving again copies the untouched bytes as they are.
 */
import { asciiJson } from './cacheText';
import type { FactCheck } from './types';

/** Each fact-check's JSON as ASCII bytes (its file left out when it is its source's), one after another; fact d ends at ends[d]. */
export interface SavedFacts {
  bytes: Uint8Array;
  ends: Int32Array;
}

const ascii = new TextDecoder();
const encoder = new TextEncoder();

export class FactStore {
  private facts: (FactCheck | undefined)[] = [];
  /** Documents 0…saved.ends.length-1 as loaded, and each one's file for those saved without it. */
  private saved: SavedFacts | undefined;
  private fileOf: (doc: number) => string = () => '';

  static fromSaved(saved: SavedFacts, fileOf: (doc: number) => string): FactStore {
    const store = new FactStore();
    store.saved = saved;
    store.fileOf = fileOf;
    return store;
  }

  /** The fact-check of a live document (parsed on first use when it was loaded). */
  get(doc: number): FactCheck {
    let fact = this.facts[doc];
    if (!fact) {
      fact = JSON.parse(ascii.decode(this.savedBytes(doc))) as FactCheck;
      fact.file ??= this.fileOf(doc);
      this.facts[doc] = fact;
    }
    return fact;
  }

  set(doc: number, fact: FactCheck): void {
    this.facts[doc] = fact;
  }

  /** Forgets a removed document's parsed fact (its saved bytes stay until the documents are renumbered). */
  delete(doc: number): void {
    this.facts[doc] = undefined;
  }

  /** After renumbering (old → new, -1 for removed): every live fact-check parsed, as the numbers no longer match the saved bytes. */
  renumber(mapping: Int32Array): void {
    const facts: FactCheck[] = [];
    mapping.forEach((to, from) => {
      if (to >= 0) facts[to] = this.get(from);
    });
    this.facts = facts;
    this.saved = undefined;
  }

  /** The saved form of the given live documents, in that order; `file` is left out where it is `sourceFile(doc)`. */
  save(docs: readonly number[], sourceFile: (doc: number) => string): SavedFacts {
    const chunks = docs.map((doc) => this.bytesOf(doc, sourceFile(doc)));
    const ends = new Int32Array(docs.length);
    let at = 0;
    chunks.forEach((chunk, i) => (ends[i] = at += chunk.length));
    const bytes = new Uint8Array(at);
    chunks.forEach((chunk, i) => bytes.set(chunk, ends[i] - chunk.length));
    return { bytes, ends };
  }

  private savedBytes(doc: number): Uint8Array {
    const saved = this.saved;
    if (!saved || doc >= saved.ends.length) throw new Error(`no fact-check for document ${doc}`);
    return saved.bytes.subarray(doc === 0 ? 0 : saved.ends[doc - 1], saved.ends[doc]);
  }

  private bytesOf(doc: number, file: string): Uint8Array {
    const fact = this.facts[doc];
    // Untouched since loading: its saved bytes, whose file was left out for the same source.
    if (!fact) return this.savedBytes(doc);
    // The file is nearly always the source itself: saved once, not 100,000 times.
    return encoder.encode(asciiJson(JSON.stringify(fact.file === file ? (({ file: _file, ...rest }) => rest)(fact) : fact)));
  }
}
