import { GreedyDecoder, type LabelDictionary } from './decode.js';
import type { WindowModel } from './window-model.js';
import type { FeatureSet } from './features.js';
import { hashString } from './hash.js';
import type { TagInput } from './input.js';
import { transitionMask } from './labels.js';
import type { SparseModel } from './sparse-model.js';

/** A trained model with its labels and features: tags one sentence at a time. */
export class SequenceTagger {
  readonly labels: readonly string[];
  /** hashString(label), to feed one tagger's output to the next as a feature value. */
  readonly labelHashes: Int32Array;
  private readonly decoder: GreedyDecoder;

  constructor(labels: readonly string[], readonly model: SparseModel, features: FeatureSet, constrained: boolean, dictionary?: LabelDictionary, window?: WindowModel) {
    this.labels = labels;
    this.labelHashes = Int32Array.from(labels.map(hashString));
    this.decoder = new GreedyDecoder(labels.length, features, constrained ? transitionMask(labels) : null, labels, dictionary, window);
  }

  /** Label ids, one a token. */
  tag(input: TagInput): Int32Array {
    const out = new Int32Array(input.atoms.length);
    this.decoder.tag(input, this.model, out);
    return out;
  }

  /** Label ids turned into the hashes the next tagger reads. */
  hashes(ids: Int32Array): Int32Array {
    const out = new Int32Array(ids.length);
    for (let i = 0; i < ids.length; i++) out[i] = this.labelHashes[ids[i]!]!;
    return out;
  }
}
