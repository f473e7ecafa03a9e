import type { HistoryExtractor } from './features.js';
import { addRow, roundUp4, type Scorer } from './sparse-model.js';

/**
 * The summed weights of the features that depend only on the two previous labels, for every pair
 * (p2, p1) including the sentence start (-1): a dense table read with one offset instead of probing
 * a few of the model's densest features at every token. Integer model units, as the model sums them.
 */
export class HistoryScores {
  private readonly table: Int32Array;
  private readonly side: number;
  /** Ints per row: nClasses rounded up to a multiple of 4 (see addRow). */
  readonly width: number;

  constructor(readonly nClasses: number, model: Scorer, history: HistoryExtractor) {
    this.side = nClasses + 1;
    this.width = roundUp4(nClasses);
    this.table = new Int32Array(this.side * this.side * this.width);
    const keys = new Int32Array(16);
    const sums = new Float64Array(nClasses);
    for (let p2 = -1; p2 < nClasses; p2++) {
      for (let p1 = -1; p1 < nClasses; p1++) {
        sums.fill(0);
        model.score(keys, history(p1, p2, keys, 0), sums);
        this.table.set(sums, this.offset(p1, p2));
      }
    }
  }

  private offset(p1: number, p2: number): number {
    return ((p2 + 1) * this.side + (p1 + 1)) * this.width;
  }

  /** Adds the history features' scores for previous labels p1, p2 to out[0..width). */
  add(p1: number, p2: number, out: Int32Array): void {
    addRow(out, this.table, this.offset(p1, p2), this.width);
  }
}
