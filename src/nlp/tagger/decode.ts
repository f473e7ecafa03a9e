import { MAX_FEATURES, type Extractor } from './features.js';
import type { TagInput } from './input.js';
import type { Scorer } from './sparse-model.js';
import type { PerceptronTrainer } from './perceptron.js';

/**
 * Greedy left-to-right decoding: each token takes the best label its features allow, given the labels
 * already chosen. `allowed[prev + 1][cur]` (prev -1 = sentence start) forbids impossible sequences such
 * as I-PER after O, which a perceptron would otherwise emit now and then.
 * With `gold` and a trainer, the same loop trains: the model sees its own previous decisions, as at run time.
 */
export class GreedyDecoder {
  private readonly keys = new Int32Array(MAX_FEATURES);
  private readonly scores: Float64Array;

  constructor(
    readonly nClasses: number,
    readonly extract: Extractor,
    readonly allowed: Uint8Array | null,
  ) {
    this.scores = new Float64Array(nClasses);
  }

  tag(s: TagInput, model: Scorer, out: Int32Array, gold?: Int32Array, trainer?: PerceptronTrainer): void {
    const n = s.atoms.length;
    const C = this.nClasses;
    const { keys, scores, allowed } = this;
    let p1 = -1;
    let p2 = -1;
    for (let i = 0; i < n; i++) {
      const count = this.extract(s, i, p1, p2, keys);
      scores.fill(0);
      model.score(keys, count, scores);
      let best = -1;
      let bestScore = -Infinity;
      const row = (p1 + 1) * C;
      // Scan from the highest class down so ties go to the lowest index (O is 0), deterministically.
      for (let c = C - 1; c >= 0; c--) {
        if (allowed && !allowed[row + c]) continue;
        if (scores[c]! >= bestScore) {
          bestScore = scores[c]!;
          best = c;
        }
      }
      if (gold && trainer) {
        trainer.learn(keys, count, gold[i]!, best);
        // Follow the model's own choice: training then matches greedy decoding at run time.
      }
      out[i] = best;
      p2 = p1;
      p1 = best;
    }
  }
}
