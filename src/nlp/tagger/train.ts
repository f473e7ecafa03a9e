import { GreedyDecoder } from './decode.js';
import { MAX_FEATURES, type Extractor } from './features.js';
import type { TagInput } from './input.js';
import { buildIndex, PerceptronTrainer } from './perceptron.js';
import type { SparseModel } from './sparse-model.js';

/** Deterministic PRNG (mulberry32), so `npm run train` gives the same model every time. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffleInPlace<T>(arr: T[], rand: () => number): void {
  for (let i = arr.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [arr[i], arr[j]] = [arr[j]!, arr[i]!];
  }
}

export interface TrainOptions {
  readonly labels: readonly string[];
  readonly extract: Extractor;
  readonly allowed: Uint8Array | null;
  readonly epochs: number;
  readonly seed: number;
  /** Keep only features seen this often with gold history (prunes rare noise, shrinks the model). */
  readonly minCount: number;
  readonly minWeight?: number;
  /** Passive-aggressive updates with this cap (see PerceptronTrainer); 0 or absent: perceptron steps. */
  readonly passiveAggressive?: number;
  readonly log?: (msg: string) => void;
}

/** Trains a greedy averaged-perceptron tagger on sentences with gold label ids. */
export function trainTagger(inputs: readonly TagInput[], golds: readonly Int32Array[], opts: TrainOptions): SparseModel {
  const C = opts.labels.length;
  const keys = new Int32Array(MAX_FEATURES);
  const counts = new Map<number, number>();
  for (let s = 0; s < inputs.length; s++) {
    const input = inputs[s]!;
    const gold = golds[s]!;
    for (let i = 0; i < input.atoms.length; i++) {
      const n = opts.extract(input, i, i > 0 ? gold[i - 1]! : -1, i > 1 ? gold[i - 2]! : -1, keys);
      for (let k = 0; k < n; k++) counts.set(keys[k]!, (counts.get(keys[k]!) ?? 0) + 1);
    }
  }
  const index = buildIndex(counts, opts.minCount);
  counts.clear();
  opts.log?.(`  ${index.size} features (min count ${opts.minCount}), ${C} labels`);
  const trainer = new PerceptronTrainer(C, index, MAX_FEATURES, opts.passiveAggressive ?? 0);
  const decoder = new GreedyDecoder(C, opts.extract, opts.allowed, opts.labels);
  const order = inputs.map((_, i) => i);
  const rand = seededRandom(opts.seed);
  const out = new Int32Array(1024);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    shuffleInPlace(order, rand);
    let errors = 0;
    let tokens = 0;
    for (const s of order) {
      const input = inputs[s]!;
      const gold = golds[s]!;
      const buf = input.atoms.length <= out.length ? out : new Int32Array(input.atoms.length);
      decoder.tag(input, trainer, buf, gold, trainer);
      for (let i = 0; i < input.atoms.length; i++) if (buf[i] !== gold[i]) errors++;
      tokens += input.atoms.length;
    }
    opts.log?.(`  epoch ${epoch}: ${((1 - errors / tokens) * 100).toFixed(2)}% of training tokens right`);
  }
  return trainer.compile(opts.minWeight);
}
