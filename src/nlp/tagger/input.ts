import { wordClusters } from './clusters.js';
import { computeAtoms, FLAG_ALL_CAPS, FLAG_HAS_LOWER, FLAG_INIT_CAP, type Atoms } from './atoms.js';

/** How a sentence is cased: headlines in Title Case or ALL CAPS make capitals say little. */
export const MODE_NORMAL = 0;
export const MODE_TITLE = 1;
export const MODE_CAPS = 2;

/** One sentence as the taggers see it: token atoms plus layers earlier taggers and passes add. */
export interface TagInput {
  readonly atoms: Atoms;
  readonly mode: number;
  /** Hashed POS tag per token (for chunk and NER). */
  pos?: Int32Array;
  /** Hashed chunk tag per token (for NER). */
  chunk?: Int32Array;
  /** Hashed gazetteer hit per token ("country:B", ...), 0 when none. */
  gaz?: Int32Array;
  /** Name-list mask per token (NER; see nlp/name-lists.ts), 0 when none: a function of the word as written. */
  names?: Int32Array;
  /** Document features per token (hashed), 0 when none; up to DOC_SLOTS a token. */
  doc?: Int32Array;
  /**
   * Context aggregation (NER): feature keys per token, token i's from aggStart[i] to aggStart[i + 1]
   * (the words around the other occurrences of the same name in the document, see ner-doc.ts).
   */
  agg?: Int32Array;
  aggStart?: Int32Array;
  /** Labels of a first NER pass, for the second (stacked) pass. */
  pass1?: Int32Array;
  /**
   * Tokens the decoder may label O without scoring when the previous label closed any entity
   * (the second NER pass skips lowercase words the first pass left outside names: most of the text).
   */
  skip?: Uint8Array;
}

export const DOC_SLOTS = 4;

export function sentenceMode(atoms: Atoms, words: readonly string[]): number {
  let alpha = 0;
  let capsWords = 0;
  let initCapLong = 0;
  let long = 0;
  for (let i = 0; i < atoms.length; i++) {
    const f = atoms.flags[i]!;
    if (!(f & (FLAG_INIT_CAP | FLAG_HAS_LOWER))) continue;
    alpha++;
    if (f & FLAG_ALL_CAPS) capsWords++;
    if (words[i]!.length > 3) {
      long++;
      if (f & FLAG_INIT_CAP) initCapLong++;
    }
  }
  if (alpha >= 2 && capsWords === alpha) return MODE_CAPS;
  if (long >= 3 && initCapLong === long) return MODE_TITLE;
  return MODE_NORMAL;
}

export function makeInput(words: readonly string[]): TagInput {
  const atoms = computeAtoms(words, wordClusters());
  // Every field present from the start: one object shape for all inputs keeps feature extraction monomorphic.
  return { atoms, mode: sentenceMode(atoms, words), pos: undefined, chunk: undefined, gaz: undefined, names: undefined, doc: undefined, agg: undefined, aggStart: undefined, pass1: undefined, skip: undefined };
}
