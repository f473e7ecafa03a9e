import { FNV_OFFSET, fnvStep, hashString } from './hash.js';

/**
 * What the taggers know of each token before any tagging: hashes of the word, its lowercase form,
 * prefixes and suffixes, its shape, and a few flags. Computed once per sentence in one pass over the
 * characters (no substring or concatenation) and shared by every feature template.
 */
export const MAX_AFFIX = 4;

export const FLAG_INIT_CAP = 1;
export const FLAG_ALL_CAPS = 2;
export const FLAG_HAS_DIGIT = 4;
export const FLAG_ALL_DIGITS = 8;
export const FLAG_HAS_HYPHEN = 16;
export const FLAG_PUNCT = 32;
export const FLAG_HAS_LOWER = 64;
export const FLAG_HAS_PERIOD = 128;

export interface Atoms {
  readonly length: number;
  /** The word as written. */
  readonly word: Int32Array;
  /** Lowercase, digits folded to 0. */
  readonly lower: Int32Array;
  /** Shape, e.g. Xxxxx, XX, dd-dd; runs longer than 2 collapse. */
  readonly shape: Int32Array;
  /** Shape with every run collapsed to one: Xx, X, d-d. */
  readonly shortShape: Int32Array;
  /** prefix[i * MAX_AFFIX + k]: hash of the first k+1 lowercase characters (0 when the word is shorter). */
  readonly prefix: Int32Array;
  /** suffix[i * MAX_AFFIX + k]: hash of the last k+1 lowercase characters, read backwards. */
  readonly suffix: Int32Array;
  readonly flags: Int32Array;
  readonly length_: Int32Array;
  /** Word cluster of the lowercase word, plus one (0 when the word is not in the cluster list). */
  readonly cluster: Int32Array;
}

function charClass(c: number): number {
  // 'X' upper, 'x' lower, 'd' digit, else the character itself.
  if (c >= 48 && c <= 57) return 100; // d
  if (c >= 65 && c <= 90) return 88; // X
  if (c >= 97 && c <= 122) return 120; // x
  if (c < 128) return c;
  const s = String.fromCharCode(c);
  if (s !== s.toLowerCase()) return 88;
  if (s !== s.toUpperCase()) return 120;
  if (/\p{N}/u.test(s)) return 100;
  if (/\p{L}/u.test(s)) return 120;
  return c;
}

/** Ints a word's atoms take in a cache row: word, lower, shape, shortShape, flags, length, cluster, prefixes, suffixes. */
const ROW = 7 + 2 * MAX_AFFIX;
const MAX_CACHED_WORDS = 1 << 15;

/**
 * Each word's atoms depend on its spelling alone, and news text repeats its words: they are computed
 * once per distinct word (per cluster table) and copied from this cache afterwards. Emptied when full.
 *
 * Found by the word's FNV hash (computed for its atoms anyway) in an open-addressing table of row
 * numbers, the word itself compared to confirm: cheaper than a Map keyed by the freshly sliced token
 * strings, which must hash and compare the string in a table too large for the CPU's cache.
 */
class AtomCache {
  /** slots[h]: row number plus one, 0 when empty; at most half full. */
  private slots = new Int32Array(2 * MAX_CACHED_WORDS);
  private words: string[] = [];
  private rows = new Int32Array(1024 * ROW);

  /** The offset of the word's row in `rows`, computing it on first sight. */
  rowOf(w: string, clusters: ReadonlyMap<string, number> | undefined): number {
    const hash = hashString(w);
    const { slots, words, rows } = this;
    const mask = slots.length - 1;
    let h = Math.imul(hash, 0x9e3779b1) >>> 16 & mask;
    for (let r = slots[h]!; r !== 0; r = slots[h]!) {
      const at = (r - 1) * ROW;
      if (rows[at] === hash && words[r - 1] === w) return at;
      h = (h + 1) & mask;
    }
    if (words.length >= MAX_CACHED_WORDS) {
      slots.fill(0);
      words.length = 0;
      return this.rowOf(w, clusters);
    }
    const at = words.length * ROW;
    if (at + ROW > rows.length) {
      const grown = new Int32Array(rows.length * 2);
      grown.set(rows);
      this.rows = grown;
    }
    wordAtoms(w, clusters, this.rows, at);
    words.push(w);
    slots[h] = words.length;
    return at;
  }

  get data(): Int32Array {
    return this.rows;
  }
}

const caches = new WeakMap<ReadonlyMap<string, number>, AtomCache>();
const noClusterCache = new AtomCache();

