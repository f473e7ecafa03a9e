import { describe, expect, it } from 'vitest';
import { corpusScore, scorePage, wordNgrams } from './ngram-overlap.js';

describe('word 4-gram overlap', () => {
  it('counts 4-grams as a multiset over \\w+ tokens, case kept', () => {
    const g = wordNgrams('a b c d a b c d');
    expect(g.get('a b c d')).toBe(2);
    expect(g.get('b c d a')).toBe(1);
    expect(wordNgrams('A b c d').has('a b c d')).toBe(false);
  });

  it('scores precision and recall per page, averaged over pages', () => {
    const truth = 'one two three four five six';
    expect(scorePage(truth, truth)).toEqual({ precision: 1, recall: 1 });
    const extra = scorePage(`${truth} seven eight nine ten`, truth);
    expect(extra.recall).toBe(1);
    expect(extra.precision).toBeCloseTo(3 / 7);
    expect(scorePage('', truth)).toEqual({ precision: 0, recall: 0 });
    const c = corpusScore([{ precision: 1, recall: 0.5 }, { precision: 0.5, recall: 0.5 }]);
    expect(c.precision).toBe(0.75);
    expect(c.f1).toBeCloseTo((2 * 0.75 * 0.5) / 1.25);
  });
});
