import { describe, expect, it } from 'vitest';
import { nerTagger } from '../models.js';
import { GreedyDecoder } from './decode.js';
import { MAX_FEATURES, NER_FEATURES, PART_KEY } from './features.js';
import { makeInput, type TagInput } from './input.js';
import { PartScoreCache } from './part-score-cache.js';

const SENTENCES = [
  'The Russian ambassador to Turkey was shot dead at an art gallery in Ankara on Monday .',
  'RUSSIAN ENVOY SHOT DEAD IN ANKARA',
  'Police Say Gunman Was An Off-Duty Officer',
  'Ludwig van Beethoven wrote nine symphonies ; Karlov read them .',
].map((s) => s.split(' '));

/** Inputs with every layer the NER parts read (POS, chunk, gazetteer and document values made up). */
function nerInputs(): TagInput[] {
  const ner = nerTagger();
  return SENTENCES.map((words, k) => {
    const input = makeInput(words);
    const tags = Int32Array.from(words, (_, i) => (i * 7 + k) % 5);
    const prepared = ner.prepare([{ ...input, pos: tags, chunk: tags.map((t) => t % 3) }], [words])[0]!;
    return { ...prepared, pass1: Int32Array.from(words, (_, i) => (i % 4 === 1 ? 3 : 0)) };
  });
}

describe('part score cache', () => {
  it("gives the model's sums of every part's features, also when parts keep taking each other's slots", () => {
    const ner = nerTagger();
    const model = ner.pass2.model;
    const C = model.nClasses;
    const tiny = new PartScoreCache(C, NER_FEATURES.parts, 2); // 4 slots for hundreds of keys
    const keys = new Int32Array(MAX_FEATURES);
    const key = new Int32Array(PART_KEY);
    for (const input of [...nerInputs(), ...nerInputs()]) {
      for (let i = 0; i < input.atoms.length; i++) {
        for (const p1 of [-1, 0, 5]) {
          const want = new Float64Array(C);
          for (const part of NER_FEATURES.parts) {
            key.fill(0);
            if (part.key(input, i, p1, key)) model.score(keys, part.features(key, keys, 0), want);
          }
          const got = new Int32Array(tiny.width);
          tiny.add(input, i, p1, model, keys, got);
          expect(Array.from(got.subarray(0, C))).toEqual(Array.from(want));
        }
      }
    }
  });

  it('tags exactly as scoring every feature at every token does', () => {
    const ner = nerTagger();
    const full = new GreedyDecoder(ner.labels.length, NER_FEATURES.full, null, ner.labels);
    const cached = new GreedyDecoder(ner.labels.length, NER_FEATURES, null, ner.labels);
    for (const input of [...nerInputs(), ...nerInputs()]) {
      const a = new Int32Array(input.atoms.length);
      const b = new Int32Array(input.atoms.length);
      full.tag(input, ner.pass2.model, a);
      cached.tag(input, ner.pass2.model, b);
      expect(Array.from(b)).toEqual(Array.from(a));
    }
  });
});
