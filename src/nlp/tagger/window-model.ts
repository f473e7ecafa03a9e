import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { DossierError } from '../../core/errors.js';
import { buildIntIndex, indexOf } from '../../core/int-index.js';
import { sharedArray, toShared } from '../../core/shared-tables.js';
import { BOS, EOS } from './features.js';
import { featureKey } from './hash.js';
import type { TagInput } from './input.js';
import type { WordVectors } from './word-vectors.js';

/**
 * A log-linear model over a window of five tokens whose label scores the NER tagger adds to its
 * perceptrons' (a product of experts, weighted by `weight`, tuned on eng.testa). The perceptrons know
 * words by their spelling and clusters; this model reads each word's vector (GloVe, reduced) through
 * one weight matrix per window position, so it generalises from the names and contexts it saw in
 * training to similar ones it did not, with the graded similarity that clusters lose.
 *
 * Its features are chosen to be functions of what the NER perceptrons' score caches are keyed by: the
 * token's own word (WordScoreCache) and the values of four of their cached parts (the words either
 * side, the token's shape and the sentence's mode, the gazetteer hits; see NER_FEATURES). So its scores
 * are added into those caches' sums when a slot is filled, exactly (a sum is still a function of its
 * key alone), and cost nothing when a word or a neighbour comes back:
 *   word part: bias + dense_0 . vector(word) + rows(unknown, shape, casing, first and last three letters)
 *   neighbour d (-2, -1, +1, +2): dense_d . vector(word at d) + rows(unknown or outside, short shape, name-list mask)
 *   shape part: rows(sentence mode, sentence start); gazetteer part: rows(the token's gazetteer hit)
 */
export const WINDOW = 2;
export const POSITIONS = 2 * WINDOW + 1;
export const MAX_WINDOW_FEATURES = 16;

/** The NER cached parts (CachedPart.name) whose keys the window model reads, with their window position. */
export const WINDOW_PARTS: Readonly<Record<string, number>> = { 'word-2': -2, 'word-1': -1, 'word+1': 1, 'word+2': 2, shape: 0, gazetteer: 0 };

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

/** Token i's own features (a function of its word as written), from keys[c]; returns the new count. */
export function wordFeatures(s: TagInput, i: number, hasVector: boolean, keys: Int32Array, c: number): number {
  const a = s.atoms;
  if (!hasVector) keys[c++] = featureKey(321, 1);
  keys[c++] = featureKey(322, a.shortShape[i]!);
  keys[c++] = featureKey(323, a.flags[i]!);
  const k = Math.min(a.length_[i]!, 3) - 1;
  if (k >= 0) {
    keys[c++] = featureKey(400, a.suffix[i * 4 + k]!);
    keys[c++] = featureKey(401, a.prefix[i * 4 + k]!);
  }
  return c;
}

/** partWordRow of a neighbour outside the sentence. */
export const OUTSIDE = -2;

/**
 * The word-vector row of the neighbour a NER cached part's key holds (its lowercase hash in key[0]):
 * OUTSIDE before the sentence's start or after its end (BOS / EOS), -1 for a word without a vector or
 * a part that is no neighbour.
 */
export function partWordRow(name: string, key: Int32Array, vectors: WordVectors | null): number {
  if (WINDOW_PARTS[name] === 0) return -1;
  if (key[0] === BOS || key[0] === EOS) return OUTSIDE;
  return vectors ? vectors.row(key[0]!) : -1;
}

/**
 * The features of a NER cached part's key (see WINDOW_PARTS), from keys[c]; returns the new count.
 * Neighbour keys hold the word's lowercase hash, short shape, mode with the name-list mask above it,
 * cluster and word (`row`: partWordRow); the shape part's key mode and sentence start in [1] and [3];
 * the gazetteer part's the token's hit in [0].
 */
export function partFeatures(name: string, key: Int32Array, row: number, keys: Int32Array, c: number): number {
  if (name === 'shape') {
    keys[c++] = featureKey(402, key[1]!);
    keys[c++] = featureKey(403, key[3]!);
    return c;
  }
  if (name === 'gazetteer') {
    keys[c++] = featureKey(404, key[0]!);
    return c;
  }
  const t = 300 + (WINDOW_PARTS[name]! + WINDOW) * 10;
  if (row === OUTSIDE) {
    keys[c++] = featureKey(t, 1);
    return c;
  }
  if (row < 0) keys[c++] = featureKey(t + 1, 1);
  keys[c++] = featureKey(t + 2, key[1]!);
  if (key[2]! >> 2 !== 0) keys[c++] = featureKey(t + 6, key[2]! >> 2);
  return c;
}

