import { describe, expect, it } from 'vitest';
import { featureKey } from './hash.js';
import { makeInput } from './input.js';
import { addContextAggregation, addEntityHistory, addPass1Features, addPass1Skip } from './ner-doc.js';

function aggOf(s: { agg?: Int32Array; aggStart?: Int32Array }, i: number): number[] {
  return Array.from(s.agg!.subarray(s.aggStart![i]!, s.aggStart![i + 1]!));
}

describe('context aggregation', () => {
  it("gives a name the words around its other occurrences in the document, not its own", () => {
    const sentences = [['Comelf', 'coach', 'Ion', 'said'], ['Petofi', '2', 'Comelf', '1'], ['the', 'river', 'flows']];
    const inputs = sentences.map((w) => makeInput(w));
    addContextAggregation(inputs);
    const lower = (s: number, i: number) => inputs[s]!.atoms.lower[i]!;
    // "Comelf" in the table takes "coach" (after it in prose) and the sentence start before it.
    const table = aggOf(inputs[1]!, 2);
    expect(table).toContain(featureKey(121, lower(0, 1)));
    expect(table).toHaveLength(2);
    expect(table).not.toContain(featureKey(120, lower(1, 1))); // its own context ("2") is not aggregated
    // And the prose one takes "2" and "1" from the table.
    expect(aggOf(inputs[0]!, 0)).toEqual([featureKey(120, lower(1, 1)), featureKey(121, lower(1, 3))]);
    // Words seen once, and lowercase words, get nothing.
    expect(aggOf(inputs[1]!, 0)).toEqual([]);
    expect(aggOf(inputs[2]!, 1)).toEqual([]);
  });
});

describe('entity history (pass 2)', () => {
  it("gives an entity the type pass 1 gave the same string elsewhere and the type of longer entities containing it", () => {
    // Labels: 0 = O, 1 = PER, 2 = ORG (typeOf maps them to types 0 and 1).
    const typeOf = Int32Array.from([-1, 0, 1]);
    const inputs = [['Bill', 'Clinton', 'spoke'], ['Clinton', 'left'], ['Clinton', 'Foundation', 'said']].map((w) => makeInput(w));
    const pass1 = [Int32Array.from([1, 1, 0]), Int32Array.from([2, 0]), Int32Array.from([2, 2, 0])];
    addEntityHistory(inputs, pass1, typeOf, 4);
    // The lone "Clinton" (ORG in pass 1) sits inside one PER and one ORG; ties go to the first type.
    expect(aggOf(inputs[1]!, 0)).toEqual([featureKey(132, 0), featureKey(133, 0, 1)]);
    // "Bill Clinton" occurs once and is in no longer entity: nothing.
    expect(inputs[0]!.agg).toBeUndefined();
    expect(aggOf(inputs[1]!, 1)).toEqual([]);
  });
});

describe('skip masks', () => {
  it('score capitalised words only outside names: numbers, lowercase words and punctuation are skipped', () => {
    const words = ['In', '1996', 'the', 'ECB', 'raised', 'rates', 'by', '0.5', '%', 'in', 'Frankfurt', '.'];
    const inputs = [makeInput(words)];
    addPass1Skip(inputs);
    expect(Array.from(inputs[0]!.skip!)).toEqual([0, 1, 1, 0, 1, 1, 1, 1, 1, 1, 0, 1]);
    // Pass 2 also scores what pass 1 put in a name, whatever its case.
    const typeOf = Int32Array.from([-1, 0]);
    const pass1 = [Int32Array.from([0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0])];
    addPass1Features(inputs, pass1, typeOf, 4);
    expect(Array.from(inputs[0]!.skip!)).toEqual([0, 0, 1, 0, 1, 1, 1, 1, 1, 1, 0, 1]);
  });
});
