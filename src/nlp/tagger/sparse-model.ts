import { sharedArray } from '../../core/shared-tables.js';

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

/**
 * A model's arrays, its probe table and entries included: built once, then shared with worker
 * threads as they are (see core/shared-tables.ts), so no thread rebuilds the table.
 */
export interface SparseModelParts {
  readonly nClasses: number;
  readonly keys: Int32Array;
  readonly offsets: Uint32Array;
  readonly classes: Uint8Array;
  readonly weights: Float32Array;
  readonly table: Int32Array;
  readonly entries: Int32Array;
}

export class SparseModel implements Scorer {
  readonly nClasses: number;
  readonly keys: Int32Array;
  readonly offsets: Uint32Array;
  readonly classes: Uint8Array;
  readonly weights: Float32Array;
  /** Probe table, 2 ints a slot: key, index of the feature's entries in `entries`. */
  private readonly table: Int32Array;
  /**
   * Per feature: its entry count, then one int per class weight: weight quantised to 23 bits times 256,
   * plus the class. Scores are summed in these integer units (one scale for the whole model, so the
   * best class is the same) and each feature costs about two memory reads. Each feature's entries are
   * padded to a multiple of 4 with zeros (weight 0 for class 0, which adds nothing), so that they are
   * added four at a time.
   */
  private readonly entries: Int32Array;
  private readonly mask: number;
  private readonly found = new Int32Array(1024);
  /** Integer score units per unit of weight (the quantisation scale), to add other scores to this model's. */
  readonly unit: number;

  /** `built`: the probe table and entries made by an earlier construction over the same arrays (its parts()). */
  constructor(nClasses: number, keys: Int32Array, offsets: Uint32Array, classes: Uint8Array, weights: Float32Array,
    built?: { readonly table: Int32Array; readonly entries: Int32Array }) {
    if (nClasses > 256) throw new RangeError('a SparseModel holds at most 256 classes');
    this.nClasses = nClasses;
    this.keys = keys;
    this.offsets = offsets;
    this.classes = classes;
    this.weights = weights;
    let cap = 16;
    while (cap < keys.length * 2) cap <<= 1;
    this.mask = cap - 1;
    let maxAbs = 0;
    for (let j = 0; j < weights.length; j++) maxAbs = Math.max(maxAbs, Math.abs(weights[j]!));
    const scale = maxAbs > 0 ? 8_000_000 / maxAbs : 1;
    this.unit = scale;
    let size = 0;
    for (let f = 0; f < keys.length; f++) size += 1 + roundUp4(offsets[f + 1]! - offsets[f]!);
    if (built) {
      if (built.table.length !== cap * 2 || built.entries.length !== size) {
        throw new RangeError('SparseModel: the given probe table does not fit the model');
      }
      this.table = built.table;
      this.entries = built.entries;
      return;
    }
    // Over SharedArrayBuffers, so that parts() can be handed to worker threads without a copy.
    this.table = sharedArray(Int32Array, cap * 2);
    this.entries = sharedArray(Int32Array, size);
    let e = 0;
    for (let f = 0; f < keys.length; f++) {
      const k = keys[f]!;
      let h = k & this.mask;
      while (this.table[h * 2] !== 0 && this.table[h * 2] !== k) h = (h + 1) & this.mask;
      this.table[h * 2] = k;
      this.table[h * 2 + 1] = e;
      const count = offsets[f + 1]! - offsets[f]!;
      this.entries[e++] = roundUp4(count);
      for (let j = offsets[f]!; j < offsets[f + 1]!; j++) this.entries[e++] = Math.round(weights[j]! * scale) * 256 + classes[j]!;
      e += roundUp4(count) - count;
    }
  }

  static fromParts(p: SparseModelParts): SparseModel {
    return new SparseModel(p.nClasses, p.keys, p.offsets, p.classes, p.weights, p);
  }

  parts(): SparseModelParts {
    const { nClasses, keys, offsets, classes, weights, table, entries } = this;
    return { nClasses, keys, offsets, classes, weights, table, entries };
  }

  get featureCount(): number {
    return this.keys.length;
  }

  /**
   * Writes to `found` where the entries of each of `keys[0..count)` the model knows begin; returns how
   * many it knows. Scoring is two loops, this one and the adding: the probes do not depend on each
   * other, so the CPU overlaps their cache misses instead of waiting on each in turn.
   */
  private findEntries(keys: Int32Array, count: number): number {
    const { table, mask, found } = this;
    let n = 0;
    for (let i = 0; i < count; i++) {
      const k = keys[i]!;
      let h = k & mask;
      let t = table[h << 1]!;
      while (t !== k && t !== 0) {
        h = (h + 1) & mask;
        t = table[h << 1]!;
      }
      if (t !== 0) found[n++] = table[(h << 1) + 1]!;
    }
    return n;
  }

  score(keys: Int32Array, count: number, out: Float64Array): void {
    const { entries, found } = this;
    const n = this.findEntries(keys, count);
    for (let i = 0; i < n; i++) {
      let j = found[i]!;
      const end = j + 1 + entries[j]!;
      for (j++; j < end; j++) {
        const v = entries[j]!;
        out[v & 255]! += v >> 8;
      }
    }
  }

  /**
   * `score` into 32-bit integers, which add faster. Exact: a weight is at most 8,000,000 in these
   * units and a token has at most MAX_FEATURES (160) features, so no sum reaches 2^31.
   */
  scoreInt(keys: Int32Array, count: number, out: Int32Array): void {
    const { entries, found } = this;
    const n = this.findEntries(keys, count);
    for (let i = 0; i < n; i++) {
      let j = found[i]!;
      const end = j + 1 + entries[j]!;
      for (j++; j < end; j += 4) {
        const a = entries[j]!;
        const b = entries[j + 1]!;
        const c = entries[j + 2]!;
        const d = entries[j + 3]!;
        out[a & 255]! += a >> 8;
        out[b & 255]! += b >> 8;
        out[c & 255]! += c >> 8;
        out[d & 255]! += d >> 8;
      }
    }
  }
}

export function roundUp4(n: number): number {
  return (n + 3) & ~3;
}

/** out[0..width) += rows[from..from + width), four at a time (`width` a multiple of 4). */
export function addRow(out: Int32Array, rows: Int32Array, from: number, width: number): void {
  for (let c = 0; c < width; c += 4) {
    out[c]! += rows[from + c]!;
    out[c + 1]! += rows[from + c + 1]!;
    out[c + 2]! += rows[from + c + 2]!;
    out[c + 3]! += rows[from + c + 3]!;
  }
}
