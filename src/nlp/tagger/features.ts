import { MAX_AFFIX, FLAG_INIT_CAP, type Atoms } from './atoms.js';
import { featureKey } from './hash.js';
import { DOC_SLOTS, MODE_NORMAL, type TagInput } from './input.js';

/**
 * Feature templates. Each extractor writes the integer keys of token i's features into `out` and returns
 * how many it wrote; `p1`/`p2` are the labels already given to tokens i-1 and i-2 (-1 before the start).
 * Template ids only need to be distinct within one extractor.
 */
export type Extractor = (s: TagInput, i: number, p1: number, p2: number, out: Int32Array) => number;

/**
 * The features of token i that depend on its word alone (not its position, neighbours or labels),
 * written from out[c]; returns the new count.
 */
export type WordExtractor = (s: TagInput, i: number, out: Int32Array, c: number) => number;

/** The features that depend on the two previous labels alone, written from out[c]; returns the new count. */
export type HistoryExtractor = (p1: number, p2: number, out: Int32Array, c: number) => number;

/** The rest of token i's features, written from out[c]; returns the new count. */
export type ContextExtractor = (s: TagInput, i: number, p1: number, p2: number, out: Int32Array, c: number) => number;

/**
 * A template set split in three: the word part's weights can be summed once per distinct word and
 * reused (see WordScoreCache), the history part's once per pair of previous labels (a dense table);
 * the context part is scored at every token. `full` is all three in one call: the set the model is
 * trained on.
 */
export interface FeatureSet {
  readonly word: WordExtractor;
  readonly history: HistoryExtractor;
  readonly context: ContextExtractor;
  readonly full: Extractor;
}

function featureSet(word: WordExtractor, history: HistoryExtractor, context: ContextExtractor): FeatureSet {
  return { word, history, context, full: (s, i, p1, p2, out) => context(s, i, p1, p2, out, history(p1, p2, out, word(s, i, out, 0))) };
}

export const MAX_FEATURES = 160;

const BOS = 0x5f3759df;
const EOS = 0x2545f491;

function at(arr: Int32Array, n: number, i: number): number {
  return i < 0 ? BOS : i >= n ? EOS : arr[i]!;
}

/** Token i's suffixes (templates 10..13) and its first `prefixes` prefixes (20..), written from out[c]. */
function affixFeatures(a: Atoms, i: number, prefixes: number, out: Int32Array, c: number): number {
  for (let k = 0; k < MAX_AFFIX; k++) {
    const suf = a.suffix[i * MAX_AFFIX + k]!;
    if (suf !== 0) out[c++] = featureKey(10 + k, suf);
    const pre = a.prefix[i * MAX_AFFIX + k]!;
    if (pre !== 0 && k < prefixes) out[c++] = featureKey(20 + k, pre);
  }
  return c;
}

