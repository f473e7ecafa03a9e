import { describe, expect, it } from 'vitest';
import { lowerTokens } from './lower-tokens.js';
import { tokenize } from '../nlp/tokenize.js';

describe('lowerTokens', () => {
  it('lower-cases each token once per layer and hands every reader the same array', () => {
    const tokens = tokenize('Gunmen stormed the Embassy in KELTON.');
    const lower = lowerTokens(tokens);
    expect(lower).toEqual(['gunmen', 'stormed', 'the', 'embassy', 'in', 'kelton', '.']);
    expect(lowerTokens(tokens)).toBe(lower);
    // Another layer (another array) gets its own.
    expect(lowerTokens(tokenize('Gunmen stormed the Embassy in KELTON.'))).not.toBe(lower);
  });
});
