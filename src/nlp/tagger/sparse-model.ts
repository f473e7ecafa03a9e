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
  private readonly table: Int32Array;
  private readonly slot: Int32Array;
  private readonly mask: number;

  constructor(nClasses: number, keys: Int32Array, offsets: Uint32Array, classes: Uint8Array, weights: Float32Array) {
    this.nClasses = nClasses;
    this.keys = keys;
    this.offsets = offsets;
    this.classes = classes;
    this.weights = weights;
    let cap = 16;
    while (cap < keys.length * 2) cap <<= 1;
    this.mask = cap - 1;
    this.table = new Int32Array(cap);
    this.slot = new Int32Array(cap);
    for (let f = 0; f < keys.length; f++) {
      const k = keys[f]!;
      let h = k & this.mask;
      while (this.table[h] !== 0 && this.table[h] !== k) h = (h + 1) & this.mask;
      this.table[h] = k;
      this.slot[h] = f;
    }
  }

  get featureCount(): number {
    return this.keys.length;
  }

  score(keys: Int32Array, count: number, out: Float64Array): void {
    const { table, slot, mask, offsets, classes, weights } = this;
    for (let i = 0; i < count; i++) {
      const k = keys[i]!;
      let h = k & mask;
      let t = table[h]!;
      while (t !== k) {
        if (t === 0) break;
        h = (h + 1) & mask;
        t = table[h]!;
      }
      if (t === 0) continue;
      const f = slot[h]!;
      const end = offsets[f + 1]!;
      for (let j = offsets[f]!; j < end; j++) out[classes[j]!]! += weights[j]!;
    }
  }
}
