import { describe, expect, it } from 'vitest';
import { exactNumberWords, numberWords } from '../../src/extract/event/number-words.js';

describe('number words (resources/lexicon/number-words.txt)', () => {
  it('lists every number word, and apart those that state an exact number', () => {
    for (const w of ['seven', 'twenty', 'dozen', 'dozens', 'several', 'a-few']) expect(numberWords().has(w), w).toBe(true);
    for (const w of ['seven', 'twenty', 'dozen']) expect(exactNumberWords().has(w), w).toBe(true);
    for (const w of ['dozens', 'several', 'a-few', 'hundreds']) expect(exactNumberWords().has(w), w).toBe(false);
  });
});
