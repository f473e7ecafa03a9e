import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StringTable } from './string-table.js';

/** What StringTable stands for: a Map where the first value given for a key wins. */
function reference(entries: ReadonlyArray<readonly [string, number]>): Map<string, number> {
  const map = new Map<string, number>();
  for (const [k, v] of entries) if (!map.has(k)) map.set(k, v);
  return map;
}

describe('StringTable', () => {
  it('answers get and has as a Map of the first value per key does', () => {
    const entry = fc.tuple(fc.oneof(fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 })), fc.integer({ min: -1000, max: 1 << 20 }));
    fc.assert(fc.property(fc.array(entry, { maxLength: 80 }), fc.array(fc.string({ maxLength: 6 }), { maxLength: 20 }), (entries, probes) => {
      const table = new StringTable(entries);
      const map = reference(entries);
      expect(table.size).toBe(map.size);
      for (const k of [...map.keys(), ...probes]) {
        expect(table.get(k)).toBe(map.get(k));
        expect(table.has(k)).toBe(map.has(k));
      }
      expect([...table]).toEqual([...map]);
    }), { seed: 7, numRuns: 300 });
  });

  it('holds Latin-1 and wider keys, the empty key and near-misses apart', () => {
    const table = new StringTable([['café', 1], ['İzmir', 2], ['', 3], ['ab', 4], ['ba', 5], ['ab', 6]]);
    expect([table.get('café'), table.get('İzmir'), table.get(''), table.get('ab'), table.get('ba')]).toEqual([1, 2, 3, 4, 5]);
    expect([table.get('cafe'), table.get('a'), table.get('abc'), table.get('izmir')]).toEqual([undefined, undefined, undefined, undefined]);
    expect(table.size).toBe(5);
    const seen: string[] = [];
    table.forEach((v, k) => seen.push(`${k}=${v}`));
    expect(seen).toEqual(['café=1', 'İzmir=2', '=3', 'ab=4', 'ba=5']);
  });
});
