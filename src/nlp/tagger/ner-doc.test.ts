import { describe, expect, it } from 'vitest';
import { featureKey } from './hash.js';
import { makeInput } from './input.js';
import { addContextAggregation, addEntityHistory, addPass1Features, addPass1Skip, MAX_AGG, NAMELIKE } from './ner-doc.js';
import { FLAG_ALL_DIGITS } from './atoms.js';

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

/** The method as defined: every other occurrence read in turn, its before and after keys, distinct, up to MAX_AGG. */
function naiveAggregation(inputs: ReturnType<typeof makeInput>[]): number[][][] {
  const namelike = (a: ReturnType<typeof makeInput>['atoms'], i: number) => (a.flags[i]! & NAMELIKE) !== 0 && (a.flags[i]! & FLAG_ALL_DIGITS) === 0;
  const at: Array<[number, number]> = [];
  inputs.forEach((inp, s) => { for (let i = 0; i < inp.atoms.length; i++) if (namelike(inp.atoms, i)) at.push([s, i]); });
  return inputs.map((inp, s) => Array.from({ length: inp.atoms.length }, (_, i) => {
    if (!namelike(inp.atoms, i)) return [];
    const lower = inp.atoms.lower[i]!;
    const others = at.filter(([os, oi]) => inputs[os]!.atoms.lower[oi] === lower);
    if (others.length < 2) return [];
    const keys: number[] = [];
    for (const [os, oi] of others) {
      if (keys.length >= MAX_AGG) break;
      if (os === s && oi === i) continue;
      const o = inputs[os]!.atoms;
      const before = featureKey(120, oi > 0 ? o.lower[oi - 1]! : 0x2545f491);
      const after = featureKey(121, oi + 1 < o.length ? o.lower[oi + 1]! : 0x2545f491);
      if (!keys.includes(before)) keys.push(before);
      if (!keys.includes(after) && keys.length < MAX_AGG) keys.push(after);
    }
    return keys;
  }));
}

describe('context aggregation over many occurrences', () => {
  it('gives what reading every other occurrence in turn gives, in linear time', () => {
    // A word repeated in few contexts and in many, first contexts its own or shared.
    const vocab = ['Smith', 'said', 'Mr.', 'the', 'Jones', 'met', 'in', 'Paris', 'and', 'Smith', 'Mr.', 'left'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const sentences = Array.from({ length: 80 }, (_, k) => Array.from({ length: 3 + (k % 9) }, () => vocab[next() % vocab.length]!));
    const inputs = sentences.map((w) => makeInput(w));
    addContextAggregation(inputs);
    const expected = naiveAggregation(sentences.map((w) => makeInput(w)));
    inputs.forEach((inp, s) => { for (let i = 0; i < inp.atoms.length; i++) expect(aggOf(inp, i)).toEqual(expected[s]![i]); });
    expect(expected.flat().some((keys) => keys.length === MAX_AGG)).toBe(true);
  });

  it('reads 20,000 occurrences of one word in one context at once', () => {
    const inputs = [makeInput(Array.from({ length: 20_000 }, () => 'Mr.'))];
    addContextAggregation(inputs);
    // "mr." before and after, and the text's edges (from the first and the last).
    expect(aggOf(inputs[0]!, 5)).toHaveLength(4);
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
