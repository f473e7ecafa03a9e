import { describe, expect, it } from 'vitest';
import { buildIntIndex, indexOf } from './int-index.js';

describe('int index', () => {
  it('finds each key’s position, the first of equal keys, and -1 for keys it does not hold', () => {
    const keys = Int32Array.of(5, -7, 1 << 30, 5, 0x7fffffff, 12);
    const index = buildIntIndex(keys);
    expect([5, -7, 1 << 30, 0x7fffffff, 12].map((k) => indexOf(index, keys, k))).toEqual([0, 1, 2, 4, 5]);
    expect(indexOf(index, keys, 6)).toBe(-1);
  });

  it('holds many consecutive numbers and many hashes alike', () => {
    const consecutive = Int32Array.from({ length: 5000 }, (_, k) => k + 1);
    const hashes = Int32Array.from({ length: 5000 }, (_, k) => Math.imul(k + 1, 0x85ebca6b) ^ (k << 7));
    for (const keys of [consecutive, hashes]) {
      const index = buildIntIndex(keys, true);
      expect(index.buffer).toBeInstanceOf(SharedArrayBuffer);
      for (let k = 0; k < keys.length; k++) expect(indexOf(index, keys, keys[k]!)).toBe(k);
      expect(indexOf(index, keys, 0)).toBe(-1);
    }
  });
});
