import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { DossierError } from '../../core/errors.js';
import { sharedArray, toShared } from '../../core/shared-tables.js';
import { featureKey, mix } from './hash.js';
import { FLAG_INIT_CAP } from './atoms.js';
import type { ExtraScores } from './decode.js';
import type { TagInput } from './input.js';
import type { WordVectors } from './word-vectors.js';

/**
 * A log-linear model over a window of five tokens whose label scores the NER tagger adds to its
 * perceptron's (a product of experts, weighted by `weight`, tuned on eng.testa). The perceptron knows
 * words by their spelling and clusters; this model reads each neighbour's word vector (GloVe, reduced)
 * through one weight matrix per window position, so it generalises from the names and contexts it saw
 * in training to similar ones it did not, with real-valued similarity that clusters lose.
 *
 * scores = bias + sum over positions p of (dense_p . vector(word at p) + the rows of p's sparse
 * features: shape, casing, POS tag, gazetteer and name-list hits, and for the token itself its first and
 * last three letters) + the rows of the token's place (sentence mode, sentence start).
 * Each position's sum is a function of a few of the token's values, so it is cached (exactly: the
 * cache compares full keys) and most tokens cost six additions of `classes` numbers.
 */
export const WINDOW = 2;
export const POSITIONS = 2 * WINDOW + 1;
export const MAX_WINDOW_FEATURES = 48;

export interface WindowModelParts {
  readonly classes: number;
  readonly dims: number;
  /** The weight of this model's log-probabilities against the perceptron's scores (in its weight units). */
  readonly weight: number;
  /** Sparse feature keys (featureKey values) and their rows (keys.length x classes). */
  readonly keys: Int32Array;
  readonly rows: Float32Array;
  /** POSITIONS x classes x dims. */
  readonly dense: Float32Array;
  readonly bias: Float32Array;
}

/**
 * The sparse features of window position d (-WINDOW..WINDOW) of token i, from keys[c]; returns the new
 * count. A function of (d, the word at i + d as written and lowercased, its POS tag, gazetteer and
 * name-list hits) alone, which is what lets WindowModel cache a position's sum.
 */
export function positionFeatures(s: TagInput, i: number, d: number, hasVector: boolean, keys: Int32Array, c: number): number {
  const a = s.atoms;
  const j = i + d;
  const t = 300 + (d + WINDOW) * 10;
  if (j < 0 || j >= a.length) {
    keys[c++] = featureKey(t, 1);
    return c;
  }
  if (!hasVector) keys[c++] = featureKey(t + 1, 1);
  keys[c++] = featureKey(t + 2, a.shortShape[j]!);
  keys[c++] = featureKey(t + 3, a.flags[j]!);
  if (s.pos) keys[c++] = featureKey(t + 4, s.pos[j]!);
  if (s.gaz) keys[c++] = featureKey(t + 5, s.gaz[j]!);
  if (s.names && d >= -1 && d <= 1) keys[c++] = featureKey(t + 6, s.names[j]!);
  if (d === 0) {
    // The token's own first and last three letters (the whole word when shorter).
    const k = Math.min(a.length_[j]!, 3) - 1;
    if (k >= 0) {
      keys[c++] = featureKey(400, a.suffix[j * 4 + k]!);
      keys[c++] = featureKey(401, a.prefix[j * 4 + k]!);
    }
  }
  return c;
}

/** Features of token i's place: the sentence's mode and whether it starts the sentence. */
export function placeFeatures(s: TagInput, i: number, keys: Int32Array, c: number): number {
  keys[c++] = featureKey(402, s.mode);
  keys[c++] = featureKey(403, i === 0 ? 1 : 0);
  return c;
}

/** The row in `vectors` of the word at token j, -1 outside the sentence or without a vector. */
export function vectorRow(s: TagInput, j: number, vectors: WordVectors | null): number {
  return vectors && j >= 0 && j < s.atoms.length ? vectors.row(s.atoms.lower[j]!) : -1;
}

