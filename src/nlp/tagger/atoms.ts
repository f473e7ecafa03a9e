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
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const lw = w.toLowerCase();
    word[i] = hashString(w);
    if (clusters) cluster[i] = (clusters.get(lw) ?? -1) + 1;
    len[i] = w.length;
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
      let c = lw.charCodeAt(k);
      if (c >= 48 && c <= 57) c = 48;
      hl = fnvStep(hl, c);
      if (k < MAX_AFFIX) prefix[i * MAX_AFFIX + k] = hl;
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
      let c = lw.charCodeAt(lw.length - 1 - k);
      if (c >= 48 && c <= 57) c = 48;
      hsuf = fnvStep(hsuf, c);
      suffix[i * MAX_AFFIX + k] = hsuf;
    }
    const first = charClass(w.charCodeAt(0));
    if (first === 88) f |= FLAG_INIT_CAP;
    if (upper > 0 && lowerCount === 0) f |= FLAG_ALL_CAPS;
    if (lowerCount > 0) f |= FLAG_HAS_LOWER;
    if (digits > 0) f |= FLAG_HAS_DIGIT;
    if (digits === w.length) f |= FLAG_ALL_DIGITS;
    if (upper + lowerCount + digits === 0) f |= FLAG_PUNCT;
    flags[i] = f;
    lower[i] = hl | 0;
    shape[i] = hs | 0;
    shortShape[i] = hss | 0;
  }
  return { length: n, word, lower, shape, shortShape, prefix, suffix, flags, length_: len, cluster };
}
