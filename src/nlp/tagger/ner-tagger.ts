import type { Gazetteer } from '../gazetteer.js';
import type { NameLists } from '../name-lists.js';
import { NER_FEATURES } from './features.js';
import type { TagInput } from './input.js';
import { addContextAggregation, addDocumentFeatures, addPass1Features, addPass1Skip } from './ner-doc.js';
import { SequenceTagger } from './sequence-tagger.js';
import type { TrainGazetteer } from './train-gazetteer.js';
import type { SparseModel } from './sparse-model.js';
import type { WindowModel } from './window-model.js';

/** CoNLL entity types, in the order the NER models index them. */
export const NER_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

export function nerLabels(): string[] {
  const labels = ['O'];
  for (const t of NER_TYPES) for (const p of ['B', 'I', 'L', 'U']) labels.push(`${p}-${t}`);
  return labels;
}

/** typeOf[label id] = index in NER_TYPES, -1 for O. */
export function labelTypes(labels: readonly string[]): Int32Array {
  return Int32Array.from(labels.map((l) => (l === 'O' ? -1 : NER_TYPES.indexOf(l.slice(2) as (typeof NER_TYPES)[number]))));
}

/**
 * Two-pass NER over a whole document: pass 1 tags each sentence from local, gazetteer and
 * document-casing features; pass 2 tags again, also seeing pass 1's labels for this token and
 * for the other occurrences of the same word, which makes a name's type consistent across the article.
 * Both passes add a window model's scores to their own, when there is one: that is what was tuned
 * (an early variant on eng.testa: 0.9374 with both passes, 0.9344 / 0.9347 with pass 1 / pass 2 alone).
 */
export class NerTagger {
  readonly pass1: SequenceTagger;
  readonly pass2: SequenceTagger;
  private readonly typeOf: Int32Array;

  constructor(
    readonly labels: readonly string[],
    model1: SparseModel,
    model2: SparseModel,
    readonly gazetteer: Gazetteer,
    /** The training data's names (hashed), when the model was trained with them. */
    readonly trainGazetteer?: TrainGazetteer,
    /** Person and company name lists, when the model was trained with them. */
    readonly nameLists?: NameLists,
    /** The window model whose scores both passes add to their perceptron's (see window-model.ts). */
    readonly window?: WindowModel,
  ) {
    this.pass1 = new SequenceTagger(labels, model1, NER_FEATURES, true, undefined, window);
    this.pass2 = new SequenceTagger(labels, model2, NER_FEATURES, true, undefined, window);
    this.typeOf = labelTypes(labels);
  }

  /** The same perceptrons with another window model (none: the perceptrons alone). */
  withWindow(window?: WindowModel): NerTagger {
    return new NerTagger(this.labels, this.pass1.model, this.pass2.model, this.gazetteer, this.trainGazetteer, this.nameLists, window);
  }

  /** Inputs for pass 1: copies of the sentences with gazetteer and document features added. */
  prepare(inputs: readonly TagInput[], words: readonly (readonly string[])[]): TagInput[] {
    const out = inputs.map((s, k) => ({ ...s, gaz: this.gazetteer.features(words[k]!), names: this.nameLists?.features(words[k]!), doc: undefined, agg: undefined, aggStart: undefined, pass1: undefined }));
    addDocumentFeatures(out);
    addContextAggregation(out);
    this.trainGazetteer?.addFeatures(out);
    addPass1Skip(out);
    return out;
  }

  /** Pass 2 inputs from pass 1 inputs and labels. */
  stack(prepared: readonly TagInput[], pass1: Int32Array[]): TagInput[] {
    const out = prepared.map((s) => ({ ...s }));
    addPass1Features(out, pass1, this.typeOf, NER_TYPES.length);
    return out;
  }

  /** Label ids per sentence, for one document. */
  tagDocument(inputs: readonly TagInput[], words: readonly (readonly string[])[]): Int32Array[] {
    const prepared = this.prepare(inputs, words);
    const first = prepared.map((s) => this.pass1.tag(s));
    const second = this.stack(prepared, first);
    return second.map((s) => this.pass2.tag(s));
  }
}
