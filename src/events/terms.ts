import { buildIntIndex, indexOf } from '../core/int-index.js';

/**
 * Content words for text similarity: lowercase letter runs of 3+ characters (apostrophes and hyphens
 * inside a word kept), possessive 's dropped. Numbers are left out: casualty counts differ between
 * sources of one event and must not pull reports apart.
 */
const APOSTROPHE = /['’]/;
const LETTER = /^\p{L}$/u;

/** Whether the code point at i of s is a letter: ASCII by range, the rest by its Unicode category. */
function letterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(String.fromCodePoint(s.codePointAt(i)!));
}

/** Inside a word: a letter, an apostrophe or a hyphen. */
function innerAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c === 39 || c === 0x2019 || c === 45 || letterAt(s, i);
}

/**
 * The text's content words, the first `limit` of them (a body's first few hundred are read): each
 * run that starts and ends with a letter, with letters, apostrophes and hyphens between (what
 * /\p{L}[\p{L}'’-]*\p{L}/gu matches, scanned by hand: a match object per word was a tenth of the
 * main thread's allocation in an ingest).
 */
export function contentWords(text: string, limit = Infinity): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  const n = lower.length;
  let i = 0;
  while (i < n && out.length < limit) {
    if (!letterAt(lower, i)) {
      i++;
      continue;
    }
    // The run from i, and its last letter.
    let last = i;
    let j = i + codeUnits(lower, i);
    while (j < n && innerAt(lower, j)) {
      if (letterAt(lower, j)) last = j;
      j += codeUnits(lower, j);
    }
    const end = last + codeUnits(lower, last);
    if (last > i) {
      let w = lower.slice(i, end);
      // Most words have no apostrophe: the two replacements only for those that do.
      if (APOSTROPHE.test(w)) w = w.replace(/['’]s$/, '').replace(/['’]/g, '');
      if (w.length >= 3) out.push(w);
    }
    i = end;
  }
  return out;
}

/** 2 at a surrogate pair's first half, else 1. */
function codeUnits(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
}

/** A sparse vector over words as an event's centroid stores it (JSON): word -> weight, in the order built. */
export type TermVector = Record<string, number>;

/** Weights by word number (see wordNumber), in the order the words came. */
export type WordWeights = Map<number, number>;

let wordNumbers = new Map<string, number>();
let wordsByNumber: string[] = [''];
/** Bumped each time the numbering starts afresh (see forgetWordsIfFull). */
let generation = 0;

/**
 * Words numbered before the numbering starts afresh: a process that clusters for weeks (a queue
 * worker) would otherwise keep every word it ever read (~100 bytes each).
 */
export const MAX_NUMBERED_WORDS = 1_000_000;
let wordCap = MAX_NUMBERED_WORDS;

/** Sets the cap forgetWordsIfFull applies by default (tests use a small one); returns the one before. */
export function useWordCap(max: number): number {
  const before = wordCap;
  wordCap = max;
  return before;
}

/**
 * Starts the word numbering afresh when it holds more than `max` words. Called between batches
 * (ClusteringSession): vectors made before are stale after it (`termsOf` compiles a stored vector
 * again; a record's vector or a pool made before must not be used, and `cosine` refuses them).
 * Returns whether it did.
 */
export function forgetWordsIfFull(max = wordCap): boolean {
  if (wordNumbers.size <= max) return false;
  wordNumbers = new Map();
  wordsByNumber = [''];
  generation++;
  return true;
}

/** The numbering's generation: numbers from two generations name different words. */
export function wordGeneration(): number {
  return generation;
}

/**
 * The word's number, one per word for the whole process (from 1): the clusterer sums, scales and
 * compares word weights by number, looking a word up once, when it is read (a string key is hashed
 * and compared on each look-up; ~5 look-ups a word in a record's vector before).
 */
export function wordNumber(w: string): number {
  let n = wordNumbers.get(w);
  if (n === undefined) {
    n = wordsByNumber.length;
    wordNumbers.set(w, n);
    wordsByNumber.push(w);
  }
  return n;
}

/** The word a number stands for. */
export function wordOf(n: number): string {
  return wordsByNumber[n]!;
}

