/**
 * A trained linear model, compact and fast to apply: for each feature key, the few classes it has a
 * non-zero weight for. Keys sit in an open-addressing table of 32-bit integers, so scoring a token is
 * a handful of integer probes and additions, with no strings and no allocation.
 */
export interface Scorer {
  readonly nClasses: number;
  /** Adds the weights of `keys[0..count)` to `out` (length nClasses), which the caller zeroes. */
  score(keys: Int32Array, count: number, out: Float64Array): void;
}

export class SparseModel implements Scorer {
  readonly nClasses: number;
  readonly keys: Int32Array;
  readonly offsets: Uint32Array;
  readonly classes: Uint8Array;
  readonly weights: Float32Array;
  /**
   * Probe table, 4 ints a slot: key, first entry, end entry, unused; 4 slots a cache line.
   * Entries are (class, weight) pairs in one buffer, so a feature costs about two memory reads.
   */
  private readonly table: Int32Array;
  private readonly entryClass: Int32Array;
  private readonly entryWeight: Float32Array;
  private readonly mask: number;
  private readonly found = new Int32Array(1024);

  constructor(nClasses: number, keys: Int32Array, offsets: Uint32Array, classes: Uint8Array, weights: Float32Array) {
    this.nClasses = nClasses;
    this.keys = keys;
    this.offsets = offsets;
    this.classes = classes;
    this.weights = weights;
    let cap = 16;
    while (cap < keys.length * 2) cap <<= 1;
    this.mask = cap - 1;
    this.table = new Int32Array(cap * 4);
    const entries = new ArrayBuffer(classes.length * 8);
    this.entryClass = new Int32Array(entries);
    this.entryWeight = new Float32Array(entries);
    for (let j = 0; j < classes.length; j++) {
      this.entryClass[2 * j] = classes[j]!;
      this.entryWeight[2 * j + 1] = weights[j]!;
    }
    for (let f = 0; f < keys.length; f++) {
      const k = keys[f]!;
      let h = k & this.mask;
      while (this.table[h * 4] !== 0 && this.table[h * 4] !== k) h = (h + 1) & this.mask;
      this.table[h * 4] = k;
      this.table[h * 4 + 1] = offsets[f]! * 2;
      this.table[h * 4 + 2] = offsets[f + 1]! * 2;
    }
  }

  get featureCount(): number {
    return this.keys.length;
  }

  score(keys: Int32Array, count: number, out: Float64Array): void {
    const { table, mask, entryClass, entryWeight, found } = this;
    // Two loops: first find every feature's slot, then add its weights. The probes do not depend on
    // each other, so the CPU overlaps their cache misses instead of waiting on each in turn.
    let n = 0;
    const step = mask << 2;
    for (let i = 0; i < count; i++) {
      const k = keys[i]!;
      let h = (k & mask) << 2;
      let t = table[h]!;
      while (t !== k && t !== 0) {
        h = (h + 4) & step;
        t = table[h]!;
      }
      if (t !== 0) found[n++] = h;
    }
    for (let i = 0; i < n; i++) {
      const h = found[i]!;
      const end = table[h + 2]!;
      for (let j = table[h + 1]!; j < end; j += 2) out[entryClass[j]!]! += entryWeight[j + 1]!;
    }
  }
}
