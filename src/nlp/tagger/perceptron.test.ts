import { describe, expect, it } from 'vitest';
import { GreedyDecoder } from './decode.js';
import { featureKey } from './hash.js';
import { makeInput, type TagInput } from './input.js';
import { decodeTaggerFile, encodeTaggerFile } from './model-io.js';
import { buildIndex, PerceptronTrainer } from './perceptron.js';
import type { Extractor } from './features.js';
import { trainTagger } from './train.js';

/**
 * A toy task only a sequence model can do: a word is tagged by its shape (CAP for capitalised, LOW
 * for lowercase), except that any word right after "the" is OBJ whatever its shape.
 */
const LABELS = ['LOW', 'CAP', 'OBJ'];
const toyFeatures: Extractor = (s, i, p1, _p2, out) => {
  let c = 0;
  out[c++] = featureKey(1, s.atoms.word[i]!);
  out[c++] = featureKey(2, s.atoms.shortShape[i]!);
  out[c++] = featureKey(3, i > 0 ? s.atoms.lower[i - 1]! : 0);
  out[c++] = featureKey(4, p1);
  return c;
};

function goldOf(words: string[]): Int32Array {
  return Int32Array.from(words.map((w, i) => (i > 0 && words[i - 1] === 'the' ? 2 : /^[A-Z]/.test(w) ? 1 : 0)));
}

const train = [
  'Alice saw the dog',
  'the Cat sat on Bob',
  'Bob met the Queen in Paris',
  'dogs like the park',
  'Rome is the city',
].map((t) => t.split(' '));

describe('averaged perceptron', () => {
  it('learns a toy tagging task and generalises to new words', () => {
    const model = trainTagger(train.map((w) => makeInput(w)), train.map(goldOf), {
      labels: LABELS, extract: toyFeatures, allowed: null, epochs: 10, seed: 7, minCount: 1,
    });
    const decoder = new GreedyDecoder(LABELS.length, toyFeatures, null);
    const words = 'Zed bought the Hat near Oslo'.split(' ');
    const out = new Int32Array(words.length);
    decoder.tag(makeInput(words), model, out);
    expect(Array.from(out, (i) => LABELS[i])).toEqual(['CAP', 'LOW', 'LOW', 'OBJ', 'LOW', 'CAP']);
  });

  it('averages each weight over every step, not just the last value', () => {
    const key = 12345;
    const trainer = new PerceptronTrainer(2, buildIndex(new Map([[key, 1]]), 1));
    const keys = Int32Array.of(key);
    trainer.learn(keys, 1, 0, 1); // step 1: wrong, w = [+1, -1]
    trainer.learn(keys, 1, 0, 0); // steps 2-4: right, weights unchanged
    trainer.learn(keys, 1, 0, 0);
    trainer.learn(keys, 1, 0, 0);
    const model = trainer.compile(0);
    // The weight was 0 during step 1 (updated at its end) and 1 for steps 2-4: average 3/4.
    expect(Array.from(model.classes)).toEqual([0, 1]);
    expect(model.weights[0]).toBeCloseTo(0.75);
    expect(model.weights[1]).toBeCloseTo(-0.75);
    // Scoring works in the model's own (quantised) units: same order, same symmetry.
    const scores = new Float64Array(2);
    model.score(keys, 1, scores);
    expect(scores[0]).toBeGreaterThan(0);
    expect(scores[1]).toBe(-scores[0]!);
  });

  it('passive-aggressive: a mistake moves the weights by (1 + margin) / (2 x features), capped', () => {
    const keys = Int32Array.of(1, 2);
    const index = buildIndex(new Map([[1, 1], [2, 1]]), 1);
    const trainer = new PerceptronTrainer(2, index, 8, 10);
    trainer.learn(keys, 2, 0, 1, 3); // step (1 + 3) / (2 x 2) = 1 on each feature
    const scores = new Float64Array(2);
    trainer.score(keys, 2, scores);
    expect([...scores]).toEqual([2, -2]); // now 4 apart: a margin of 1 and the loss made up
    const capped = new PerceptronTrainer(2, index, 8, 0.25);
    capped.learn(keys, 2, 0, 1, 3);
    scores.fill(0);
    capped.score(keys, 2, scores);
    expect([...scores]).toEqual([0.5, -0.5]);
  });

  it('ignores features outside its index and drops weights below the threshold', () => {
    const trainer = new PerceptronTrainer(3, buildIndex(new Map([[1, 5], [2, 1]]), 2));
    trainer.learn(Int32Array.of(1, 2), 2, 2, 0); // key 2 is below the count threshold: never indexed
    trainer.learn(Int32Array.of(1, 2), 2, 2, 2);
    trainer.learn(Int32Array.of(1, 2), 2, 2, 2);
    const model = trainer.compile(0.5);
    expect(model.featureCount).toBe(1);
    const scores = new Float64Array(3);
    model.score(Int32Array.of(2, 99), 2, scores);
    expect([...scores]).toEqual([0, 0, 0]);
  });

  it('is deterministic: the same data and seed give the same weights', () => {
    const run = () => trainTagger(train.map((w) => makeInput(w)), train.map(goldOf), {
      labels: LABELS, extract: toyFeatures, allowed: null, epochs: 3, seed: 3, minCount: 1,
    });
    const a = run();
    const b = run();
    expect(Array.from(a.keys)).toEqual(Array.from(b.keys));
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
  });
});

describe('model files', () => {
  it('round-trip: a decoded model scores exactly as the original', () => {
    const model = trainTagger(train.map((w) => makeInput(w)), train.map(goldOf), {
      labels: LABELS, extract: toyFeatures, allowed: null, epochs: 5, seed: 1, minCount: 1,
    });
    const buf = encodeTaggerFile({ header: { kind: 'toy', labels: LABELS }, models: [model, model] });
    const back = decodeTaggerFile<{ kind: string }>(buf, 'toy.bin');
    expect(back.header.kind).toBe('toy');
    expect(back.header.labels).toEqual(LABELS);
    expect(back.models).toHaveLength(2);
    const keys = new Int32Array(8);
    const input: TagInput = makeInput(['the', 'Dog']);
    for (let i = 0; i < 2; i++) {
      const n = toyFeatures(input, i, -1, -1, keys);
      const s1 = new Float64Array(3);
      const s2 = new Float64Array(3);
      model.score(keys, n, s1);
      back.models[1]!.score(keys, n, s2);
      expect([...s2]).toEqual([...s1]);
    }
  });

  it('rejects a file that is not a model, naming it', () => {
    expect(() => decodeTaggerFile(Buffer.from('hello world'), 'bad.bin')).toThrow(/bad\.bin: not a Dossier tagger model/);
  });
});
