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

/** How many values a CachedPart's key holds. */
export const PART_KEY = 5;

/**
 * Features of token i that are a function of a few values alone (one neighbour's word, the POS tags
 * around it, the token's casing and the sentence's mode...). `key` writes those values to key[0..PART_KEY)
 * (unused ones 0) and returns false when the part has no features for this token (e.g. no POS layer);
 * `features` computes the features from the key alone. So the part's summed weights can be kept per
 * key (see PartScoreCache) and be exactly what the features would give, by construction.
 */
export interface CachedPart {
  /** What the part holds (the NER window model adds its scores to the parts it knows by name). */
  readonly name?: string;
  readonly key: (s: TagInput, i: number, p1: number, key: Int32Array) => boolean;
  readonly features: (key: Int32Array, out: Int32Array, c: number) => number;
}

/**
 * A template set split in four: the word part's weights can be summed once per distinct word and
 * reused (see WordScoreCache), the history part's once per pair of previous labels (a dense table),
 * each cached part's once per key (see PartScoreCache); the context part is scored at every token.
 * `full` is all four in one call: the set the model is trained on (the order of the keys is free: the
 * perceptron's sums are integers during training and the feature index is sorted).
 */
export interface FeatureSet {
  readonly word: WordExtractor;
  readonly history: HistoryExtractor;
  readonly parts: readonly CachedPart[];
  readonly context: ContextExtractor;
  readonly full: Extractor;
}

function featureSet(word: WordExtractor, history: HistoryExtractor, parts: readonly CachedPart[], context: ContextExtractor): FeatureSet {
  const key = new Int32Array(PART_KEY);
  const full: Extractor = (s, i, p1, p2, out) => {
    let c = history(p1, p2, out, word(s, i, out, 0));
    for (const part of parts) {
      key.fill(0);
      if (part.key(s, i, p1, key)) c = part.features(key, out, c);
    }
    return context(s, i, p1, p2, out, c);
  };
  return { word, history, parts, context, full };
}

export const MAX_FEATURES = 160;

/** What the neighbour features read for a word before the sentence's start or after its end. */
export const BOS = 0x5f3759df;
export const EOS = 0x2545f491;

function at(arr: Int32Array, n: number, i: number): number {
  return i < 0 ? BOS : i >= n ? EOS : arr[i]!;
}

/** Token j's name-list mask, 0 beyond the sentence and for words with a cluster (see the word features). */
function nameAt(names: Int32Array, a: Atoms, j: number): number {
  return j < 0 || j >= a.length || a.cluster[j] !== 0 ? 0 : names[j]!;
}

