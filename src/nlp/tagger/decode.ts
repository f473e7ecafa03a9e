import { MAX_FEATURES, type Extractor, type FeatureSet } from './features.js';
import type { TagInput } from './input.js';
import { roundUp4, SparseModel, type Scorer } from './sparse-model.js';
import type { PerceptronTrainer } from './perceptron.js';
import { HistoryScores } from './history-scores.js';
import { PartScoreCache } from './part-score-cache.js';
import { WordScoreCache } from './word-score-cache.js';
import { MODE_NORMAL } from './input.js';
import { WindowTerms, type WindowModel } from './window-model.js';

/** Labels some tokens take without scoring (see TagDictionary, ChunkDictionary): -1 when not listed. */
export interface LabelDictionary {
  lookup(s: TagInput, i: number, p1: number): number;
}

interface Speedups {
  readonly words: WordScoreCache;
  readonly history: HistoryScores;
  readonly parts: PartScoreCache;
}

/**
 * Greedy left-to-right decoding: each token takes the best label its features allow, given the labels
 * already chosen. `allowed[prev + 1][cur]` (prev -1 = sentence start) forbids impossible sequences such
 * as I-PER after O, which a perceptron would otherwise emit now and then.
 * With `gold` and a trainer, the same loop trains: the model sees its own previous decisions, as at run time.
 * Given a FeatureSet (templates split into word, history, cached and context parts), tagging with a
 * trained model takes each word's word-only scores from a WordScoreCache, the previous labels' from a
 * HistoryScores table and the cached parts' from a PartScoreCache, and extracts only the context
 * features per token; training always extracts every feature (the weights change under it). A window
 * model (NER) adds its scores through those caches, so only tagging with a trained model sees it.
 */
export class GreedyDecoder {
  private readonly keys = new Int32Array(MAX_FEATURES);
  private readonly scores: Float64Array;
  /** The fast path's sums, in the model's integer units (see SparseModel.scoreInt). */
  private readonly intScores: Int32Array;

  /** closed[label + 1]: 1 when a label ends any entity (O, L-, U-, or the sentence start), for `skip`. */
  private readonly closed: Uint8Array;
  /** Per trained model (a cached sum belongs to the model that made it). */
  private readonly speedups = new WeakMap<Scorer, Speedups>();
  readonly extract: Extractor;
  private readonly split: FeatureSet | undefined;

  constructor(
    readonly nClasses: number,
    features: Extractor | FeatureSet,
    readonly allowed: Uint8Array | null,
    labels?: readonly string[],
    /** Tokens that take their label unscored when tagging ordinary prose (see LabelDictionary). */
    private readonly dictionary?: LabelDictionary,
    /** A window model whose scores the score caches add to a trained model's (NER; see window-model.ts). */
    private readonly window?: WindowModel,
  ) {
    this.extract = typeof features === 'function' ? features : features.full;
    this.split = typeof features === 'function' ? undefined : features;
    this.scores = new Float64Array(nClasses);
    this.intScores = new Int32Array(roundUp4(nClasses));
    this.closed = Uint8Array.from([1, ...(labels ?? []).map((l) => (l === 'O' || l[0] === 'L' || l[0] === 'U' ? 1 : 0))]);
  }

  private speedupsFor(model: SparseModel): Speedups {
    let found = this.speedups.get(model);
    if (!found) {
      const window = this.window ? new WindowTerms(this.window, model.unit) : undefined;
      found = {
        words: new WordScoreCache(this.nClasses, undefined, window),
        history: new HistoryScores(this.nClasses, model, this.split!.history),
        parts: new PartScoreCache(this.nClasses, this.split!.parts, undefined, window),
      };
      this.speedups.set(model, found);
    }
    return found;
  }

  tag(s: TagInput, model: Scorer, out: Int32Array, gold?: Int32Array, trainer?: PerceptronTrainer): void {
    const n = s.atoms.length;
    const C = this.nClasses;
    const { keys, scores, intScores, allowed, split } = this;
    const fast = split && !trainer && model instanceof SparseModel ? this.speedupsFor(model) : null;
    let p1 = -1;
    let p2 = -1;
    const skip = s.skip;
    // Headline casing changes what a word is ("Talks" the noun), so the dictionary reads prose only.
    const dictionary = fast && s.mode === MODE_NORMAL ? this.dictionary : undefined;
    for (let i = 0; i < n; i++) {
      if (dictionary) {
        const fixed = dictionary.lookup(s, i, p1);
        if (fixed >= 0) {
          out[i] = fixed;
          p2 = p1;
          p1 = fixed;
          continue;
        }
      }
      if (skip && skip[i] && this.closed[p1 + 1]) {
        // Label 0 is O in every scheme here (labels sort with O first for NER).
        out[i] = 0;
        p2 = p1;
        p1 = 0;
        continue;
      }
      let count = 0;
      let best: number;
      if (fast) {
        const m = model as SparseModel;
        intScores.fill(0);
        fast.words.add(s, i, m, split!.word, keys, intScores);
        fast.history.add(p1, p2, intScores);
        fast.parts.add(s, i, p1, m, keys, intScores);
        m.scoreInt(keys, split!.context(s, i, p1, p2, keys, 0), intScores);
        best = bestLabel(intScores, C, allowed, p1);
      } else {
        scores.fill(0);
        count = this.extract(s, i, p1, p2, keys);
        model.score(keys, count, scores);
        best = bestLabel(scores, C, allowed, p1);
      }
      if (gold && trainer) {
        trainer.learn(keys, count, gold[i]!, best, scores[best]! - scores[gold[i]!]!);
        // Follow the model's own choice: training then matches greedy decoding at run time.
      }
      out[i] = best;
      p2 = p1;
      p1 = best;
    }
  }
}

/** The allowed label after p1 with the highest score; ties go to the lowest index (O is 0), deterministically. */
function bestLabel(scores: Int32Array | Float64Array, C: number, allowed: Uint8Array | null, p1: number): number {
  let best = -1;
  let bestScore = -Infinity;
  const row = (p1 + 1) * C;
  // Scan from the highest class down, so that of equal scores the lowest class is kept.
  for (let c = C - 1; c >= 0; c--) {
    if (allowed && !allowed[row + c]) continue;
    if (scores[c]! >= bestScore) {
      bestScore = scores[c]!;
      best = c;
    }
  }
  return best;
}