/**
 * Cache sizes: small on purpose. Together ~1.3 MB, they stay in the CPU's caches beside the perceptron's
 * score caches; larger ones (2^14 / 2^16 slots of float64) made the perceptrons' own lookups slower.
 */
const CACHE_LOG2 = 13;
const PROJECTION_LOG2 = 13;
/** What a window position's sum depends on: position, word as written, lowercase word, POS tag, gazetteer, names. */
const CACHE_KEY = 6;

export class WindowModel {
  readonly classes: number;
  readonly weight: number;
  private readonly index: Int32Array;
  private readonly mask: number;
  private readonly keys = new Int32Array(MAX_WINDOW_FEATURES);
  private readonly key = new Int32Array(CACHE_KEY);
  private readonly vec: Float32Array;
  /**
   * Sums of one window position (its word's projection plus its sparse features' rows), direct-mapped,
   * each slot with its full key (CACHE_KEY ints, all compared: a hit is exactly what computing gives).
   */
  private readonly cacheKeys = new Int32Array((1 << CACHE_LOG2) * CACHE_KEY);
  private readonly cacheValues: Float32Array;
  /** Projections dense_p . vector(row) alone, by row * POSITIONS + p + 1 (0: empty): shared by a word's POS tags and gazetteer hits. */
  private readonly projKeys = new Int32Array(1 << PROJECTION_LOG2);
  private readonly projValues: Float32Array;

  constructor(readonly parts: WindowModelParts, readonly vectors: WordVectors | null) {
    this.classes = parts.classes;
    this.weight = parts.weight;
    if (vectors && vectors.dims !== parts.dims) throw new DossierError('DATA_MISSING', `the NER window model expects ${parts.dims}-d word vectors, found ${vectors.dims}`);
    let cap = 16;
    while (cap < parts.keys.length * 2) cap <<= 1;
    this.mask = cap - 1;
    this.index = new Int32Array(cap);
    parts.keys.forEach((k, f) => {
      let h = k & this.mask;
      while (this.index[h] !== 0) h = (h + 1) & this.mask;
      this.index[h] = f + 1;
    });
    this.vec = new Float32Array(parts.dims);
    // key[0] (the position plus one) is never 0, so the zeroed caches hold nothing.
    this.cacheValues = new Float32Array((1 << CACHE_LOG2) * parts.classes);
    this.projValues = new Float32Array((1 << PROJECTION_LOG2) * parts.classes);
  }

  private feature(key: number): number {
    const { index, mask, parts } = this;
    let h = key & mask;
    for (;;) {
      const f = index[h]!;
      if (f === 0) return -1;
      if (parts.keys[f - 1] === key) return f - 1;
      h = (h + 1) & mask;
    }
  }

  /** Adds the rows of keys[0..count) to to[at..at + classes). */
  private addRows(count: number, to: Float32Array, at: number): void {
    const { keys, parts } = this;
    const C = this.classes;
    const rows = parts.rows;
    for (let k = 0; k < count; k++) {
      const f = this.feature(keys[k]!);
      if (f < 0) continue;
      const o = f * C;
      for (let c = 0; c < C; c++) to[at + c]! += rows[o + c]!;
    }
  }

  /** Where in projValues dense_p . vector(row) is (computed now on a miss). */
  private projection(row: number, p: number): number {
    const key = row * POSITIONS + p + 1;
    const slot = Math.imul(key, 0x9e3779b1) >>> (32 - PROJECTION_LOG2);
    const C = this.classes;
    const at = slot * C;
    if (this.projKeys[slot] === key) return at;
    const { vec, projValues } = this;
    const v = this.vectors!;
    const D = v.dims;
    for (let e = 0; e < D; e++) vec[e] = (v.values[row * D + e]! - 128) * v.scale;
    const dense = this.parts.dense;
    for (let c = 0; c < C; c++) {
      const o = (p * C + c) * D;
      let sum = 0;
      for (let e = 0; e < D; e++) sum += dense[o + e]! * vec[e]!;
      projValues[at + c] = sum;
    }
    this.projKeys[slot] = key;
    return at;
  }

