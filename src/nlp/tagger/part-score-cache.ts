import { PART_KEY, type CachedPart } from './features.js';
import type { TagInput } from './input.js';
import { addRow, roundUp4, type SparseModel } from './sparse-model.js';
import { SCORE_CACHE_SLOTS_LOG2 } from './word-score-cache.js';
import { WindowTerms } from './window-model.js';

/**
 * The summed weights of each cached part's features (see CachedPart), per class, kept per key for the
 * keys seen lately: a neighbour's word, the POS tags around a token and the like repeat all through
 * the text, so a part costs one read here instead of hashing and probing its features at every token.
 * A part's features are computed from its key alone, so a sum kept for a key is exactly what scoring
 * them would give (integer model units): tagging is unchanged, only faster.
 *
 * Direct-mapped, one table for all parts: a (part, key) has one slot, chosen by a hash of both, and
 * takes it over from whatever held it. A slot holds the part's number plus one (0: empty), its key,
 * then its sums, side by side so that a hit reads one stretch of memory.
 */
export class PartScoreCache {
  private readonly mask: number;
  private readonly stride: number;
  private readonly table: Int32Array;
  private readonly key = new Int32Array(PART_KEY);
  private readonly fresh: Int32Array;
  /** Per part, its name when the window model reads it. */
  private readonly windowParts: (string | undefined)[];
  /** Sums per slot: nClasses rounded up to a multiple of 4 (see addRow). */
  readonly width: number;

  constructor(
    readonly nClasses: number,
    private readonly parts: readonly CachedPart[],
    slotsLog2 = SCORE_CACHE_SLOTS_LOG2,
    /** The NER window model's scores of the parts it reads, added to their sums (see window-model.ts). */
    private readonly window?: WindowTerms,
  ) {
    this.windowParts = parts.map((p) => (window && WindowTerms.reads(p.name) ? p.name! : undefined));
    this.mask = (1 << slotsLog2) - 1;
    this.width = roundUp4(nClasses);
    this.stride = 1 + PART_KEY + this.width;
    this.table = new Int32Array((1 << slotsLog2) * this.stride);
    this.fresh = new Int32Array(this.width);
  }

  /** Adds every part's scores for token i (given the previous label p1) to out[0..width), scoring a part with `model` when its slot holds another key. */
  add(s: TagInput, i: number, p1: number, model: SparseModel, keys: Int32Array, out: Int32Array): void {
    const { parts, key, table, stride, width } = this;
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p]!;
      key.fill(0);
      if (!part.key(s, i, p1, key)) continue;
      let h = Math.imul(p + 1, 0x9e3779b1);
      for (let k = 0; k < PART_KEY; k++) h = Math.imul(h ^ key[k]!, 0x85ebca6b) ^ (h >>> 15);
      const base = ((h ^ (h >>> 13)) & this.mask) * stride;
      let hit = table[base] === p + 1;
      for (let k = 0; hit && k < PART_KEY; k++) hit = table[base + 1 + k] === key[k];
      const sums = base + 1 + PART_KEY;
      if (hit) {
        addRow(out, table, sums, width);
        continue;
      }
      const fresh = this.fresh;
      fresh.fill(0);
      model.scoreInt(keys, part.features(key, keys, 0), fresh);
      const name = this.windowParts[p];
      if (name !== undefined) this.window!.addPart(name, key, fresh);
      addRow(out, fresh, 0, width);
      table[base] = p + 1;
      table.set(key, base + 1);
      table.set(fresh, sums);
    }
  }
}
