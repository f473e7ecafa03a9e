import { describe, expect, it } from 'vitest';
import { idf, idfOf, type IdfTable } from './idf.js';
import { wordNumber } from './terms.js';

describe('idf', () => {
  const table: IdfTable = { documents: 99, df: { the: 99, bomb: 9 } };

  it('weighs common words little and unseen words most', () => {
    expect(idf(table, 'the')).toBeCloseTo(Math.log(100 / 100) + 1, 12);
    expect(idf(table, 'bomb')).toBeCloseTo(Math.log(100 / 10) + 1, 12);
    expect(idf(table, 'mersin')).toBeCloseTo(Math.log(100) + 1, 12);
  });

  it("reads a word that names a property of every object as any unseen word (an F1 story's 'constructor')", () => {
    for (const w of ['constructor', 'tostring', 'valueof', 'hasownproperty']) expect(idf(table, w)).toBe(idf(table, 'mersin'));
  });

  it('gives the same by word number, table by table', () => {
    const other: IdfTable = { documents: 9, df: { bomb: 1 } };
    for (const w of ['the', 'bomb', 'mersin']) {
      expect(idfOf(table, wordNumber(w))).toBe(idf(table, w));
      expect(idfOf(other, wordNumber(w))).toBe(idf(other, w));
    }
  });
});
