import { describe, expect, it, vi } from 'vitest';
import { makeInput, type TagInput } from './input.js';
import { decodeWindowModel, encodeWindowModel, MAX_WINDOW_FEATURES, placeFeatures, POSITIONS, positionFeatures, vectorRow, WINDOW, WindowModel, WindowScores, type WindowModelParts } from './window-model.js';
import { trainWindowModel } from './window-model-train.js';
import { lowerHash, WordVectors } from './word-vectors.js';

const C = 3;
const D = 2;
const VOCAB = ['the', 'envoy', 'was', 'shot', 'in', 'ankara', 'paris', 'mr', 'karlov', 'said', '.'];

function vectors(): WordVectors {
  const values = new Uint8Array(VOCAB.length * D);
  VOCAB.forEach((_, r) => {
    values[r * D] = 128 + ((r * 37) % 50) - 25;
    values[r * D + 1] = 128 + ((r * 11) % 30) - 15;
  });
  return WordVectors.build(D, 0.1, Int32Array.from(VOCAB, lowerHash), values);
}

function input(sentence: string): TagInput {
  const words = sentence.split(' ');
  const s = makeInput(words);
  return { ...s, pos: Int32Array.from(words, (w) => w.length % 4), gaz: Int32Array.from(words, (w) => (w === 'Ankara' || w === 'Paris' ? 9 : 0)) };
}

/** A model with a row for every sparse feature of these sentences (made-up weights). */
function model(sentences: TagInput[], v: WordVectors, weight = 0.5): WindowModelParts {
  const keys = new Set<number>();
  const buf = new Int32Array(MAX_WINDOW_FEATURES);
  for (const s of sentences) {
    for (let i = 0; i < s.atoms.length; i++) {
      let c = 0;
      for (let d = -WINDOW; d <= WINDOW; d++) c = positionFeatures(s, i, d, vectorRow(s, i + d, v) >= 0, buf, c);
      c = placeFeatures(s, i, buf, c);
      for (let k = 0; k < c; k++) keys.add(buf[k]!);
    }
  }
  const k = Int32Array.from(keys);
  return {
    classes: C, dims: D, weight, keys: k,
    rows: Float32Array.from({ length: k.length * C }, (_, j) => ((j * 7919) % 200) / 100 - 1),
    dense: Float32Array.from({ length: POSITIONS * C * D }, (_, j) => ((j * 104729) % 100) / 50 - 1),
    bias: Float32Array.of(0.3, -0.2, 0.1),
  };
}

/** The model's definition, computed directly (no caches). */
function expected(p: WindowModelParts, v: WordVectors, s: TagInput, i: number): number[] {
  const out = Array.from(p.bias);
  const buf = new Int32Array(MAX_WINDOW_FEATURES);
  let count = 0;
  for (let d = -WINDOW; d <= WINDOW; d++) {
    const r = vectorRow(s, i + d, v);
    if (r >= 0) {
      for (let c = 0; c < C; c++) {
        for (let e = 0; e < D; e++) out[c]! += p.dense[((d + WINDOW) * C + c) * D + e]! * (v.values[r * D + e]! - 128) * v.scale;
      }
    }
    count = positionFeatures(s, i, d, r >= 0, buf, count);
  }
  count = placeFeatures(s, i, buf, count);
  for (let k = 0; k < count; k++) {
    const f = p.keys.indexOf(buf[k]!);
    for (let c = 0; c < C; c++) out[c]! += p.rows[f * C + c]!;
  }
  return out;
}

const SENTENCES = ['The envoy was shot in Ankara .', 'Mr Karlov said the envoy was in Paris .', 'THE ENVOY WAS SHOT IN ANKARA', 'Karlov'];

