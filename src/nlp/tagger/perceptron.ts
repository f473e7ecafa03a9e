import { SparseModel, type Scorer } from './sparse-model.js';

/**
 * Averaged perceptron (Collins 2002) over a fixed feature index, with lazy averaging: each weight keeps
 * the step it last changed at, so an update costs O(features x 2) whatever the number of classes.
 * Feature keys missing from the index (e.g. previous-tag combinations never seen with gold history)
 * are ignored, which keeps the model closed over what training data can support.
 */
export class PerceptronTrainer implements Scorer {
  readonly nClasses: number;
  private readonly index: Map<number, number>;
  private readonly keyOf: Int32Array;
  private readonly w: Float64Array;
  private readonly total: Float64Array;
  private readonly stamp: Int32Array;
  private step = 0;
  private readonly idxBuf: Int32Array;

  /**
   * `paC` > 0: passive-aggressive updates (PA-I, Crammer et al. 2006) instead of unit steps: a mistake
   * moves the weights just enough to put the gold label a margin of 1 ahead (step (1 + loss margin) /
   * (2 x features), at most paC), so a narrow miss changes little and a confident one more. Averaged as before.
   */
  constructor(nClasses: number, index: Map<number, number>, maxFeaturesPerToken = 512, private readonly paC = 0) {
    this.nClasses = nClasses;
    this.index = index;
    this.keyOf = new Int32Array(index.size);
    for (const [k, f] of index) this.keyOf[f] = k;
    this.w = new Float64Array(index.size * nClasses);
    this.total = new Float64Array(index.size * nClasses);
    this.stamp = new Int32Array(index.size * nClasses);
    this.idxBuf = new Int32Array(maxFeaturesPerToken);
  }

  score(keys: Int32Array, count: number, out: Float64Array): void {
    const C = this.nClasses;
    for (let i = 0; i < count; i++) {
      const f = this.index.get(keys[i]!);
      if (f === undefined) continue;
      const base = f * C;
      for (let c = 0; c < C; c++) out[c]! += this.w[base + c]!;
    }
  }

  /**
   * One training step: call for every token, right or wrong, so averaging counts every step. `margin`:
   * the predicted label's score minus the gold one's (for passive-aggressive updates).
   */
  learn(keys: Int32Array, count: number, gold: number, predicted: number, margin = 0): void {
    this.step++;
    if (gold === predicted) return;
    const found = this.idxBuf;
    let known = 0;
    for (let i = 0; i < count; i++) {
      const f = this.index.get(keys[i]!);
      if (f !== undefined) found[known++] = f;
    }
    const tau = this.paC > 0 ? Math.min(this.paC, (1 + margin) / (2 * Math.max(known, 1))) : 1;
    for (let i = 0; i < known; i++) {
      this.bump(found[i]! * this.nClasses + gold, tau);
      this.bump(found[i]! * this.nClasses + predicted, -tau);
    }
  }

  private bump(p: number, delta: number): void {
    this.total[p]! += (this.step - this.stamp[p]!) * this.w[p]!;
    this.stamp[p] = this.step;
    this.w[p]! += delta;
  }

  /**
   * The averaged weights as a SparseModel; weights smaller than `minWeight` in magnitude are dropped
   * (they barely move a decision and make up most of a raw model).
   */
  compile(minWeight = 1e-3): SparseModel {
    const C = this.nClasses;
    const step = Math.max(this.step, 1);
    const keys: number[] = [];
    const offsets: number[] = [0];
    const classes: number[] = [];
    const weights: number[] = [];
    const nF = this.keyOf.length;
    for (let f = 0; f < nF; f++) {
      let any = false;
      for (let c = 0; c < C; c++) {
        const p = f * C + c;
        const avg = (this.total[p]! + (this.step - this.stamp[p]!) * this.w[p]!) / step;
        if (Math.abs(avg) >= minWeight) {
          classes.push(c);
          weights.push(avg);
          any = true;
        }
      }
      if (any) {
        keys.push(this.keyOf[f]!);
        offsets.push(classes.length);
      }
    }
    return new SparseModel(C, Int32Array.from(keys), Uint32Array.from(offsets), Uint8Array.from(classes), Float32Array.from(weights));
  }
}

/** Builds a feature index from key counts, keeping keys seen at least `minCount` times. */
export function buildIndex(counts: Map<number, number>, minCount: number): Map<number, number> {
  const index = new Map<number, number>();
  // Sorted for determinism: the index, and so the model file, do not depend on Map insertion quirks.
  const kept = [...counts].filter(([, n]) => n >= minCount).map(([k]) => k).sort((a, b) => a - b);
  for (const k of kept) index.set(k, index.size);
  return index;
}
