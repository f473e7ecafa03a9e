import { describe, expect, it } from 'vitest';
import { buildChunkDictionary, ChunkDictionary } from './chunk-dictionary.js';
import { hashTag } from './hash.js';
import { makeInput, type TagInput } from './input.js';

const LABELS = ['B-NP', 'B-PP', 'B-VP', 'I-NP', 'O'];
const id = (l: string) => LABELS.indexOf(l);

function input(words: string[], tags: string[]): TagInput {
  return { ...makeInput(words), pos: Int32Array.from(tags.map(hashTag)) };
}

describe('chunk dictionary', () => {
  const sentence = { words: ['The', 'cat', 'sat', 'on', 'the', 'mat', '.'], pos: ['DT', 'NN', 'VBD', 'IN', 'DT', 'NN', '.'], chunk: ['B-NP', 'I-NP', 'B-VP', 'B-PP', 'B-NP', 'I-NP', 'O'] };

  it('keeps (word, tag, previous label) seen often enough with one label', () => {
    const entries = buildChunkDictionary(Array(20).fill(sentence), 20, 0.99);
    expect(entries).toContainEqual(['the', 'DT', 'B-PP', 'B-NP']);
    expect(entries).toContainEqual(['the', 'DT', '', 'B-NP']);
    expect(entries).toContainEqual(['.', '.', 'I-NP', 'O']);
    // Each word seen once too few times: no word's entry (two nouns a sentence make 38 for (NN, B-NP)).
    expect(buildChunkDictionary(Array(19).fill(sentence), 20, 0.99)).toEqual([['', 'NN', 'B-NP', 'I-NP']]);
    // Two labels for the same key, neither 99% of the time: left to the tagger.
    const other = { ...sentence, chunk: ['B-NP', 'I-NP', 'B-VP', 'B-PP', 'B-NP', 'I-NP', 'B-NP'] };
    const mixed = buildChunkDictionary([...Array(19).fill(sentence), other], 20, 0.99);
    expect(mixed.some((e) => e[0] === '.')).toBe(false);
  });

  it('looks a token up by its word (any case, digits folded), its tag and the label before it', () => {
    const dict = new ChunkDictionary([['the', 'DT', 'B-PP', 'B-NP'], ['0', 'CD', '', 'B-NP']], LABELS);
    const s = input(['On', 'THE', 'mat', 'the'], ['IN', 'DT', 'NN', 'JJ']);
    expect(dict.lookup(s, 1, id('B-PP'))).toBe(id('B-NP'));
    // Another previous label, another tag, or no POS layer: not listed.
    expect(dict.lookup(s, 1, id('O'))).toBe(-1);
    expect(dict.lookup(s, 3, id('B-PP'))).toBe(-1);
    expect(dict.lookup({ ...s, pos: undefined }, 1, id('B-PP'))).toBe(-1);
    expect(dict.lookup(input(['7'], ['CD']), 0, -1)).toBe(id('B-NP'));
  });

  it('keeps (tag, previous label) for any word, and looks a word\'s own entry up first', () => {
    const entries = buildChunkDictionary(Array(20).fill(sentence), 20, 0.99);
    expect(entries).toContainEqual(['', 'NN', 'B-NP', 'I-NP']);
    const dict = new ChunkDictionary([['', 'DT', 'B-PP', 'B-NP'], ['that', 'DT', 'B-PP', 'O']], LABELS);
    const s = input(['On', 'a', 'mat', 'that'], ['IN', 'DT', 'NN', 'DT']);
    // Any determiner after B-PP opens a noun phrase ...
    expect(dict.lookup(s, 1, id('B-PP'))).toBe(id('B-NP'));
    // ... but a word listed on its own keeps its own label.
    expect(dict.lookup(s, 3, id('B-PP'))).toBe(id('O'));
    expect(dict.lookup(s, 2, id('B-NP'))).toBe(-1);
  });

  it('keeps (tag, previous label, next tag) for any word, looked up after the entries without the next tag', () => {
    const entries = buildChunkDictionary(Array(20).fill(sentence), 20, 0.99);
    expect(entries).toContainEqual(['', 'NN', 'B-NP', 'I-NP', 'VBD']);
    expect(entries).toContainEqual(['', '.', 'I-NP', 'O', '']);
    const dict = new ChunkDictionary([['', 'NNP', 'B-NP', 'I-NP', 'VBD']], LABELS);
    const s = input(['John', 'Smith', 'left'], ['NNP', 'NNP', 'VBD']);
    expect(dict.lookup(s, 1, id('B-NP'))).toBe(id('I-NP'));
    // Another next tag: not listed.
    expect(dict.lookup(input(['John', 'Smith', 'and'], ['NNP', 'NNP', 'CC']), 1, id('B-NP'))).toBe(-1);
  });

  it('refuses a label the model does not know', () => {
    expect(() => new ChunkDictionary([['the', 'DT', '', 'B-XYZ']], LABELS)).toThrow(/does not know/);
  });
});
