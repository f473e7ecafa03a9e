import { describe, expect, it } from 'vitest';
import { Document } from '../core/document.js';
import { sentenceInputs } from './sentence-inputs.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

/** The words the taggers read for each sentence of the text. */
function taggerWords(text: string): string[][] {
  const tokens = tokenize(text);
  const doc = new Document(text, {}, { tokens, sentences: splitSentences(text, tokens) });
  return sentenceInputs(doc).words.map((w) => [...w]);
}

describe('sentenceInputs: the words the taggers read', () => {
  it('reads a sum with its scale as its bare number, and a unit written onto a number as its word', () => {
    expect(taggerWords('Enron pays $168m. The 200m champion and 3m people ran 5km.')).toEqual([
      ['Enron', 'pays', '168', '.'],
      ['The', '200', 'million', 'champion', 'and', '3', 'million', 'people', 'ran', '5', 'kilometres', '.'],
    ]);
  });

  it('leaves a unit-like word that stands apart from a number as written, and curly quotes straight', () => {
    expect(taggerWords('He said “3 m” and M. Dupont’s k.')).toEqual([['He', 'said', '"', '3', 'm', '"', 'and', 'M.', 'Dupont', "'s", 'k', '.']]);
  });
});