  /** Where in cacheValues the sum of window position d of token i is (computed now on a miss). */
  private position(s: TagInput, i: number, d: number): number {
    const a = s.atoms;
    const j = i + d;
    const key = this.key;
    const inside = j >= 0 && j < a.length;
    key[0] = d + WINDOW + 1;
    key[1] = inside ? a.word[j]! : j < 0 ? -1 : -2;
    key[2] = inside ? a.lower[j]! : 0;
    key[3] = inside && s.pos ? s.pos[j]! : 0;
    key[4] = inside && s.gaz ? s.gaz[j]! : 0;
    key[5] = inside && s.names && d >= -1 && d <= 1 ? s.names[j]! : 0;
    const slot = mix(mix(mix(key[0], key[1]!), mix(key[2]!, key[3]!)), mix(key[4]!, key[5]!)) >>> (32 - CACHE_LOG2);
    const C = this.classes;
    const at = slot * C;
    const ck = this.cacheKeys;
    const b = slot * CACHE_KEY;
    if (ck[b] === key[0] && ck[b + 1] === key[1] && ck[b + 2] === key[2] && ck[b + 3] === key[3] && ck[b + 4] === key[4] && ck[b + 5] === key[5]) return at;
    const values = this.cacheValues;
    values.fill(0, at, at + C);
    const r = vectorRow(s, j, this.vectors);
    if (r >= 0) {
      const from = this.projection(r, d + WINDOW);
      const pv = this.projValues;
      for (let c = 0; c < C; c++) values[at + c] = pv[from + c]!;
    }
    this.addRows(positionFeatures(s, i, d, r >= 0, this.keys, 0), values, at);
    ck.set(key, b);
    return at;
  }

  private buffers = { scores: new Float32Array(0), done: new Uint8Array(0) };

  /** Score and done arrays for a document of `tokens` tokens (done cleared), grown as needed and reused. */
  documentBuffers(tokens: number): { scores: Float32Array; done: Uint8Array } {
    if (this.buffers.done.length < tokens) {
      const n = Math.max(tokens, this.buffers.done.length * 2, 1024);
      this.buffers = { scores: new Float32Array(n * this.classes), done: new Uint8Array(n) };
    }
    this.buffers.done.fill(0, 0, tokens);
    return this.buffers;
  }

  /**
   * Token i's label scores into out[at..at + classes): the linear scores, which differ from the
   * log-probabilities the model was trained for by one constant a token, which changes no decision.
   */
  scores(s: TagInput, i: number, out: Float32Array, at: number): void {
    const C = this.classes;
    const bias = this.parts.bias;
    const cv = this.cacheValues;
    for (let c = 0; c < C; c++) out[at + c] = bias[c]!;
    for (let d = -WINDOW; d <= WINDOW; d++) {
      const from = this.position(s, i, d);
      for (let c = 0; c < C; c++) out[at + c]! += cv[from + c]!;
    }
    this.addRows(placeFeatures(s, i, this.keys, 0), out, at);
  }
}

/**
 * The window model's scores for one document's sentences, computed for a token when the decoder first
 * asks (many tokens are never scored: see TagInput.skip) and shared by both NER passes. `sentence(k)`
 * points it at sentence k before that sentence is tagged. Its arrays are the model's, reused from one
 * document to the next (a tagger tags one document at a time).
 */
export class WindowScores implements ExtraScores {
  private input!: TagInput;
  private base = 0;
  private readonly starts: Int32Array;
  private readonly scores: Float32Array;
  private readonly done: Uint8Array;

  constructor(private readonly model: WindowModel, private readonly inputs: readonly TagInput[]) {
    this.starts = new Int32Array(inputs.length + 1);
    inputs.forEach((s, k) => (this.starts[k + 1] = this.starts[k]! + s.atoms.length));
    const n = this.starts[inputs.length]!;
    ({ scores: this.scores, done: this.done } = model.documentBuffers(n));
  }