/** Token j's cluster shifted right by `shift` (its coarse cluster for 4), -1 beyond the sentence. */
function clusterAt(a: Atoms, j: number, shift: number): number {
  return j < 0 || j >= a.length ? -1 : a.cluster[j]! >> shift;
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
  // No cached parts: with 45 classes a part's sums cost as much to add as the one to three
  // features each neighbour has (measured), so all of them are scored at every token.
  [],
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
  [
    // The token's POS tag and the two before it.
    {
      key: (s, i, _p1, k) => {
        const pos = s.pos!;
        const n = s.atoms.length;
        k[0] = pos[i]!;
        k[1] = at(pos, n, i - 1);
        k[2] = at(pos, n, i - 2);
        return true;
      },
      features: (k, out, c) => {
        out[c++] = featureKey(10, k[0]!);
        out[c++] = featureKey(11, k[1]!);
        out[c++] = featureKey(13, k[2]!);
        out[c++] = featureKey(15, k[1]!, k[0]!);
        out[c++] = featureKey(17, k[2]!, k[1]!);
        return c;
      },
    },
    // The two POS tags after it, with its own.
    {
      key: (s, i, _p1, k) => {
        const pos = s.pos!;
        const n = s.atoms.length;
        k[0] = pos[i]!;
        k[1] = at(pos, n, i + 1);
        k[2] = at(pos, n, i + 2);
        return true;
      },
      features: (k, out, c) => {
        out[c++] = featureKey(12, k[1]!);
        out[c++] = featureKey(14, k[2]!);
        out[c++] = featureKey(16, k[0]!, k[1]!);
        out[c++] = featureKey(18, k[1]!, k[2]!);
        return c;
      },
    },
    // The previous chunk label with the POS tags.
    {
      key: (s, i, p1, k) => {
        const pos = s.pos!;
        k[0] = p1;
        k[1] = pos[i]!;
        k[2] = at(pos, s.atoms.length, i - 1);
        return true;
      },
      features: (k, out, c) => {
        out[c++] = featureKey(22, k[0]!, k[1]!);
        out[c++] = featureKey(25, k[0]!, featureKey(99, k[2]!, k[1]!));
        return c;
      },
    },
  ],
  (s, i, p1, _p2, out, c) => {
    const a = s.atoms;
    const n = a.length;
    const lw = a.lower[i]!;
    // One feature each: not worth a cached part.
    out[c++] = featureKey(3, at(a.lower, n, i - 1));
    out[c++] = featureKey(4, at(a.lower, n, i + 1));
    out[c++] = featureKey(5, at(a.lower, n, i - 2));
    out[c++] = featureKey(6, at(a.lower, n, i + 2));
    out[c++] = featureKey(19, s.pos![i]!, lw);
    out[c++] = featureKey(23, p1, lw);
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
    // Name lists only for words without a cluster: the clusters already group the common names.
    const nm = s.names && cl === 0 ? s.names[i]! : 0;
    if (nm !== 0) {
      out[c++] = featureKey(150, nm);
      out[c++] = featureKey(151, nm, sh);
    }
    return c;
  },
  (p1, p2, out, c) => {
    out[c++] = featureKey(60, p1);
    out[c++] = featureKey(61, p1, p2);
    return c;
  },
  [
    // The token's short shape and casing flags with the sentence's mode and start.
    {
      name: 'shape',
      key: (s, i, _p1, k) => {
        const a = s.atoms;
        const f = a.flags[i]!;
        k[0] = a.shortShape[i]!;
        k[1] = s.mode;
        k[2] = f;
        k[3] = i === 0 ? 1 : 0;
        if (s.mode !== MODE_NORMAL || (i === 0 && f & FLAG_INIT_CAP)) k[4] = a.lower[i]!;
        return true;
      },
      features: (k, out, c) => {
        out[c++] = featureKey(5, k[0]!, k[1]!);
        out[c++] = featureKey(6, k[2]!, k[3]!);
        if (k[1] !== MODE_NORMAL) out[c++] = featureKey(90, k[1]!, k[4]!);
        if (k[3] === 1 && k[2]! & FLAG_INIT_CAP) out[c++] = featureKey(92, k[4]!);
        return c;
      },
    },
    // Each of the two words either side: its spelling, short shape (with the mode) and cluster.
    ...[-2, -1, 1, 2].map((d): CachedPart => ({
      name: `word${d > 0 ? '+' : ''}${d}`,
      key: (s, i, _p1, k) => {
        const a = s.atoms;
        const n = a.length;
        k[0] = at(a.lower, n, i + d);
        k[1] = at(a.shortShape, n, i + d);
        // The mode, and for the adjacent words their name-list mask above it.
        k[2] = s.mode | ((d === -1 || d === 1) && s.names ? nameAt(s.names, a, i + d) << 2 : 0);
        k[3] = clusterAt(a, i + d, d === -1 || d === 1 ? 0 : 4);
        if (d === -1 || d === 1) k[4] = at(a.word, n, i + d);
        return true;
      },
      features: (k, out, c) => {
        out[c++] = featureKey(30 + d, k[0]!);
        out[c++] = featureKey(40 + d, k[1]!, k[2]! & 3);
        if (d === -1 || d === 1) {
          out[c++] = featureKey(d === -1 ? 47 : 48, k[4]!);
          if (k[2]! >> 2 !== 0) out[c++] = featureKey(d === -1 ? 152 : 153, k[2]! >> 2);
        }
        out[c++] = featureKey(d === -1 ? 96 : d === 1 ? 97 : d === -2 ? 98 : 99, k[3]!);
        return c;
      },
    })),
    // The POS tags around the token, with its short shape.
    {
      key: (s, i, _p1, k) => {
        if (!s.pos) return false;
        const n = s.atoms.length;
        k[0] = s.pos[i]!;
        k[1] = at(s.pos, n, i - 1);
        k[2] = at(s.pos, n, i + 1);
        k[3] = s.atoms.shortShape[i]!;
        return true;
      },
      features: (k, out, c) => {
        out[c++] = featureKey(70, k[0]!);
        out[c++] = featureKey(71, k[1]!, k[0]!);
        out[c++] = featureKey(72, k[0]!, k[2]!);
        out[c++] = featureKey(73, k[0]!, k[3]!);
        return c;
      },
    },
    // Gazetteer hits on the token and either side, with its short shape.
    {
      name: 'gazetteer',
      key: (s, i, _p1, k) => {
        if (!s.gaz) return false;
        const n = s.atoms.length;
        k[0] = s.gaz[i]!;
        k[1] = s.atoms.shortShape[i]!;
        k[2] = at(s.gaz, n, i - 1);
        k[3] = at(s.gaz, n, i + 1);
        return true;
      },
      features: (k, out, c) => {
        out[c++] = featureKey(80, k[0]!);
        out[c++] = featureKey(81, k[0]!, k[1]!);
        out[c++] = featureKey(82, k[2]!);
        out[c++] = featureKey(83, k[3]!);
        return c;
      },
    },
    // Document evidence (up to DOC_SLOTS values, the first 0 ends them), with the short shape.
    {
      key: (s, i, _p1, k) => {
        if (!s.doc) return false;
        for (let j = 0; j < DOC_SLOTS; j++) k[j] = s.doc[i * DOC_SLOTS + j]!;
        k[DOC_SLOTS] = s.atoms.shortShape[i]!;
        return true;
      },
      features: (k, out, c) => {
        for (let j = 0; j < DOC_SLOTS; j++) {
          const d = k[j]!;
          if (d === 0) break;
          out[c++] = featureKey(100, d);
          out[c++] = featureKey(101, d, k[DOC_SLOTS]!);
        }
        return c;
      },
    },
    // The first pass's labels for the token and either side.
    {
      key: (s, i, _p1, k) => {
        const q = s.pass1;
        if (!q) return false;
        k[0] = q[i]!;
        k[1] = i > 0 ? q[i - 1]! : -1;
        k[2] = i + 1 < s.atoms.length ? q[i + 1]! : -1;
        return true;
      },
      features: (k, out, c) => {
        out[c++] = featureKey(110, k[0]!);
        out[c++] = featureKey(111, k[1]!, k[0]!);
        out[c++] = featureKey(112, k[0]!, k[2]!);
        return c;
      },
    },
  ],
  (s, i, p1, _p2, out, c) => {
    const a = s.atoms;
    const n = a.length;
    const lw = a.lower[i]!;
    const sh = a.shortShape[i]!;
    out[c++] = featureKey(50, at(a.lower, n, i - 1), lw);
    out[c++] = featureKey(51, lw, at(a.lower, n, i + 1));
    out[c++] = featureKey(52, at(a.shortShape, n, i - 1), sh);
    out[c++] = featureKey(53, sh, at(a.shortShape, n, i + 1));
    out[c++] = featureKey(62, p1, sh);
    out[c++] = featureKey(63, p1, lw);
    if (s.chunk) {
      out[c++] = featureKey(75, s.chunk[i]!);
      out[c++] = featureKey(76, s.chunk[i]!, p1);
    }
    if (s.mode !== MODE_NORMAL) out[c++] = featureKey(91, s.mode, p1);
    if (s.doc) {
      for (let k = 0; k < DOC_SLOTS; k++) {
        const d = s.doc[i * DOC_SLOTS + k]!;
        if (d === 0) break;
        out[c++] = featureKey(102, d, p1);
      }
    }
    if (s.names) {
      const prev = nameAt(s.names, a, i - 1);
      const own = nameAt(s.names, a, i);
      if (prev !== 0 || own !== 0) out[c++] = featureKey(154, prev, own);
    }
    if (s.pass1) out[c++] = featureKey(113, s.pass1[i]!, p1);
    if (s.agg) for (let k = s.aggStart![i]!, end = s.aggStart![i + 1]!; k < end; k++) out[c++] = s.agg[k]!;
    return c;
  },
);
export const nerFeatures: Extractor = NER_FEATURES.full;
