import { describe, expect, it } from 'vitest';
import { computeAtoms } from './atoms.js';
import { POS_FEATURES } from './features.js';
import { makeInput } from './input.js';
import { SequenceTagger } from './sequence-tagger.js';
import { SparseModel } from './sparse-model.js';
import { buildTagDictionary, TagDictionary } from './tag-dictionary.js';

/** `times` copies of one tagged sentence. */
function repeat(times: number, words: string[], tags: string[]) {
  return Array.from({ length: times }, () => ({ words, tags }));
}

describe('buildTagDictionary', () => {
  it('keeps the frequent words that nearly always take one tag, and only those', () => {
    const sentences = [
      ...repeat(30, ['the', 'walk'], ['DT', 'NN']),
      ...repeat(10, ['the', 'walk'], ['DT', 'VB']), // "walk": 30 NN of 40, too mixed
      ...repeat(5, ['of'], ['IN']), // always IN, but seen 5 times only
    ];
    expect(buildTagDictionary(sentences, 20, 0.97)).toEqual([['the', 'DT']]);
    expect(buildTagDictionary(sentences, 5, 0.97)).toEqual([['of', 'IN'], ['the', 'DT']]);
    expect(buildTagDictionary(sentences, 5, 0.75)).toEqual([['of', 'IN'], ['the', 'DT'], ['walk', 'NN']]);
  });
});

describe('TagDictionary', () => {
  const labels = ['DT', 'IN', 'NN', 'VBZ'];

  it('finds a token\'s word as written, and nothing for other words or other casings', () => {
    const dict = new TagDictionary([['of', 'IN'], ['runs', 'VBZ'], ['the', 'DT']], labels);
    const atoms = computeAtoms(['the', 'The', 'runs', 'of', 'ruins', 'OF']);
    expect([0, 1, 2, 3, 4, 5].map((i) => dict.lookup({ atoms, mode: 0 }, i))).toEqual([0, -1, 3, 1, -1, -1]);
    expect(dict.size).toBe(3);
  });

  it('refuses a tag the model has no label for', () => {
    expect(() => new TagDictionary([['the', 'XX']], labels)).toThrow(/"the" has the tag XX/);
  });

  it('fixes the tag of dictionary words in prose, not in headlines', () => {
    // A model with no features scores every label 0, so the decoder picks label 0 (DT) for any word.
    const empty = new SparseModel(labels.length, new Int32Array(0), new Uint32Array(1), new Uint8Array(0), new Float32Array(0));
    const tagger = new SequenceTagger(labels, empty, POS_FEATURES, false, new TagDictionary([['runs', 'VBZ'], ['of', 'IN']], labels));
    const names = (words: string[]) => Array.from(tagger.tag(makeInput(words)), (id) => labels[id]);
    expect(names(['the', 'dog', 'runs', 'home', 'each', 'day', '.'])).toEqual(['DT', 'DT', 'VBZ', 'DT', 'DT', 'DT', 'DT']);
    expect(names(['most', 'of', 'them', 'walk'])).toEqual(['DT', 'IN', 'DT', 'DT']);
    // Title Case: every word of four letters or more capitalised, so the sentence is a headline and "of" is scored.
    expect(names(['Bank', 'of', 'England', 'Raises', 'Rates'])).toEqual(['DT', 'DT', 'DT', 'DT', 'DT']);
  });
});
