import { FLAG_ALL_DIGITS } from './atoms.js';
import { featureKey, mix } from './hash.js';
import type { TagInput } from './input.js';
import type { LabelSpan } from './labels.js';
import { appendAgg, NAMELIKE, SEQ_SEED, seqHash } from './ner-doc.js';

/** Names longer than this many tokens are not kept (few, and each costs a lookup per start token). */
export const TRAIN_GAZ_MAX_LEN = 6;
const TGAZ_POS = 140;
const TGAZ_ANY = 141;

/**
 * A gazetteer of the entity strings of the NER training data, with the types each was given (a
 * 4-bit mask over NER_TYPES). Kept only as hashes of the lowercase token sequences (never as text),
 * so it ships inside the NER model file. Its features must be learnt with the jackknife: each part of
 * the training data sees the gazetteer built from the other parts, or the model would learn to trust
 * it blindly (every training name is in it).
 */
export class TrainGazetteer {
  private constructor(private readonly masks: Map<number, number>) {}

  static fromArrays(keys: ArrayLike<number>, masks: ArrayLike<number>): TrainGazetteer {
    const m = new Map<number, number>();
    for (let i = 0; i < keys.length; i++) m.set(keys[i]!, masks[i]!);
    return new TrainGazetteer(m);
  }

  /** From sentences (their inputs) and their gold entity spans; `typeIndex` maps a span type to 0..3. */
  static build(sentences: Iterable<{ input: TagInput; spans: readonly LabelSpan[] }>, typeIndex: (t: string) => number): TrainGazetteer {
    const m = new Map<number, number>();
    for (const { input, spans } of sentences) {
      for (const sp of spans) {
        if (sp.end - sp.start > TRAIN_GAZ_MAX_LEN) continue;
        const t = typeIndex(sp.type);
        if (t < 0) continue;
        const h = seqHash(input.atoms.lower, sp.start, sp.end);
        m.set(h, (m.get(h) ?? 0) | (1 << t));
      }
    }
    return new TrainGazetteer(m);
  }

  get size(): number {
    return this.masks.size;
  }

  /** Sorted keys and their masks, for the model file. */
  toArrays(): { keys: number[]; masks: number[] } {
    const keys = [...this.masks.keys()].sort((a, b) => a - b);
    return { keys, masks: keys.map((k) => this.masks.get(k)!) };
  }

  /**
   * Appends to each token's aggregated keys the gazetteer match it lies in: longest match first, left
   * to right, starting only at a name-like token; the feature is the type mask with the token's place
   * in the match (B, I, L, U) and the mask alone.
   */
  addFeatures(inputs: readonly TagInput[]): void {
    const triples: number[] = [];
    const chain = new Int32Array(TRAIN_GAZ_MAX_LEN + 1);
    for (let s = 0; s < inputs.length; s++) {
      const input = inputs[s]!;
      const a = input.atoms;
      const n = a.length;
      let i = 0;
      while (i < n) {
        const f = a.flags[i]!;
        if (!(f & NAMELIKE) || f & FLAG_ALL_DIGITS) { i++; continue; }
        let matched = 0;
        let mask = 0;
        const maxLen = Math.min(TRAIN_GAZ_MAX_LEN, n - i);
        let h = SEQ_SEED;
        for (let len = 1; len <= maxLen; len++) chain[len] = h = mix(h, a.lower[i + len - 1]!); // = seqHash(a.lower, i, i + len)
        for (let len = maxLen; len >= 1; len--) {
          const m = this.masks.get(chain[len]!);
          if (m !== undefined) { matched = len; mask = m; break; }
        }
        if (matched === 0) { i++; continue; }
        for (let j = i; j < i + matched; j++) {
          const place = matched === 1 ? 3 : j === i ? 0 : j === i + matched - 1 ? 2 : 1;
          triples.push(s, j, featureKey(TGAZ_POS, mask, place), s, j, featureKey(TGAZ_ANY, mask));
        }
        i += matched;
      }
    }
    if (triples.length > 0) appendAgg(inputs, triples);
  }
}