/**
 * A vector as the clusterer compares it: word numbers and their weights, in order, with the norm
 * and a table from number to position, so that a dot product looks up small integers and adds the
 * same products in the same order. A record's vector is made in this form only (it is never
 * stored); a centroid also as a TermVector, compiled once per object (plain objects with hundreds
 * of word keys are slow to walk, and a batch compares each record with every candidate event).
 * Vectors are never changed once made, so caching by identity is safe.
 */
export class Terms {
  private positions?: Int32Array;
  /** The word numbering its ids belong to. */
  readonly generation = generation;

  constructor(
    readonly ids: Int32Array,
    readonly values: Float64Array,
    readonly norm: number,
  ) {}

  /** Word number -> position (see core/int-index.ts), made when first compared with a smaller vector. */
  get index(): Int32Array {
    return (this.positions ??= buildIntIndex(this.ids));
  }

  get size(): number {
    return this.ids.length;
  }
}

const compiledCache = new WeakMap<TermVector, Terms>();

/** The vector as the clusterer compares it (compiled once per stored vector). */
export function termsOf(v: TermVector | Terms): Terms {
  if (v instanceof Terms) return v;
  let c = compiledCache.get(v);
  if (!c || c.generation !== generation) {
    const ids: number[] = [];
    const values: number[] = [];
    let s = 0;
    for (const k in v) {
      const x = v[k]!;
      ids.push(wordNumber(k));
      values.push(x);
      s += x * x;
    }
    c = new Terms(Int32Array.from(ids), Float64Array.from(values), Math.sqrt(s));
    compiledCache.set(v, c);
  }
  return c;
}

/**
 * Word weights scaled to length 1. The norm kept with it is summed from the scaled weights, in
 * their order, as `termsOf` sums it over the stored form: a centroid compared after a round trip
 * through the store gives the same cosines to the last bit.
 */
export function unitTerms(weights: ReadonlyMap<number, number>): Terms {
  let s = 0;
  weights.forEach((x) => {
    s += x * x;
  });
  const n = Math.sqrt(s);
  if (n === 0) return new Terms(new Int32Array(0), new Float64Array(0), 0);
  const ids = new Int32Array(weights.size);
  const values = new Float64Array(weights.size);
  let scaled = 0;
  let i = 0;
  weights.forEach((x, id) => {
    const y = x / n;
    ids[i] = id;
    values[i++] = y;
    scaled += y * y;
  });
  return new Terms(ids, values, Math.sqrt(scaled));
}

/** The stored form of a vector (in its order), known to `termsOf` as that vector. */
export function storedTerms(t: Terms): TermVector {
  const out: TermVector = {};
  for (let i = 0; i < t.ids.length; i++) out[wordOf(t.ids[i]!)] = t.values[i]!;
  compiledCache.set(out, t);
  return out;
}

/** Cosine of two vectors (0 when either is empty). */
export function cosine(a: TermVector | Terms, b: TermVector | Terms): number {
  const ca = termsOf(a);
  const cb = termsOf(b);
  if (ca.generation !== cb.generation) throw new Error('cosine: vectors of two word numberings (one made before forgetWordsIfFull)');
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
 * The `max` largest entries, so a centroid stays small however many records join: in the given
 * order, then those equal to the smallest kept, by word. Weights by word number, which `unitTerms` scales.
 */
export function topTerms(weights: ReadonlyMap<number, number>, max: number): WordWeights {
  const out: WordWeights = new Map();
  if (weights.size <= max) {
    weights.forEach((x, id) => out.set(id, x));
    return out;
  }
  // Numbers and values side by side, in order (no [id, value] pair per entry).
  const ids = new Int32Array(weights.size);
  const values = new Float64Array(weights.size);
  let n = 0;
  weights.forEach((x, id) => {
    ids[n] = id;
    values[n++] = x;
  });
  // The value of the max-th largest entry, found by a numeric sort (fast), then the entries above
  // it and, among those equal to it, the first by word: the same result as a full sort.
  const cut = values.slice().sort()[n - max]!;
  const at: string[] = [];
  let above = 0;
  for (let i = 0; i < n; i++) {
    if (values[i]! > cut) above++;
    else if (values[i] === cut) at.push(wordOf(ids[i]!));
  }
  at.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  for (let i = 0; i < n; i++) if (values[i]! > cut) out.set(ids[i]!, values[i]!);
  for (let i = 0; i < max - above; i++) out.set(wordNumber(at[i]!), cut);
  return out;
}