const PROJECTION_LOG2 = 15;

export class WindowModel {
  readonly classes: number;
  readonly weight: number;
  /** Feature key -> row of `rows` (core/int-index.ts). */
  private readonly index: Int32Array;
  private readonly keys = new Int32Array(MAX_WINDOW_FEATURES);
  private readonly vec: Float32Array;
  /** Projections dense_p . vector(row), direct-mapped by row * POSITIONS + p + 1 (0: empty). */
  private readonly projKeys = new Int32Array(1 << PROJECTION_LOG2);
  private readonly projValues: Float32Array;

  constructor(readonly parts: WindowModelParts, readonly vectors: WordVectors | null) {
    this.classes = parts.classes;
    this.weight = parts.weight;
    if (vectors && vectors.dims !== parts.dims) throw new DossierError('DATA_MISSING', `the NER window model expects ${parts.dims}-d word vectors, found ${vectors.dims}`);
    this.index = buildIntIndex(parts.keys);
    this.vec = new Float32Array(parts.dims);
    this.projValues = new Float32Array((1 << PROJECTION_LOG2) * parts.classes);
  }

  /** Adds the rows of this.keys[0..count) to out[0..classes). */
  private addRows(count: number, out: Float64Array): void {
    const { keys, parts } = this;
    const C = this.classes;
    const rows = parts.rows;
    for (let k = 0; k < count; k++) {
      const f = indexOf(this.index, parts.keys, keys[k]!);
      if (f < 0) continue;
      const o = f * C;
      for (let c = 0; c < C; c++) out[c]! += rows[o + c]!;
    }
  }

  /** Adds dense_p . vector(row) to out[0..classes) (kept for the next time the word comes back at p). */
  private addProjection(row: number, p: number, out: Float64Array): void {
    const key = row * POSITIONS + p + 1;
    const slot = Math.imul(key, 0x9e3779b1) >>> (32 - PROJECTION_LOG2);
    const C = this.classes;
    const at = slot * C;
    const { projValues } = this;
    if (this.projKeys[slot] !== key) {
      const { vec } = this;
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
    }
    for (let c = 0; c < C; c++) out[c]! += projValues[at + c]!;
  }

  /** Adds token i's word part (bias, its vector, its own features) to out[0..classes). */
  addWord(s: TagInput, i: number, out: Float64Array): void {
    const r = this.vectors ? this.vectors.row(s.atoms.lower[i]!) : -1;
    const bias = this.parts.bias;
    for (let c = 0; c < this.classes; c++) out[c]! += bias[c]!;
    if (r >= 0) this.addProjection(r, WINDOW, out);
    this.addRows(wordFeatures(s, i, r >= 0, this.keys, 0), out);
  }

  /** Adds the scores of a NER cached part's key (a WINDOW_PARTS name) to out[0..classes). */
  addPart(name: string, key: Int32Array, out: Float64Array): void {
    const r = partWordRow(name, key, this.vectors);
    if (r >= 0) this.addProjection(r, WINDOW_PARTS[name]! + WINDOW, out);
    this.addRows(partFeatures(name, key, r, this.keys, 0), out);
  }
}

/**
 * The window model's scores in one perceptron's integer units (weight x unit, rounded), as the NER
 * score caches add them to a slot's sums when they fill it.
 */
export class WindowTerms {
  private readonly sums: Float64Array;
  private readonly factor: number;

  constructor(readonly model: WindowModel, unit: number) {
    this.sums = new Float64Array(model.classes);
    this.factor = model.weight * unit;
  }

  /** Whether a cached part (by its name) has window scores. */
  static reads(name: string | undefined): boolean {
    return name !== undefined && name in WINDOW_PARTS;
  }

  addWord(s: TagInput, i: number, out: Int32Array): void {
    this.sums.fill(0);
    this.model.addWord(s, i, this.sums);
    this.round(out);
  }

  addPart(name: string, key: Int32Array, out: Int32Array): void {
    this.sums.fill(0);
    this.model.addPart(name, key, this.sums);
    this.round(out);
  }

  private round(out: Int32Array): void {
    const { sums, factor } = this;
    for (let c = 0; c < sums.length; c++) out[c]! += Math.round(factor * sums[c]!);
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
