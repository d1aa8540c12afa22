/**
 * A claim's character 4-gram hashes in an open-addressing table, so comparing it with each of
 * its candidates costs one probe per candidate gram instead of a merge over both sorted lists
 * (on a 30 KB article the merges were the largest single cost of the re-ranker's features).
 */
export class GramSet {
  private readonly keys: Int32Array;
  private readonly used: Uint8Array;
  private readonly mask: number;
  /** One bit per value of a gram's low 13 bits: most grams of a candidate are not the claim's, and most are turned away here. */
  private readonly filter = new Uint32Array(256);
  readonly size: number;

  /** `grams`: distinct hashes (prepared.ts keeps them sorted and distinct). */
  constructor(grams: Int32Array) {
    let capacity = 16;
    while (capacity < grams.length * 4) capacity *= 2;
    this.keys = new Int32Array(capacity);
    this.used = new Uint8Array(capacity);
    this.mask = capacity - 1;
    this.size = grams.length;
    for (let i = 0; i < grams.length; i++) {
      let slot = this.slotOf(grams[i]);
      while (this.used[slot] === 1 && this.keys[slot] !== grams[i]) slot = (slot + 1) & this.mask;
      this.used[slot] = 1;
      this.keys[slot] = grams[i];
      this.filter[(grams[i] >>> 5) & 255] |= 1 << (grams[i] & 31);
    }
  }

  private slotOf(gram: number): number {
    return (Math.imul(gram, 0x9e3779b1) >>> 16) & this.mask;
  }

  has(gram: number): boolean {
    if ((this.filter[(gram >>> 5) & 255] & (1 << (gram & 31))) === 0) return false;
    let slot = this.slotOf(gram);
    while (this.used[slot] === 1) {
      if (this.keys[slot] === gram) return true;
      slot = (slot + 1) & this.mask;
    }
    return false;
  }

  /** Dice coefficient with another distinct list: the same as a sorted merge of the two lists would count. */
  dice(other: Int32Array): number {
    if (this.size === 0 || other.length === 0) return 0;
    let n = 0;
    for (let i = 0; i < other.length; i++) if (this.has(other[i])) n++;
    return (2 * n) / (this.size + other.length);
  }
}