  sentence(k: number): this {
    this.input = this.inputs[k]!;
    this.base = this.starts[k]!;
    return this;
  }

  /** out[c] += round(weight * unit * score(c)) for token i of the current sentence; `unit`: the scores' units per perceptron weight unit. */
  add(i: number, unit: number, out: Int32Array | Float64Array): void {
    // Capitalised words only: numbers and lowercase words inside names are left to the perceptron
    // (eng.testa 0.9331 -> 0.9325 with 48-d vectors, a quarter fewer tokens scored).
    if (!(this.input.atoms.flags[i]! & FLAG_INIT_CAP)) return;
    const C = this.model.classes;
    const t = this.base + i;
    if (this.done[t] === 0) {
      this.model.scores(this.input, i, this.scores, t * C);
      this.done[t] = 1;
    }
    const f = this.model.weight * unit;
    for (let c = 0; c < C; c++) out[c]! += Math.round(f * this.scores[t * C + c]!);
  }
}

/** A window model file: "DSWM", uint32 header length, JSON header, then the arrays (4-byte values), aligned. */
const MAGIC = 0x4d575344;

export function encodeWindowModel(p: WindowModelParts): Buffer {
  const header = Buffer.from(JSON.stringify({ classes: p.classes, dims: p.dims, weight: p.weight, features: p.keys.length }), 'utf8');
  const head = Buffer.alloc(8);
  head.writeUInt32LE(MAGIC, 0);
  head.writeUInt32LE(header.length, 4);
  const arrays = [p.keys, p.rows, p.dense, p.bias];
  return Buffer.concat([head, header, Buffer.alloc((4 - (header.length % 4)) % 4), ...arrays.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength))]);
}

export function decodeWindowModel(buf: Buffer, origin: string): WindowModelParts {
  if (buf.length < 8 || buf.readUInt32LE(0) !== MAGIC) throw new DossierError('DATA_MISSING', `${origin}: not a Dossier NER window model (bad magic number)`);
  const hlen = buf.readUInt32LE(4);
  const h = JSON.parse(buf.subarray(8, 8 + hlen).toString('utf8')) as { classes: number; dims: number; weight: number; features: number };
  let off = 8 + hlen + ((4 - (hlen % 4)) % 4);
  const sizes = [h.features, h.features * h.classes, POSITIONS * h.classes * h.dims, h.classes];
  if (buf.length !== off + sizes.reduce((a, b) => a + b, 0) * 4) throw new DossierError('DATA_MISSING', `${origin}: NER window model is truncated`);
  const take = <T extends Int32Array | Float32Array>(Type: { new (b: SharedArrayBuffer, o: number, n: number): T; BYTES_PER_ELEMENT: number }, n: number): T => {
    const a = sharedArray(Type as never, n) as unknown as T;
    new Uint8Array(a.buffer).set(buf.subarray(off, off + n * 4));
    off += n * 4;
    return a;
  };
  const keys = take(Int32Array, sizes[0]!);
  const rows = take(Float32Array, sizes[1]!);
  const dense = take(Float32Array, sizes[2]!);
  const bias = take(Float32Array, sizes[3]!);
  return { classes: h.classes, dims: h.dims, weight: h.weight, keys, rows, dense, bias };
}

export function saveWindowModel(path: string, p: WindowModelParts): void {
  writeFileSync(path, encodeWindowModel(p));
}

/** The model in `path`, or null when there is none (the tagger then runs on its perceptrons alone). */
export function loadWindowModel(path: string): WindowModelParts | null {
  return existsSync(path) ? decodeWindowModel(readFileSync(path), path) : null;
}

/** Copies over SharedArrayBuffers of arrays training made (so worker threads can share them). */
export function sharedWindowParts(p: WindowModelParts): WindowModelParts {
  return { ...p, keys: toShared(p.keys), rows: toShared(p.rows), dense: toShared(p.dense), bias: toShared(p.bias) };
}
