import { describe, expect, it } from 'vitest';
import { isFigureCorrect, parseCodedCasualties } from './casualty-metric.js';

describe('coded killed/injured figures', () => {
  it('needs the exact range the coder gave, or one of the accepted ones', () => {
    expect(isFigureCorrect({ min: 3, max: 3 }, { min: 3, max: 3 })).toBe(true);
    expect(isFigureCorrect({ min: 3 }, { min: 3, max: 3 })).toBe(false); // "at least 3" is not "3"
    expect(isFigureCorrect({ min: 12 }, { min: 12 })).toBe(true);
    expect(isFigureCorrect({ min: 4, max: 4 }, [{ min: 3, max: 3 }, { min: 4, max: 4 }])).toBe(true);
    expect(isFigureCorrect({ min: 5, max: 5 }, [{ min: 3, max: 3 }, { min: 4, max: 4 }])).toBe(false);
  });

  it('counts "none stated" as correct only when the system states none', () => {
    expect(isFigureCorrect(null, null)).toBe(true);
    expect(isFigureCorrect({ min: 0, max: 0 }, null)).toBe(false);
    expect(isFigureCorrect(null, { min: 0, max: 0 })).toBe(false);
  });

  it('rejects malformed coding with a reason', () => {
    expect(parseCodedCasualties({ killed: { min: 2, max: 2 }, injured: null })).toEqual({ killed: { min: 2, max: 2 }, injured: null });
    expect(parseCodedCasualties({ killed: 'two' })).toMatch(/casualties.killed/);
    expect(parseCodedCasualties(null)).toMatch(/object/);
  });
});
