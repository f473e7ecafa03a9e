import { describe, expect, it } from 'vitest';
import { contentWords, cosine, forgetWordsIfFull, storedTerms, termsOf, unitTerms, wordNumber, wordOf, type TermVector } from './terms.js';

/** The cosine as written down: the smaller vector's words in order, looked up in the larger one. */
function reference(a: TermVector, b: TermVector): number {
  const norm = (v: TermVector) => Math.sqrt(Object.values(v).reduce((s, x) => s + x * x, 0));
  if (norm(a) === 0 || norm(b) === 0) return 0;
  const [small, large] = Object.keys(a).length <= Object.keys(b).length ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, x] of Object.entries(small)) if (large[k] !== undefined) dot += x * large[k]!;
  return dot / (norm(a) * norm(b));
}

describe('term vectors', () => {
  it('keeps content words, lowercased, without numbers or possessives', () => {
    expect(contentWords("Mersin's port: 4 killed, car-bomb blast at O'Hare")).toEqual(['mersin', 'port', 'killed', 'car-bomb', 'blast', 'ohare']);
  });

  it('finds the words the pattern /\\p{L}[\\p{L}\'’-]*\\p{L}/gu finds, in any mix of letters, marks and digits', () => {
    const byPattern = (text: string) =>
      [...text.toLowerCase().matchAll(/\p{L}[\p{L}'’-]*\p{L}/gu)]
        .map((m) => (/['’]/.test(m[0]) ? m[0].replace(/['’]s$/, '').replace(/['’]/g, '') : m[0]))
        .filter((w) => w.length >= 3);
    const alphabet = ['a', 'b', 'Z', 'é', 'ß', 'İ', 'я', '中', '𝒜', '😀', '\u0301', "'", '’', '-', ' ', '.', '4', ',', '\n'];
    let seed = 11;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let t = 0; t < 2000; t++) {
      const text = Array.from({ length: Math.floor(rand() * 30) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
      expect(contentWords(text)).toEqual(byPattern(text));
    }
    expect(contentWords("Mersin's port: car-bomb's blast -- O'Hare's 'quoted' words-")).toEqual(byPattern("Mersin's port: car-bomb's blast -- O'Hare's 'quoted' words-"));
  });

  it('starts the word numbering afresh when full: stored vectors compile again, older vectors are refused', () => {
    const stored = storedTerms(unitTerms(new Map([[wordNumber('harbour'), 2], [wordNumber('blast'), 1]])));
    const other: TermVector = { blast: 0.5, harbour: 0.5, market: 0.7 };
    const before = cosine(stored, other);
    const old = termsOf(stored);
    expect(forgetWordsIfFull(Number.MAX_SAFE_INTEGER)).toBe(false);
    expect(forgetWordsIfFull(0)).toBe(true);
    expect(termsOf(stored)).not.toBe(old);
    expect(cosine(stored, other)).toBe(before);
    expect(() => cosine(old, other)).toThrow(/two word numberings/);
  });

  it('stops after the first `limit` content words', () => {
    expect(contentWords('A bomb exploded in the port of Mersin today', 3)).toEqual(['bomb', 'exploded', 'the']);
    expect(contentWords('A bomb', 3)).toEqual(['bomb']);
  });

  it('scales weights to a unit vector whose stored form, read back, compares to the last bit as it does', () => {
    const weights = new Map([['bomb', 3], ['port', 1.5], ['mersin', 2.25], ['blast', 0.1]].map(([w, x]) => [wordNumber(w as string), x as number]));
    const unit = unitTerms(weights);
    expect(unit.norm).toBeCloseTo(1, 12);
    expect([...unit.ids].map(wordOf)).toEqual(['bomb', 'port', 'mersin', 'blast']);
    // The stored form after a round trip through JSON: a copy the module has never seen.
    const copy: TermVector = JSON.parse(JSON.stringify(storedTerms(unit)));
    expect(Object.entries(copy)).toEqual([...unit.ids].map((id, i) => [wordOf(id), unit.values[i]]));
    const other = { port: 0.3, blast: 0.9, harbour: 0.2 };
    expect(cosine(unit, other)).toBe(cosine(copy, other));
    expect(cosine(unit, unit)).toBe(cosine(copy, copy));
    expect(unitTerms(new Map()).norm).toBe(0);
    expect(cosine(unitTerms(new Map()), other)).toBe(0);
  });

  it('gives exactly the cosine as written down, for vectors sharing some, all or no words', () => {
    let seed = 7;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const words = Array.from({ length: 300 }, (_, k) => `w${k}`);
    const vector = (n: number): TermVector => Object.fromEntries(Array.from({ length: n }, () => [words[Math.floor(rand() * words.length)]!, rand()]));
    for (let t = 0; t < 200; t++) {
      const a = vector(1 + Math.floor(rand() * 120));
      const b = vector(1 + Math.floor(rand() * 120));
      expect(cosine(a, b)).toBe(reference(a, b));
      expect(cosine(b, a)).toBe(reference(b, a));
    }
    expect(cosine({ alpha: 1 }, { beta: 2 })).toBe(0);
    expect(cosine({}, { beta: 2 })).toBe(0);
    expect(cosine({ alpha: 1, beta: 1 }, { alpha: 2, beta: 2 })).toBeCloseTo(1, 12);
  });
});
