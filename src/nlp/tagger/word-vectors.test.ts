import { describe, expect, it } from 'vitest';
import { computeAtoms, lowerHash } from './atoms.js';
import { WordVectors } from './word-vectors.js';

describe('word vectors', () => {
  it("keys a word by its tokens' `lower` atom: case and digits folded", () => {
    const words = ['Ankara', 'ANKARA', 'ankara', '1996', '2016', "Karlov's", 'Ölüdeniz'];
    const atoms = computeAtoms(words, undefined);
    words.forEach((w, i) => expect(lowerHash(w)).toBe(atoms.lower[i]));
    expect(lowerHash('1996')).toBe(lowerHash('2016'));
    expect(lowerHash('Ankara')).not.toBe(lowerHash('Ankura'));
  });

  it('finds each word’s row, keeps the first of two words with one key, and survives encoding', () => {
    const keys = Int32Array.from(['the', 'ankara', '1996', '2016', 'envoy'], lowerHash);
    const values = Uint8Array.from([128, 129, 130, 131, 100, 101, 102, 103, 140, 141], (v) => v);
    const built = WordVectors.build(2, 0.5, keys, values);
    const vectors = WordVectors.decode(WordVectors.encode(2, 0.5, keys, values), 'test');
    for (const v of [built, vectors]) {
      expect(v.row(lowerHash('Ankara'))).toBe(1);
      expect(v.row(lowerHash('ENVOY'))).toBe(4);
      // '2016' folds to the same key as '1996', listed first: the first (more frequent) row serves both.
      expect(v.row(lowerHash('2016'))).toBe(2);
      expect(v.row(lowerHash('gallery'))).toBe(-1);
      expect((v.values[1 * 2 + 1]! - 128) * v.scale).toBeCloseTo(1.5);
    }
  });

  it('refuses a file that is not one, or is cut short', () => {
    expect(() => WordVectors.decode(Buffer.from('not a vector file at all'), 'x.bin')).toThrow(/x.bin: not a Dossier word-vector file/);
    const whole = WordVectors.encode(2, 1, Int32Array.of(5, 6), Uint8Array.of(1, 2, 3, 4));
    expect(() => WordVectors.decode(whole.subarray(0, whole.length - 1), 'y.bin')).toThrow(/y.bin: word-vector file is truncated/);
  });
});
