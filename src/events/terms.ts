import { buildIntIndex, indexOf } from '../core/int-index.js';

/**
 * Content words for text similarity: lowercase letter runs of 3+ characters (apostrophes and hyphens
 * inside a word kept), possessive 's dropped. Numbers are left out: casualty counts differ between
 * sources of one event and must not pull reports apart.
 */
const WORD = /\p{L}[\p{L}'’-]*\p{L}/gu;
const APOSTROPHE = /['’]/;

/** The text's content words, the first `limit` of them (a body's first few hundred are read). */
export function contentWords(text: string, limit = Infinity): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  // exec, not matchAll: an iterator's result object per word is garbage the main thread of ingest
  // collects (clustering was half of its allocation, mostly such objects; see README "Measuring").
  const re = new RegExp(WORD);
  for (let m = re.exec(lower); m !== null && out.length < limit; m = re.exec(lower)) {
    let w = m[0];
    // Most words have no apostrophe: the two replacements only for those that do.
    if (APOSTROPHE.test(w)) w = w.replace(/['’]s$/, '').replace(/['’]/g, '');
    if (w.length >= 3) out.push(w);
  }
  return out;
}

/** A sparse vector over words as an event's centroid stores it (JSON): word -> weight, in the order built. */
export type TermVector = Record<string, number>;

/**
 * A vector as the clusterer compares it: a Map of word weights with its norm, the words also
 * numbered (one number per word for the whole process) in the Map's order, with a table from
 * number to position, so that a dot product looks up small integers instead of hashing strings
 * and adds the same products in the same order. A record's vector is made in this form only (it
 * is never stored); a centroid also as a TermVector, compiled once per object (plain objects with
 * hundreds of word keys are slow to walk, and a batch compares each record with every candidate
 * event). Vectors are never changed once made, so caching by identity is safe.
 */
export class Terms {
  /** Word numbers and values, in the Map's order. */
  readonly ids: Int32Array;
  readonly values: Float64Array;
  /** Word number -> position (see core/int-index.ts). */
  readonly index: Int32Array;

  constructor(
    readonly map: ReadonlyMap<string, number>,
    readonly norm: number,
  ) {
    this.ids = new Int32Array(map.size);
    this.values = new Float64Array(map.size);
    let i = 0;
    map.forEach((x, k) => {
      this.ids[i] = wordNumber(k);
      this.values[i++] = x;
    });
    this.index = buildIntIndex(this.ids);
  }

  get size(): number {
    return this.ids.length;
  }
}

const compiledCache = new WeakMap<TermVector, Terms>();
const wordNumbers = new Map<string, number>();

function wordNumber(w: string): number {
  let n = wordNumbers.get(w);
  if (n === undefined) wordNumbers.set(w, (n = wordNumbers.size + 1));
  return n;
}

/** The vector as the clusterer compares it (compiled once per stored vector). */
export function termsOf(v: TermVector | Terms): Terms {
  if (v instanceof Terms) return v;
  let c = compiledCache.get(v);
  if (!c) {
    const map = new Map<string, number>();
    let s = 0;
    for (const k in v) {
      const x = v[k]!;
      map.set(k, x);
      s += x * x;
    }
    c = new Terms(map, Math.sqrt(s));
    compiledCache.set(v, c);
  }
  return c;
}

/** The vector's words as process-wide numbers, with their values and the vector's norm (cached). */
export function termEntries(v: TermVector | Terms): { readonly ids: Int32Array; readonly values: Float64Array; readonly norm: number } {
  return termsOf(v);
}

/** The vector's entries as a Map (cached): faster to walk than the object. */
export function termMap(v: TermVector | Terms): ReadonlyMap<string, number> {
  return termsOf(v).map;
}

export function norm(v: TermVector | Terms): number {
  return termsOf(v).norm;
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
 * Word weights scaled to length 1. The norm kept with it is summed from the scaled weights, in
 * their order, as `termsOf` sums it over the stored form: a centroid compared after a round trip
 * through the store gives the same cosines to the last bit.
 */
export function unitTerms(weights: ReadonlyMap<string, number>): Terms {
  let s = 0;
  weights.forEach((x) => {
    s += x * x;
  });
  const n = Math.sqrt(s);
  const map = new Map<string, number>();
  let scaled = 0;
  if (n > 0) {
    weights.forEach((x, w) => {
      const y = x / n;
      map.set(w, y);
      scaled += y * y;
    });
  }
  return new Terms(map, Math.sqrt(scaled));
}

/** The stored form of a vector (in its order), known to `termsOf` as that vector. */
export function storedTerms(t: Terms): TermVector {
  const out: TermVector = {};
  t.map.forEach((x, w) => {
    out[w] = x;
  });
  compiledCache.set(out, t);
  return out;
}

/** Cosine of two vectors (0 when either is empty). */
export function cosine(a: TermVector | Terms, b: TermVector | Terms): number {
  const ca = termsOf(a);
  const cb = termsOf(b);
  if (ca.norm === 0 || cb.norm === 0) return 0;
  const [small, large] = ca.size <= cb.size ? [ca, cb] : [cb, ca];
  const { index, ids, values } = large;
  let dot = 0;
  for (let i = 0; i < small.ids.length; i++) {
    const at = indexOf(index, ids, small.ids[i]!);
    if (at >= 0) dot += small.values[i]! * values[at]!;
  }
  return dot / (ca.norm * cb.norm);
}

/**
 * The `max` largest entries, so a centroid stays small however many records join: in the vector's
 * order, then those equal to the smallest kept, by word. A Map, which `unitTerms` scales.
 */
export function topTerms(v: TermVector | ReadonlyMap<string, number>, max: number): Map<string, number> {
  // Words and values side by side, in the vector's order (no [word, value] pair per entry).
  const words: string[] = [];
  const weights: number[] = [];
  const take = (x: number, w: string) => {
    words.push(w);
    weights.push(x);
  };
  forEachEntry(v, take);
  const out = new Map<string, number>();
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
    for (let i = 0; i < words.length; i++) if (weights[i]! > cut) out.set(words[i]!, weights[i]!);
    for (let i = 0; i < max - above; i++) out.set(at[i]!, cut);
    return out;
  }
  for (let i = 0; i < words.length; i++) out.set(words[i]!, weights[i]!);
  return out;
}
