import { describe, expect, it } from 'vitest';
import { BOS, EOS, NER_FEATURES, PART_KEY } from './features.js';
import { makeInput, type TagInput } from './input.js';
import { decodeWindowModel, encodeWindowModel, MAX_WINDOW_FEATURES, OUTSIDE, partFeatures, POSITIONS, WINDOW, WINDOW_PARTS, WindowModel, WindowTerms, wordFeatures, type WindowModelParts } from './window-model.js';
import { trainWindowModel } from './window-model-train.js';
import { lowerHash } from './atoms.js';
import { WordVectors } from './word-vectors.js';

const C = 3;
const D = 2;
const VOCAB = ['the', 'envoy', 'was', 'shot', 'in', 'ankara', 'paris', 'mr', 'karlov', 'said', '.'];

function vectors(extra = 0): WordVectors {
  const words = [...VOCAB, ...Array.from({ length: extra }, (_, k) => `w${k}x`)];
  const values = new Uint8Array(words.length * D);
  words.forEach((_, r) => {
    values[r * D] = 128 + ((r * 37) % 50) - 25;
    values[r * D + 1] = 128 + ((r * 11) % 30) - 15;
  });
  return WordVectors.build(D, 0.1, Int32Array.from(words, lowerHash), values);
}

function input(sentence: string): TagInput {
  const words = sentence.split(' ');
  const s = makeInput(words);
  return { ...s, pos: Int32Array.from(words, (w) => w.length % 4), gaz: Int32Array.from(words, (w) => (w === 'Ankara' || w === 'Paris' ? 9 : 0)) };
}

const PARTS = NER_FEATURES.parts.filter((p) => WindowTerms.reads(p.name));

/** Token i's window features and vector rows, as the score caches see them: its word, then each part's key. */
function features(s: TagInput, i: number, v: WordVectors): { word: number[]; parts: { name: string; keys: number[]; row: number; d: number }[]; own: number } {
  const buf = new Int32Array(MAX_WINDOW_FEATURES);
  const own = v.row(s.atoms.lower[i]!);
  const word = Array.from(buf.subarray(0, wordFeatures(s, i, own >= 0, buf, 0)));
  const key = new Int32Array(PART_KEY);
  const parts = PARTS.flatMap((p) => {
    key.fill(0);
    if (!p.key(s, i, -1, key)) return [];
    const d = WINDOW_PARTS[p.name!]!;
    const outside = d !== 0 && (key[0] === BOS || key[0] === EOS);
    const row = d !== 0 && !outside ? v.row(key[0]!) : -1;
    return [{ name: p.name!, keys: Array.from(buf.subarray(0, partFeatures(p.name!, key, outside ? OUTSIDE : row, buf, 0))), row, d }];
  });
  return { word, parts, own };
}