export function computeAtoms(words: readonly string[], clusters?: ReadonlyMap<string, number>): Atoms {
  const n = words.length;
  const word = new Int32Array(n);
  const lower = new Int32Array(n);
  const shape = new Int32Array(n);
  const shortShape = new Int32Array(n);
  const prefix = new Int32Array(n * MAX_AFFIX);
  const suffix = new Int32Array(n * MAX_AFFIX);
  const flags = new Int32Array(n);
  const len = new Int32Array(n);
  const cluster = new Int32Array(n);
  let cache = clusters ? caches.get(clusters) : noClusterCache;
  if (!cache) caches.set(clusters!, (cache = new AtomCache()));
  for (let i = 0; i < n; i++) {
    const at = cache.rowOf(words[i]!, clusters);
    const r = cache.data;
    word[i] = r[at]!;
    lower[i] = r[at + 1]!;
    shape[i] = r[at + 2]!;
    shortShape[i] = r[at + 3]!;
    flags[i] = r[at + 4]!;
    len[i] = r[at + 5]!;
    cluster[i] = r[at + 6]!;
    for (let k = 0; k < MAX_AFFIX; k++) {
      prefix[i * MAX_AFFIX + k] = r[at + 7 + k]!;
      suffix[i * MAX_AFFIX + k] = r[at + 7 + MAX_AFFIX + k]!;
    }
  }
  return { length: n, word, lower, shape, shortShape, prefix, suffix, flags, length_: len, cluster };
}

/** Digits fold to 0 in the lowercase atoms: "1996" and "2016" are one word to the taggers. */
function foldDigit(c: number): number {
  return c >= 48 && c <= 57 ? 48 : c;
}

/** A word's `lower` atom (as wordAtoms computes it, prefix by prefix): FNV-1a over its lowercase form, digits folded. */
export function lowerHash(word: string): number {
  const lw = word.toLowerCase();
  let h = FNV_OFFSET;
  for (let k = 0; k < lw.length; k++) h = fnvStep(h, foldDigit(lw.charCodeAt(k)));
  return h | 0;
}

/** One word's atoms, written to `row` from `at` in the AtomCache layout. */
function wordAtoms(w: string, clusters: ReadonlyMap<string, number> | undefined, row: Int32Array, at: number): void {
  const lw = w.toLowerCase();
  row[at] = hashString(w);
  row[at + 6] = clusters ? (clusters.get(lw) ?? -1) + 1 : 0;
  row[at + 5] = w.length;
  const pre = at + 7;
  const suf = at + 7 + MAX_AFFIX;
  for (let k = 0; k < MAX_AFFIX; k++) {
    row[pre + k] = 0;
    row[suf + k] = 0;
  }
  let hl = FNV_OFFSET;
  let hs = FNV_OFFSET;
  let hss = FNV_OFFSET;
  let prevClass = -1;
  let run = 0;
  let upper = 0;
  let lowerCount = 0;
  let digits = 0;
  let f = 0;
  for (let k = 0; k < lw.length; k++) {
    hl = fnvStep(hl, foldDigit(lw.charCodeAt(k)));
    if (k < MAX_AFFIX) row[pre + k] = hl;
  }
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    const cls = charClass(c);
    if (cls === 88) upper++;
    else if (cls === 120) lowerCount++;
    else if (cls === 100) digits++;
    else if (c === 45) f |= FLAG_HAS_HYPHEN;
    else if (c === 46) f |= FLAG_HAS_PERIOD;
    if (cls === prevClass) run++;
    else {
      run = 1;
      hss = fnvStep(hss, cls);
    }
    if (run <= 2) hs = fnvStep(hs, cls);
    prevClass = cls;
  }
  let hsuf = FNV_OFFSET;
  for (let k = 0; k < MAX_AFFIX && k < lw.length; k++) {
    hsuf = fnvStep(hsuf, foldDigit(lw.charCodeAt(lw.length - 1 - k)));
    row[suf + k] = hsuf;
  }
  const first = charClass(w.charCodeAt(0));
  if (first === 88) f |= FLAG_INIT_CAP;
  if (upper > 0 && lowerCount === 0) f |= FLAG_ALL_CAPS;
  if (lowerCount > 0) f |= FLAG_HAS_LOWER;
  if (digits > 0) f |= FLAG_HAS_DIGIT;
  if (digits === w.length) f |= FLAG_ALL_DIGITS;
  if (upper + lowerCount + digits === 0) f |= FLAG_PUNCT;
  row[at + 4] = f;
  row[at + 1] = hl | 0;
  row[at + 2] = hs | 0;
  row[at + 3] = hss | 0;
}
