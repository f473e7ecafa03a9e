import { MAX_AFFIX } from './atoms.js';
import type { WordExtractor } from './features.js';
import type { TagInput } from './input.js';
import type { Scorer } from './sparse-model.js';

/**
 * The summed weights of each word's word-only features (its spelling, affixes, shape, cluster), per
 * class, kept for the words seen lately. News text repeats its words (the, said, Blair), so most
 * tokens take their word part from here in one read instead of a dozen feature probes; the context
 * features are still scored at every token. Scores are the model's integer units, so a cached sum is
 * exactly the sum the model would give: tagging is unchanged, only faster.
 *
 * Direct-mapped: a word has one slot, chosen by two hashes of it (the word as written, and its last
 * characters with its length), and takes it over from whatever word held it. Frequent words keep
 * coming back to their slot; the table stays small enough to sit in the CPU's cache.
 */
export class WordScoreCache {
  private readonly mask: number;
  private readonly keyWord: Int32Array;
  private readonly keyTail: Int32Array;
  private readonly used: Uint8Array;
  private readonly sums: Int32Array;
  private readonly fresh: Float64Array;

  constructor(readonly nClasses: number, slotsLog2 = 14) {
    const slots = 1 << slotsLog2;
    this.mask = slots - 1;
    this.keyWord = new Int32Array(slots);
    this.keyTail = new Int32Array(slots);
    this.used = new Uint8Array(slots);
    this.sums = new Int32Array(slots * nClasses);
    this.fresh = new Float64Array(nClasses);
  }

  /** Adds the word part of token i's scores to `out`, scoring it with `model` when its slot holds another word. */
  add(s: TagInput, i: number, model: Scorer, word: WordExtractor, keys: Int32Array, out: Float64Array): void {
    const a = s.atoms;
    const w = a.word[i]!;
    const len = a.length_[i]!;
    const tail = len === 0 ? 0 : (a.suffix[i * MAX_AFFIX + Math.min(MAX_AFFIX, len) - 1]! ^ Math.imul(len, 0x9e3779b1)) | 0;
    const C = this.nClasses;
    const { keyWord, keyTail, used, sums } = this;
    const h = (Math.imul(w ^ tail, 0x85ebca6b) >>> 13) & this.mask;
    const base = h * C;
    if (used[h] && keyWord[h] === w && keyTail[h] === tail) {
      for (let c = 0; c < C; c++) out[c]! += sums[base + c]!;
      return;
    }
    const fresh = this.fresh;
    fresh.fill(0);
    model.score(keys, word(s, i, keys, 0), fresh);
    for (let c = 0; c < C; c++) out[c]! += fresh[c]!;
    used[h] = 1;
    keyWord[h] = w;
    keyTail[h] = tail;
    sums.set(fresh, base);
  }
}