/** Part-of-speech features, after Ratnaparkhi and Honnibal's greedy tagger, plus casing-mode conjunctions. */
export const POS_FEATURES = featureSet(
  (s, i, out, c) => {
    const a = s.atoms;
    out[c++] = featureKey(1, 0);
    out[c++] = featureKey(2, a.lower[i]!);
    out[c++] = featureKey(3, a.word[i]!);
    c = affixFeatures(a, i, 3, out, c);
    out[c++] = featureKey(4, a.shape[i]!);
    const cl = a.cluster[i]!;
    if (cl !== 0) out[c++] = featureKey(60, cl);
    return c;
  },
  (p1, p2, out, c) => {
    out[c++] = featureKey(40, p1);
    out[c++] = featureKey(41, p2);
    out[c++] = featureKey(42, p1, p2);
    return c;
  },
  (s, i, p1, p2, out, c) => {
    const a = s.atoms;
    const n = a.length;
    const lw = a.lower[i]!;
    out[c++] = featureKey(5, a.flags[i]!, i === 0 ? 1 : 0);
    out[c++] = featureKey(30, at(a.lower, n, i - 1));
    out[c++] = featureKey(31, at(a.lower, n, i + 1));
    out[c++] = featureKey(32, at(a.lower, n, i - 2));
    out[c++] = featureKey(33, at(a.lower, n, i + 2));
    out[c++] = featureKey(34, i > 0 ? a.suffix[(i - 1) * MAX_AFFIX + 2]! : BOS);
    out[c++] = featureKey(35, i + 1 < n ? a.suffix[(i + 1) * MAX_AFFIX + 2]! : EOS);
    out[c++] = featureKey(36, at(a.shortShape, n, i + 1));
    out[c++] = featureKey(43, p1, lw);
    out[c++] = featureKey(44, lw, at(a.lower, n, i + 1));
    out[c++] = featureKey(45, at(a.lower, n, i - 1), lw);
    out[c++] = featureKey(61, a.cluster[i]! >> 4, i + 1 < n ? a.cluster[i + 1]! >> 4 : -1);
    if (s.mode !== MODE_NORMAL) {
      out[c++] = featureKey(50, s.mode, lw);
      out[c++] = featureKey(51, s.mode, a.suffix[i * MAX_AFFIX + 2]!);
      out[c++] = featureKey(52, s.mode, p1);
    }
    return c;
  },
);
export const posFeatures: Extractor = POS_FEATURES.full;

/** Chunking features: words and POS tags in a window, tag bigrams, previous chunk tags. */
export const CHUNK_FEATURES = featureSet(
  (s, i, out, c) => {
    const a = s.atoms;
    out[c++] = featureKey(1, 0);
    out[c++] = featureKey(2, a.lower[i]!);
    out[c++] = featureKey(24, a.suffix[i * MAX_AFFIX + 2]!);
    return c;
  },
  (p1, p2, out, c) => {
    out[c++] = featureKey(20, p1);
    out[c++] = featureKey(21, p1, p2);
    return c;
  },
  (s, i, p1, p2, out, c) => {
    const a = s.atoms;
    const n = a.length;
    const pos = s.pos!;
    const t0 = pos[i]!;
    const tm1 = at(pos, n, i - 1);
    const tp1 = at(pos, n, i + 1);
    out[c++] = featureKey(3, at(a.lower, n, i - 1));
    out[c++] = featureKey(4, at(a.lower, n, i + 1));
    out[c++] = featureKey(5, at(a.lower, n, i - 2));
    out[c++] = featureKey(6, at(a.lower, n, i + 2));
    out[c++] = featureKey(10, t0);
    out[c++] = featureKey(11, tm1);
    out[c++] = featureKey(12, tp1);
    out[c++] = featureKey(13, at(pos, n, i - 2));
    out[c++] = featureKey(14, at(pos, n, i + 2));
    out[c++] = featureKey(15, tm1, t0);
    out[c++] = featureKey(16, t0, tp1);
    out[c++] = featureKey(17, at(pos, n, i - 2), tm1);
    out[c++] = featureKey(18, tp1, at(pos, n, i + 2));
    out[c++] = featureKey(19, t0, a.lower[i]!);
    out[c++] = featureKey(22, p1, t0);
    out[c++] = featureKey(23, p1, a.lower[i]!);
    out[c++] = featureKey(25, p1, featureKey(99, tm1, t0));
    return c;
  },
);
export const chunkFeatures: Extractor = CHUNK_FEATURES.full;

