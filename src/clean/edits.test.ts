import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyRepairs, replayEdits, type Repair } from './edits.js';
import { whitespaceRepairs } from './whitespace.js';

describe('applyRepairs', () => {
  it('logs each edit with original offsets and maps spans back exactly', () => {
    const original = 'The gunman  said it.  Then left.';
    const result = applyRepairs(original, whitespaceRepairs(original));
    expect(result.text).toBe('The gunman said it. Then left.');
    expect(result.edits).toHaveLength(2);
    expect(result.edits[0]).toEqual({ kind: 'spaces', original: { start: 10, end: 12, text: '  ' }, replacement: ' ' });
    const said = result.text.indexOf('said');
    const back = result.map.spanToOriginal({ start: said, end: said + 4 });
    expect(original.slice(back.start, back.end)).toBe('said');
  });

  it('drops a repair that overlaps an earlier one', () => {
    const repairs: Repair[] = [
      { kind: 'a', start: 0, end: 4, replacement: 'X' },
      { kind: 'b', start: 2, end: 6, replacement: 'Y' },
    ];
    expect(applyRepairs('abcdefgh', repairs).text).toBe('Xefgh');
  });

  it('property: replaying the log gives the cleaned text; unchanged spans map back to the same words', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '  ', '\n', '\t', '\u200b', 'é', '.') , maxLength: 200 }), (original) => {
        const result = applyRepairs(original, whitespaceRepairs(original));
        expect(replayEdits(original, result.edits)).toBe(result.text);
        for (let i = 0; i < result.text.length; i++) {
          const ch = result.text[i]!;
          if (/\s/.test(ch)) continue;
          const o = result.map.toOriginal(i, 'start');
          expect(original[o]).toBe(ch);
          expect(result.map.toCleaned(o, 'start')).toBe(i);
        }
      }),
      { numRuns: 500 },
    );
  });
});