describe('window model', () => {
  it('scores each token as its definition says, from cold and warm caches alike', () => {
    const v = vectors();
    const sentences = SENTENCES.map(input);
    const parts = model(sentences, v);
    const m = new WindowModel(parts, v);
    const out = new Float32Array(C);
    for (let round = 0; round < 2; round++) {
      for (const s of sentences) {
        for (let i = 0; i < s.atoms.length; i++) {
          m.scores(s, i, out, 0);
          expected(parts, v, s, i).forEach((x, c) => expect(out[c]).toBeCloseTo(x, 4));
        }
      }
    }
  });

  it('gives the same scores whatever it scored before (the caches compare full keys)', () => {
    const v = vectors();
    const sentences = SENTENCES.map(input);
    const parts = model(sentences, v);
    const fresh = new WindowModel(parts, v);
    const busy = new WindowModel(parts, v);
    // Fill the busy model's caches with thousands of other keys (made-up POS tags) first.
    const noise = input('Mr Karlov said the envoy was shot in Paris .');
    for (let t = 0; t < 3000; t++) {
      noise.pos!.fill(t);
      for (let i = 0; i < noise.atoms.length; i++) busy.scores(noise, i, new Float32Array(C), 0);
    }
    const a = new Float32Array(C);
    const b = new Float32Array(C);
    for (const s of sentences) {
      for (let i = 0; i < s.atoms.length; i++) {
        fresh.scores(s, i, a, 0);
        busy.scores(s, i, b, 0);
        expect(Array.from(b)).toEqual(Array.from(a));
      }
    }
  });

  it('adds weight x unit x score, rounded, for capitalised words only, computed once for both passes', () => {
    const v = vectors();
    const sentences = SENTENCES.map(input);
    const parts = model(sentences, v, 0.5);
    const m = new WindowModel(parts, v);
    const spy = vi.spyOn(m, 'scores');
    const scores = new WindowScores(m, sentences);
    const one = new Float32Array(C);
    m.scores(sentences[1]!, 1, one, 0);
    spy.mockClear();
    for (let pass = 0; pass < 2; pass++) {
      const out = new Int32Array(C);
      scores.sentence(1).add(1, 1000, out); // "Karlov"
      expect(Array.from(out)).toEqual(Array.from(one, (x) => Math.round(0.5 * 1000 * x)));
      const lower = new Int32Array(C);
      scores.sentence(1).add(2, 1000, lower); // "said": left to the perceptron
      expect(Array.from(lower)).toEqual([0, 0, 0]);
    }
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('survives encoding, and refuses a damaged file', () => {
    const v = vectors();
    const parts = model(SENTENCES.map(input), v);
    const back = decodeWindowModel(encodeWindowModel(parts), 'w.bin');
    expect(back.weight).toBe(parts.weight);
    expect(Array.from(back.keys)).toEqual(Array.from(parts.keys));
    expect(Array.from(back.rows)).toEqual(Array.from(parts.rows));
    expect(Array.from(back.dense)).toEqual(Array.from(parts.dense));
    const bytes = encodeWindowModel(parts);
    expect(() => decodeWindowModel(bytes.subarray(0, bytes.length - 4), 'w.bin')).toThrow(/w.bin: NER window model is truncated/);
    expect(() => decodeWindowModel(Buffer.alloc(16), 'z.bin')).toThrow(/z.bin: not a Dossier NER window model/);
  });

  it('refuses word vectors of another size than it was trained on', () => {
    const v = vectors();
    const parts = { ...model(SENTENCES.map(input), v), dims: 3 };
    expect(() => new WindowModel(parts, v)).toThrow(/expects 3-d word vectors, found 2/);
  });
});

describe('window model training', () => {
  it('learns labels from context and vectors, deterministically', () => {
    const v = vectors();
    // Label 1 after "in", 2 after "Mr", else 0.
    const texts = ['The envoy was in Ankara .', 'The envoy was in Paris .', 'Mr Karlov said .', 'Mr Envoy was shot .', 'The envoy said .'];
    const examples = texts.flatMap((t) => {
      const s = input(t);
      const words = t.split(' ');
      return words.map((_, i) => ({ input: s, i, y: words[i - 1] === 'in' ? 1 : words[i - 1] === 'Mr' ? 2 : 0 }));
    });
    const options = { classes: C, epochs: 8, rate: 0.1, seed: 5 };
    const a = trainWindowModel(examples, v, options);
    const b = trainWindowModel(examples, v, options);
    expect(Array.from(a.rows)).toEqual(Array.from(b.rows));
    expect(Array.from(a.dense)).toEqual(Array.from(b.dense));
    const m = new WindowModel({ ...a, weight: 1 }, v);
    const out = new Float32Array(C);
    for (const ex of examples) {
      m.scores(ex.input, ex.i, out, 0);
      const best = out.indexOf(Math.max(...out));
      expect(best).toBe(ex.y);
    }
  });
});