/** NER features: word, affixes and shape in a window, POS and chunk tags, gazetteers, document evidence. */
export const NER_FEATURES = featureSet(
  (s, i, out, c) => {
    const a = s.atoms;
    const sh = a.shortShape[i]!;
    out[c++] = featureKey(1, 0);
    out[c++] = featureKey(2, a.lower[i]!);
    out[c++] = featureKey(3, a.word[i]!);
    out[c++] = featureKey(4, a.shape[i]!);
    c = affixFeatures(a, i, MAX_AFFIX, out, c);
    const cl = a.cluster[i]!;
    if (cl !== 0) {
      out[c++] = featureKey(93, cl);
      out[c++] = featureKey(94, cl >> 4);
      out[c++] = featureKey(95, cl, sh);
    }
    return c;
  },
  (p1, p2, out, c) => {
    out[c++] = featureKey(60, p1);
    out[c++] = featureKey(61, p1, p2);
    return c;
  },
  (s, i, p1, p2, out, c) => {
    const a = s.atoms;
    const n = a.length;
    const lw = a.lower[i]!;
    const sh = a.shortShape[i]!;
    const mode = s.mode;
    out[c++] = featureKey(5, sh, mode);
    out[c++] = featureKey(6, a.flags[i]!, i === 0 ? 1 : 0);
    for (let d = -2; d <= 2; d++) {
      if (d === 0) continue;
      out[c++] = featureKey(30 + d, at(a.lower, n, i + d));
      out[c++] = featureKey(40 + d, at(a.shortShape, n, i + d), mode);
    }
    out[c++] = featureKey(47, at(a.word, n, i - 1));
    out[c++] = featureKey(48, at(a.word, n, i + 1));
    out[c++] = featureKey(50, at(a.lower, n, i - 1), lw);
    out[c++] = featureKey(51, lw, at(a.lower, n, i + 1));
    out[c++] = featureKey(52, at(a.shortShape, n, i - 1), sh);
    out[c++] = featureKey(53, sh, at(a.shortShape, n, i + 1));
    out[c++] = featureKey(62, p1, sh);
    out[c++] = featureKey(63, p1, lw);
    if (s.pos) {
      const t0 = s.pos[i]!;
      out[c++] = featureKey(70, t0);
      out[c++] = featureKey(71, at(s.pos, n, i - 1), t0);
      out[c++] = featureKey(72, t0, at(s.pos, n, i + 1));
      out[c++] = featureKey(73, t0, sh);
    }
    if (s.chunk) {
      out[c++] = featureKey(75, s.chunk[i]!);
      out[c++] = featureKey(76, s.chunk[i]!, p1);
    }
    if (s.gaz) {
      const g = s.gaz[i]!;
      out[c++] = featureKey(80, g);
      out[c++] = featureKey(81, g, sh);
      out[c++] = featureKey(82, at(s.gaz, n, i - 1));
      out[c++] = featureKey(83, at(s.gaz, n, i + 1));
    }
    if (mode !== MODE_NORMAL) {
      out[c++] = featureKey(90, mode, lw);
      out[c++] = featureKey(91, mode, p1);
    }
    if (i === 0 && a.flags[i]! & FLAG_INIT_CAP) out[c++] = featureKey(92, lw);
    out[c++] = featureKey(96, i > 0 ? a.cluster[i - 1]! : -1);
    out[c++] = featureKey(97, i + 1 < n ? a.cluster[i + 1]! : -1);
    out[c++] = featureKey(98, i > 1 ? a.cluster[i - 2]! >> 4 : -1);
    out[c++] = featureKey(99, i + 2 < n ? a.cluster[i + 2]! >> 4 : -1);
    if (s.doc) {
      for (let k = 0; k < DOC_SLOTS; k++) {
        const d = s.doc[i * DOC_SLOTS + k]!;
        if (d === 0) break;
        out[c++] = featureKey(100, d);
        out[c++] = featureKey(101, d, sh);
        out[c++] = featureKey(102, d, p1);
      }
    }
    if (s.pass1) {
      const q = s.pass1;
      out[c++] = featureKey(110, q[i]!);
      out[c++] = featureKey(111, i > 0 ? q[i - 1]! : -1, q[i]!);
      out[c++] = featureKey(112, q[i]!, i + 1 < n ? q[i + 1]! : -1);
      out[c++] = featureKey(113, q[i]!, p1);
    }
    return c;
  },
);
export const nerFeatures: Extractor = NER_FEATURES.full;
