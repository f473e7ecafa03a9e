import { NER_FEATURES, PART_KEY } from './features.js';
import type { TagInput } from './input.js';
import { MAX_WINDOW_FEATURES, partFeatures, partWordRow, POSITIONS, WINDOW, WINDOW_PARTS, WindowTerms, wordFeatures, type WindowModelParts } from './window-model.js';
import { seededRandom, shuffleInPlace } from './train.js';
import type { WordVectors } from './word-vectors.js';

export interface WindowExample {
  readonly input: TagInput;
  readonly i: number;
  /** The gold label id. */
  readonly y: number;
}

export interface WindowTrainOptions {
  readonly classes: number;
  readonly epochs: number;
  /** AdaGrad's learning rate. */
  readonly rate: number;
  readonly seed: number;
  readonly log?: (msg: string) => void;
}

/**
 * Trains the window model (window-model.ts) by AdaGrad on the cross-entropy of each example's gold label
 * (multinomial logistic regression); `weight` is left 0 for the caller to tune. Every sparse feature
 * seen in training gets a row.
 */
export function trainWindowModel(examples: readonly WindowExample[], vectors: WordVectors, o: WindowTrainOptions): WindowModelParts {
  const C = o.classes;
  const D = vectors.dims;
  const P = POSITIONS;
  // Features once: each example's sparse row indices and vector rows, flat.
  const index = new Map<number, number>();
  const featStart = new Int32Array(examples.length + 1);
  const feats: number[] = [];
  const vecRows = new Int32Array(examples.length * P);
  const keys = new Int32Array(MAX_WINDOW_FEATURES);
  const partKey = new Int32Array(PART_KEY);
  // The NER cached parts the model reads: their keys are what it sees at run time (window-model.ts).
  const parts = NER_FEATURES.parts.filter((p) => WindowTerms.reads(p.name));
  const take = (count: number) => {
    for (let k = 0; k < count; k++) {
      let f = index.get(keys[k]!);
      if (f === undefined) index.set(keys[k]!, (f = index.size));
      feats.push(f);
    }
  };
  examples.forEach((ex, e) => {
    const s = ex.input;
    vecRows.fill(-1, e * P, e * P + P);
    const own = vectors.row(s.atoms.lower[ex.i]!);
    vecRows[e * P + WINDOW] = own;
    take(wordFeatures(s, ex.i, own >= 0, keys, 0));
    for (const part of parts) {
      partKey.fill(0);
      if (!part.key(s, ex.i, -1, partKey)) continue;
      const d = WINDOW_PARTS[part.name!]!;
      const r = partWordRow(part.name!, partKey, vectors);
      if (r >= 0) vecRows[e * P + d + WINDOW] = r;
      take(partFeatures(part.name!, partKey, r, keys, 0));
    }
    featStart[e + 1] = feats.length;
  });
  const F = index.size;
  const vec = new Float32Array(vectors.keys.length * D);
  for (let k = 0; k < vec.length; k++) vec[k] = (vectors.values[k]! - 128) * vectors.scale;

  const rnd = seededRandom(o.seed);
  const dense = new Float32Array(P * C * D);
  const rows = new Float32Array(F * C);
  const bias = new Float32Array(C);
  const gDense = new Float32Array(dense.length).fill(1e-6);
  const gRows = new Float32Array(rows.length).fill(1e-6);
  const gBias = new Float32Array(C).fill(1e-6);
  const rate = o.rate;
  const step = (w: Float32Array, g: Float32Array, k: number, grad: number) => {
    g[k]! += grad * grad;
    w[k]! -= (rate * grad) / Math.sqrt(g[k]!);
  };

  const logits = new Float64Array(C);
  const order = examples.map((_, k) => k);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffleInPlace(order, rnd);
    let loss = 0;
    let right = 0;
    for (const e of order) {
      for (let c = 0; c < C; c++) logits[c] = bias[c]!;
      for (let p = 0; p < P; p++) {
        const r = vecRows[e * P + p]!;
        if (r < 0) continue;
        for (let c = 0; c < C; c++) {
          const w = (p * C + c) * D;
          let sum = 0;
          for (let d = 0; d < D; d++) sum += dense[w + d]! * vec[r * D + d]!;
          logits[c]! += sum;
        }
      }
      for (let k = featStart[e]!; k < featStart[e + 1]!; k++) {
        const w = feats[k]! * C;
        for (let c = 0; c < C; c++) logits[c]! += rows[w + c]!;
      }
      let max = -Infinity;
      let best = 0;
      for (let c = 0; c < C; c++) {
        if (logits[c]! > max) {
          max = logits[c]!;
          best = c;
        }
      }
      let z = 0;
      for (let c = 0; c < C; c++) z += Math.exp(logits[c]! - max);
      const y = examples[e]!.y;
      loss += max + Math.log(z) - logits[y]!;
      if (best === y) right++;
      for (let c = 0; c < C; c++) {
        const g = Math.exp(logits[c]! - max) / z - (c === y ? 1 : 0);
        if (Math.abs(g) < 1e-7) continue;
        step(bias, gBias, c, g);
        for (let k = featStart[e]!; k < featStart[e + 1]!; k++) step(rows, gRows, feats[k]! * C + c, g);
        for (let p = 0; p < P; p++) {
          const r = vecRows[e * P + p]!;
          if (r < 0) continue;
          const w = (p * C + c) * D;
          for (let d = 0; d < D; d++) step(dense, gDense, w + d, g * vec[r * D + d]!);
        }
      }
    }
    o.log?.(`   window model epoch ${epoch + 1}: loss ${(loss / order.length).toFixed(4)}, accuracy ${(right / order.length).toFixed(4)}`);
  }
  const featureKeys = new Int32Array(F);
  for (const [key, f] of index) featureKeys[f] = key;
  return { classes: C, dims: D, weight: 0, keys: featureKeys, rows, dense, bias };
}
