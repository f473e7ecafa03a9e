import { MAX_AFFIX } from './atoms.js';
import type { WordExtractor } from './features.js';
import type { TagInput } from './input.js';
import { addRow, roundUp4, type SparseModel } from './sparse-model.js';
import type { WindowTerms } from './window-model.js';

/**
 * The summed weights of each word's word-only features (its spelling, affixes, shape, cluster), per
 * class, kept for the words seen lately. News text repeats its words (the, said, Blair), so most
 * tokens take their word part from here in one read instead of a dozen feature probes; the context
 * features are still scored at every token. Scores are the model's integer units, so a cached sum is
 * exactly the sum the model would give: tagging is unchanged, only faster.
 *
 * Direct-mapped: a word has one slot, chosen by two hashes of it (the word as written, and its last
 * characters with its length), and takes it over from whatever word held it. Frequent words keep
 * coming back to their slot. 2^15 slots (SCORE_CACHE_SLOTS_LOG2): against 2^14, fewer words evict each
 * other and the taggers took about 6% less time over 400 BBC articles (pipeline CPU -4%, alternating
 * builds, same minutes; 2^16 no better), for about 13 MB more per pipeline in all its caches.
 */
/** Slots (log 2) of the word and part score caches; see WordScoreCache. */
export const SCORE_CACHE_SLOTS_LOG2 = 15;

export class WordScoreCache {
  private readonly mask: number;
  /** Per slot: 1 when used, the word's two hashes, one unused int, then its sums (`width` ints). */
  private readonly rows: Int32Array;
  private readonly stride: number;
  /** Sums per slot: nClasses rounded up to a multiple of 4 (see addRow). */
  readonly width: number;
  private readonly fresh: Int32Array;

  constructor(
    readonly nClasses: number,
    slotsLog2 = SCORE_CACHE_SLOTS_LOG2,
    /** The NER window model's word scores, added to each word's sums (see window-model.ts). */
    private readonly window?: WindowTerms,
  ) {
    this.mask = (1 << slotsLog2) - 1;
    this.width = roundUp4(nClasses);
    this.stride = 4 + this.width;
    this.rows = new Int32Array((1 << slotsLog2) * this.stride);
    this.fresh = new Int32Array(this.width);
  }

  /**
   * Adds the word part of token i's scores to out[0..width), scoring it with `model` when its slot
   * holds another word.
   */
  add(s: TagInput, i: number, model: SparseModel, word: WordExtractor, keys: Int32Array, out: Int32Array): void {
    const a = s.atoms;
    const w = a.word[i]!;
    const len = a.length_[i]!;
    const tail = len === 0 ? 0 : (a.suffix[i * MAX_AFFIX + Math.min(MAX_AFFIX, len) - 1]! ^ Math.imul(len, 0x9e3779b1)) | 0;
    const { rows, width } = this;
    const base = ((Math.imul(w ^ tail, 0x85ebca6b) >>> 13) & this.mask) * this.stride;
    if (rows[base] === 1 && rows[base + 1] === w && rows[base + 2] === tail) {
      addRow(out, rows, base + 4, width);
      return;
    }
    const fresh = this.fresh;
    fresh.fill(0);
    model.scoreInt(keys, word(s, i, keys, 0), fresh);
    this.window?.addWord(s, i, fresh);
    addRow(out, fresh, 0, width);
    rows[base] = 1;
    rows[base + 1] = w;
    rows[base + 2] = tail;
    rows.set(fresh, base + 4);
  }
}