/** A model with a row for every feature of these sentences (made-up weights). */
function model(sentences: TagInput[], v: WordVectors, weight = 0.5): WindowModelParts {
  const keys = new Set<number>();
  for (const s of sentences) {
    for (let i = 0; i < s.atoms.length; i++) {
      const f = features(s, i, v);
      for (const k of [...f.word, ...f.parts.flatMap((p) => p.keys)]) keys.add(k);
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

function projection(p: WindowModelParts, v: WordVectors, row: number, pos: number): number[] {
  return Array.from({ length: C }, (_, c) => {
    let sum = 0;
    for (let e = 0; e < D; e++) sum += p.dense[(pos * C + c) * D + e]! * (v.values[row * D + e]! - 128) * v.scale;
    return sum;
  });
}

function rows(p: WindowModelParts, keys: number[]): number[] {
  const out = [0, 0, 0];
  for (const key of keys) {
    const f = p.keys.indexOf(key);
    for (let c = 0; c < C; c++) out[c]! += p.rows[f * C + c]!;
  }
  return out;
}

const add = (a: number[], b: number[]) => a.map((x, c) => x + b[c]!);
const SENTENCES = ['The envoy was shot in Ankara .', 'Mr Karlov said the envoy was in Paris .', 'THE ENVOY WAS SHOT IN ANKARA', 'Karlov'];

describe('window model', () => {
  it("scores a token's word and each part it reads as its definition says", () => {
    const v = vectors();
    const sentences = SENTENCES.map(input);
    const parts = model(sentences, v);
    const m = new WindowModel(parts, v);
    const key = new Int32Array(PART_KEY);
    for (let round = 0; round < 2; round++) {
      for (const s of sentences) {
        for (let i = 0; i < s.atoms.length; i++) {
          const f = features(s, i, v);
          const got = new Float64Array(C);
          m.addWord(s, i, got);
          let want = add(Array.from(parts.bias), rows(parts, f.word));
          if (f.own >= 0) want = add(want, projection(parts, v, f.own, WINDOW));
          want.forEach((x, c) => expect(got[c]).toBeCloseTo(x, 5));
          for (const p of f.parts) {
            key.fill(0);
            PARTS.find((q) => q.name === p.name)!.key(s, i, -1, key);
            const part = new Float64Array(C);
            m.addPart(p.name, key, part);
            let expected = rows(parts, p.keys);
            if (p.row >= 0) expected = add(expected, projection(parts, v, p.row, p.d + WINDOW));
            expected.forEach((x, c) => expect(part[c]).toBeCloseTo(x, 5));
          }
        }
      }
    }
  });

  it('reads the neighbours either side, the shape part and the gazetteer part of the NER features', () => {
    expect(PARTS.map((p) => p.name).sort()).toEqual(['gazetteer', 'shape', 'word+1', 'word+2', 'word-1', 'word-2']);
    const s = input('Mr Karlov said .');
    const f = features(s, 0, vectors());
    expect(f.parts.find((p) => p.name === 'word-1')!.keys).toHaveLength(1); // before the sentence: one "outside" feature
    expect(f.parts.find((p) => p.name === 'word+1')!.row).toBe(VOCAB.indexOf('karlov'));
  });

  it('gives the same scores whatever it scored before (its projection cache compares full keys)', () => {
    const v = vectors(40_000);
    const sentences = SENTENCES.map(input);
    const parts = model(sentences, v);
    const fresh = new WindowModel(parts, v);
    const busy = new WindowModel(parts, v);
    const noise = new Float64Array(C);
    for (let k = 0; k < 40_000; k += 1) busy.addWord(input(`W${k}x`), 0, noise);
    for (const s of sentences) {
      for (let i = 0; i < s.atoms.length; i++) {
        const a = new Float64Array(C);
        const b = new Float64Array(C);
        fresh.addWord(s, i, a);
        busy.addWord(s, i, b);
        expect(Array.from(b)).toEqual(Array.from(a));
      }
    }
  });

  it("adds weight x unit x score, rounded, in a perceptron's integer units", () => {
    const v = vectors();
    const sentences = SENTENCES.map(input);
    const m = new WindowModel(model(sentences, v, 0.5), v);
    const s = sentences[1]!;
    const sums = new Float64Array(C);
    m.addWord(s, 1, sums);
    const out = Int32Array.of(10, 20, 30);
    new WindowTerms(m, 1000).addWord(s, 1, out);
    expect(Array.from(out)).toEqual([10, 20, 30].map((x, c) => x + Math.round(500 * sums[c]!)));
    const silent = Int32Array.of(10, 20, 30);
    new WindowTerms(new WindowModel({ ...m.parts, weight: 0 }, v), 1000).addWord(s, 1, silent);
    expect(Array.from(silent)).toEqual([10, 20, 30]);
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
    const key = new Int32Array(PART_KEY);
    for (const ex of examples) {
      const out = new Float64Array(C);
      m.addWord(ex.input, ex.i, out);
      for (const p of PARTS) {
        key.fill(0);
        if (p.key(ex.input, ex.i, -1, key)) m.addPart(p.name!, key, out);
      }
      const best = out.indexOf(Math.max(...out));
      expect(best).toBe(ex.y);
    }
  });
});
