import { buildIntIndex, indexOf } from '../core/int-index.js';

/**
 * Content words for text similarity: lowercase letter runs of 3+ characters (apostrophes and hyphens
 * inside a word kept), possessive 's dropped. Numbers are left out: casualty counts differ between
 * sources of one event and must not pull reports apart.
 */
const WORD = /\p{L}[\p{L}'’-]*\p{L}/gu;
const APOSTROPHE = /['’]/;

export function contentWords(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  // exec, not matchAll: an iterator's result object per word is garbage the main thread of ingest
  // collects (clustering was half of its allocation, mostly such objects; see README "Measuring").
  const re = new RegExp(WORD);
  for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
    let w = m[0];
    // Most words have no apostrophe: the two replacements only for those that do.
    if (APOSTROPHE.test(w)) w = w.replace(/['’]s$/, '').replace(/['’]/g, '');
    if (w.length >= 3) out.push(w);
  }
  return out;
}

/** A sparse vector over words. */
export type TermVector = Record<string, number>;

/**
 * A vector as a Map with its norm, made once per vector object: plain objects with hundreds of
 * word keys are slow to walk, and a batch compares each record with every candidate event.
 * Vectors are never mutated after they are built, so caching by identity is safe.
 * For `cosine` the words are also numbered (one number per word for the whole process), in the
 * Map's order, with a table from number to position: a dot product then looks up
 * small integers instead of hashing strings, and adds the same products in the same order.
 */
interface Compiled {
  readonly map: Map<string, number>;
  readonly norm: number;
  /** Word numbers and values, in the Map's order. */
  readonly ids: Int32Array;
  readonly values: Float64Array;
  /** Word number -> position (see core/int-index.ts). */
  readonly index: Int32Array;
}
const compiledCache = new WeakMap<TermVector, Compiled>();
const wordNumbers = new Map<string, number>();

function wordNumber(w: string): number {
  let n = wordNumbers.get(w);
  if (n === undefined) wordNumbers.set(w, (n = wordNumbers.size + 1));
  return n;
}

function compiled(v: TermVector): Compiled {
  let c = compiledCache.get(v);
  if (!c) {
    const map = new Map<string, number>();
    let s = 0;
    for (const k in v) {
      const x = v[k]!;
      map.set(k, x);
      s += x * x;
    }
    const ids = new Int32Array(map.size);
    const values = new Float64Array(map.size);
    let i = 0;
    map.forEach((x, k) => {
      ids[i] = wordNumber(k);
      values[i++] = x;
    });
    c = { map, norm: Math.sqrt(s), ids, values, index: buildIntIndex(ids) };
    compiledCache.set(v, c);
  }
  return c;
}

/** The vector's words as process-wide numbers, with their values and the vector's norm (cached). */
export function termEntries(v: TermVector): { readonly ids: Int32Array; readonly values: Float64Array; readonly norm: number } {
  return compiled(v);
}

/** The vector's entries as a Map (cached): faster to walk than the object. */
export function termMap(v: TermVector): ReadonlyMap<string, number> {
  return compiled(v).map;
}

export function norm(v: TermVector): number {
  return compiled(v).norm;
}

/** Calls `f` on each entry of a vector or a Map of word weights, in its order. */
function forEachEntry(v: TermVector | ReadonlyMap<string, number>, f: (x: number, w: string) => void): void {
  if (v instanceof Map) (v as ReadonlyMap<string, number>).forEach(f);
  else {
    const o = v as TermVector;
    for (const w in o) f(o[w]!, w);
  }
}

/**
 * The vector (or a Map of word weights) scaled to length 1. Its length is summed here, in the order
 * `compiled` sums it (the keys' order), so it is the same number: the vector being scaled is not
 * compared with anything, and compiling it only for its length cost as much as the rest of
 * clustering a record.
 */
export function normalize(v: TermVector | ReadonlyMap<string, number>): TermVector {
  let s = 0;
  forEachEntry(v, (x) => {
    s += x * x;
  });
  const n = Math.sqrt(s);
  const out: TermVector = {};
  if (n === 0) return out;
  forEachEntry(v, (x, w) => {
    out[w] = x / n;
  });
  return out;
}

/** Cosine of two vectors (0 when either is empty). */
export function cosine(a: TermVector, b: TermVector): number {
  const ca = compiled(a);
  const cb = compiled(b);
  if (ca.norm === 0 || cb.norm === 0) return 0;
  const [small, large] = ca.map.size <= cb.map.size ? [ca, cb] : [cb, ca];
  const { index, ids, values } = large;
  let dot = 0;
  for (let i = 0; i < small.ids.length; i++) {
    const at = indexOf(index, ids, small.ids[i]!);
    if (at >= 0) dot += small.values[i]! * values[at]!;
  }
  return dot / (ca.norm * cb.norm);
}

/** The `max` largest entries, so a centroid stays small however many records join. */
export function topTerms(v: TermVector | ReadonlyMap<string, number>, max: number): TermVector {
  // Words and values side by side, in the vector's order (no [word, value] pair per entry).
  const words: string[] = [];
  const weights: number[] = [];
  const take = (x: number, w: string) => {
    words.push(w);
    weights.push(x);
  };
  forEachEntry(v, take);
  const out: TermVector = {};
  if (words.length > max) {
    // The value of the max-th largest entry, found by a numeric sort (fast), then the entries above
    // it and, among those equal to it, the first by word: the same result as a full sort.
    const cut = Float64Array.from(weights).sort()[words.length - max]!;
    const at: string[] = [];
    let above = 0;
    for (let i = 0; i < words.length; i++) {
      if (weights[i]! > cut) above++;
      else if (weights[i] === cut) at.push(words[i]!);
    }
    at.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    for (let i = 0; i < words.length; i++) if (weights[i]! > cut) out[words[i]!] = weights[i]!;
    for (let i = 0; i < max - above; i++) out[at[i]!] = cut;
    return out;
  }
  for (let i = 0; i < words.length; i++) out[words[i]!] = weights[i]!;
  return out;
}
