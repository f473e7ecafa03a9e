import { describe, expect, it } from 'vitest';
import { computeAtoms, FLAG_ALL_CAPS, FLAG_ALL_DIGITS, FLAG_HAS_HYPHEN, FLAG_INIT_CAP, FLAG_PUNCT, MAX_AFFIX } from './atoms.js';
import { hashString } from './hash.js';

const WORDS = ['Karlov', 'NATO', '1990', 'off-duty', ',', 'a', 'the', 'Ankara'];

function row(words: string[], i: number) {
  const a = computeAtoms(words);
  return [a.word[i], a.lower[i], a.shape[i], a.shortShape[i], a.flags[i], a.length_[i], a.cluster[i],
    ...a.prefix.subarray(i * MAX_AFFIX, (i + 1) * MAX_AFFIX), ...a.suffix.subarray(i * MAX_AFFIX, (i + 1) * MAX_AFFIX)];
}

describe('token atoms', () => {
  it('describe each word by its spelling', () => {
    const a = computeAtoms(WORDS);
    expect(a.word[0]).toBe(hashString('Karlov'));
    expect(a.flags[0]! & FLAG_INIT_CAP).toBeTruthy();
    expect(a.flags[1]! & FLAG_ALL_CAPS).toBeTruthy();
    expect(a.flags[2]! & FLAG_ALL_DIGITS).toBeTruthy();
    expect(a.flags[3]! & FLAG_HAS_HYPHEN).toBeTruthy();
    expect(a.flags[4]! & FLAG_PUNCT).toBeTruthy();
    expect(a.shape[0]).toBe(a.shape[7]); // Xxxxx both
    expect(a.prefix[5 * MAX_AFFIX + 1]).toBe(0); // "a" has no two-letter prefix
    expect(a.lower[0]).not.toBe(a.word[0]);
  });

  it('are the same for a word wherever it appears, also after the word cache was emptied', () => {
    const first = WORDS.map((_, i) => row(WORDS, i));
    // Enough distinct words to fill the cache more than once.
    const filler = Array.from({ length: 70_000 }, (_, i) => `w${i}`);
    for (let k = 0; k < filler.length; k += 5000) computeAtoms(filler.slice(k, k + 5000));
    const reversed = [...WORDS].reverse();
    WORDS.forEach((_, i) => expect(row(reversed, WORDS.length - 1 - i)).toEqual(first[i]));
  });
});
