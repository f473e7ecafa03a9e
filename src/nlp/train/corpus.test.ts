import { describe, expect, it } from 'vitest';
import { parseConll } from '../conll.js';
import { prepareDoc, titleCase } from './corpus.js';

const SAMPLE = [
  '-DOCSTART- -X- O O',
  '',
  'Police NNS I-NP O',
  'arrested VBD I-VP O',
  'a DT I-NP O',
  'gunman NN I-NP O',
  'in IN I-PP O',
  'Ankara NNP I-NP I-LOC',
  '. . O O',
  '',
].join('\n');

describe('training corpus', () => {
  it('reads CoNLL columns and converts tags to the schemes the taggers learn', () => {
    const docs = parseConll(SAMPLE, 'sample');
    expect(docs).toHaveLength(1);
    const d = prepareDoc(docs[0]!);
    expect(d.words[0]).toEqual(['Police', 'arrested', 'a', 'gunman', 'in', 'Ankara', '.']);
    expect(d.chunk[0]).toEqual(['B-NP', 'B-VP', 'B-NP', 'I-NP', 'B-PP', 'B-NP', 'O']);
    expect(d.ner[0]).toEqual(['O', 'O', 'O', 'O', 'O', 'U-LOC', 'O']);
  });

  it('adds Title Case copies of sentences with the same tags when asked', () => {
    const d = prepareDoc(parseConll(SAMPLE, 'sample')[0]!, 1);
    expect(d.words).toHaveLength(2);
    expect(d.words[1]).toEqual(['Police', 'Arrested', 'a', 'Gunman', 'in', 'Ankara', '.']);
    expect(d.ner[1]).toEqual(d.ner[0]);
    expect(titleCase('the')).toBe('the');
    expect(titleCase('shot')).toBe('Shot');
  });
});
