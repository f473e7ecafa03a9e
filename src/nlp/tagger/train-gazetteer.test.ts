import { describe, expect, it } from 'vitest';
import { featureKey } from './hash.js';
import { makeInput } from './input.js';
import { TrainGazetteer } from './train-gazetteer.js';

const aggOf = (s: { agg?: Int32Array; aggStart?: Int32Array }, i: number): number[] =>
  s.agg ? Array.from(s.agg.subarray(s.aggStart![i]!, s.aggStart![i + 1]!)) : [];
const typeIndex = (t: string) => ['PER', 'ORG', 'LOC', 'MISC'].indexOf(t);

describe('training-data gazetteer', () => {
  const g = TrainGazetteer.build([
    { input: makeInput(['Manchester', 'United', 'beat', 'Leeds']), spans: [{ type: 'ORG', start: 0, end: 2 }, { type: 'ORG', start: 3, end: 4 }] },
    { input: makeInput(['He', 'lives', 'in', 'Leeds']), spans: [{ type: 'LOC', start: 3, end: 4 }] },
  ], typeIndex);

  it('marks the longest match with its types and each token place in it, case-insensitively', () => {
    expect(g.size).toBe(2);
    const s = makeInput(['MANCHESTER', 'UNITED', 'and', 'Leeds', 'drew']);
    g.addFeatures([s]);
    expect(aggOf(s, 0)).toEqual([featureKey(140, 0b10, 0), featureKey(141, 0b10)]);
    expect(aggOf(s, 1)).toEqual([featureKey(140, 0b10, 2), featureKey(141, 0b10)]);
    // "Leeds" was an ORG once and a LOC once: both types.
    expect(aggOf(s, 3)).toEqual([featureKey(140, 0b110, 3), featureKey(141, 0b110)]);
    expect(aggOf(s, 2)).toEqual([]);
    expect(aggOf(s, 4)).toEqual([]);
  });

  it('round-trips through its arrays and matches only from a name-like token', () => {
    const { keys, masks } = g.toArrays();
    const back = TrainGazetteer.fromArrays(keys, masks);
    const s = makeInput(['leeds', 'fans', 'cheered']);
    back.addFeatures([s]);
    expect(s.agg).toBeUndefined();
  });
});
