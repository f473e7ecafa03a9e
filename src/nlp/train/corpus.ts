import type { ConllDocument } from '../conll.js';
import type { Gazetteer } from '../gazetteer.js';
import type { NameLists } from '../name-lists.js';
import { hashString } from '../tagger/hash.js';
import { makeInput, type TagInput } from '../tagger/input.js';
import { bilouFromSpans, bioFromSpans, spansFromIob, spansFromLabels } from '../tagger/labels.js';
import { NER_TYPES } from '../tagger/ner-tagger.js';
import { TrainGazetteer } from '../tagger/train-gazetteer.js';
import { addContextAggregation, addDocumentFeatures } from '../tagger/ner-doc.js';

/** A CoNLL document turned into tagger inputs (gold POS and chunk tags as the NER features) and gold labels. */
export interface PreparedDoc {
  readonly words: string[][];
  readonly inputs: TagInput[];
  readonly pos: string[][];
  readonly chunk: string[][];
  readonly ner: string[][];
}

export function chunkBio(tags: readonly string[]): string[] {
  return bioFromSpans(spansFromIob(tags), tags.length);
}

export function nerBilou(tags: readonly string[]): string[] {
  return bilouFromSpans(spansFromIob(tags), tags.length);
}

export function hashAll(tags: readonly string[]): Int32Array {
  return Int32Array.from(tags.map(hashString));
}

/**
 * `titleCaseEvery`: also add a Title Case copy of every n-th ordinary sentence (same tags), so the
 * taggers meet headline casing, which Reuters text has too little of (0 = none; training only).
 */
export function prepareDoc(doc: ConllDocument, titleCaseEvery = 0, counter = { n: 0 }): PreparedDoc {
  const sentences = [...doc.sentences];
  if (titleCaseEvery > 0) {
    for (const s of doc.sentences) {
      if (s.words.length < 4 || !s.words.some((w) => /^\p{Ll}{4}/u.test(w))) continue;
      if (++counter.n % titleCaseEvery !== 0) continue;
      sentences.push({ ...s, words: s.words.map(titleCase) });
    }
  }
  const words = sentences.map((s) => s.words);
  return {
    words,
    inputs: words.map((w) => makeInput(w)),
    pos: sentences.map((s) => s.pos),
    chunk: sentences.map((s) => chunkBio(s.chunk)),
    ner: sentences.map((s) => nerBilou(s.ner)),
  };
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'as']);

/** Headline casing: every word capitalised except short function words. */
export function titleCase(w: string): string {
  if (SMALL_WORDS.has(w) || !/^\p{Ll}/u.test(w)) return w;
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** NER pass-1 inputs: given POS and chunk hashes per sentence, add gazetteer, name-list and document features (as NerTagger.prepare). */
export function nerInputs(doc: PreparedDoc, pos: Int32Array[], chunk: Int32Array[], gaz: Gazetteer, names?: NameLists): TagInput[] {
  const out = doc.inputs.map((s, k) => ({ ...s, pos: pos[k], chunk: chunk[k], gaz: gaz.features(doc.words[k]!), names: names?.features(doc.words[k]!) }));
  addDocumentFeatures(out);
  addContextAggregation(out);
  return out;
}

export function labelIds(labels: readonly string[], tags: readonly string[]): Int32Array {
  const index = new Map(labels.map((l, i) => [l, i]));
  return Int32Array.from(tags.map((t) => index.get(t) ?? 0));
}

/**
 * Builds the training-data gazetteer from all of `train` (returned, for the model file) and gives each
 * training document the features of the gazetteer built from the documents of the other fold (jackknife).
 */
export function addTrainGazetteer(train: readonly PreparedDoc[], docs: readonly { inputs: TagInput[] }[], folds = 2): TrainGazetteer {
  const typeIndex = (t: string) => NER_TYPES.indexOf(t as (typeof NER_TYPES)[number]);
  const sentencesOf = (keep: (i: number) => boolean) => train.flatMap((d, i) => (keep(i) ? d.inputs.map((input, k) => ({ input, spans: spansFromLabels(d.ner[k]!) })) : []));
  for (let fold = 0; fold < folds; fold++) {
    const g = TrainGazetteer.build(sentencesOf((i) => i % folds !== fold), typeIndex);
    docs.forEach((d, i) => { if (i % folds === fold) g.addFeatures(d.inputs); });
  }
  return TrainGazetteer.build(sentencesOf(() => true), typeIndex);
}
