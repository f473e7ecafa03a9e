import { computeAtoms } from './atoms.js';
import type { TagInput } from './input.js';

/** Words seen at least this often in training... */
export const TAG_DICTIONARY_MIN_COUNT = 20;
/** ...with one tag at least this share of the time take that tag without scoring. */
export const TAG_DICTIONARY_MIN_SHARE = 0.97;

/**
 * The frequent words of the training text that nearly always take one tag ("the" DT, "of" IN, "said"
 * VBD), as [word, tag] pairs sorted by word: Honnibal's tag dictionary for a greedy POS tagger. Over half
 * of news tokens are such words, and the tagger gives them that tag anyway, so the decoder gives it
 * without scoring them (see TagDictionary).
 */
export function buildTagDictionary(
  sentences: readonly { readonly words: readonly string[]; readonly tags: readonly string[] }[],
  minCount = TAG_DICTIONARY_MIN_COUNT,
  minShare = TAG_DICTIONARY_MIN_SHARE,
): [string, string][] {
  const counts = new LabelCounts();
  for (const s of sentences) s.words.forEach((w, i) => counts.add(w, s.tags[i]!));
  return counts.dominant(minCount, minShare).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** How often each key (a word, or a word in a context) took each label in training: what label dictionaries are built from. */
export class LabelCounts {
  private readonly counts = new Map<string, Map<string, number>>();

  add(key: string, label: string): void {
    let byLabel = this.counts.get(key);
    if (!byLabel) this.counts.set(key, (byLabel = new Map()));
    byLabel.set(label, (byLabel.get(label) ?? 0) + 1);
  }

  /**
   * [key, label] for each key seen at least `minCount` times with one label at least `minShare` of
   * the time, in the order keys were first seen. Ties go to the label first in code-point order, so
   * a model file is the same on every run.
   */
  dominant(minCount: number, minShare: number): [string, string][] {
    const out: [string, string][] = [];
    for (const [key, byLabel] of this.counts) {
      let total = 0;
      let best = '';
      let bestCount = 0;
      for (const [label, n] of [...byLabel].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
        total += n;
        if (n > bestCount) [best, bestCount] = [label, n];
      }
      if (total >= minCount && bestCount >= minShare * total) out.push([key, best]);
    }
    return out;
  }
}

/**
 * A tag dictionary as an open-addressed table keyed by two of a token's atoms (the hash of the word as
 * written and of its lowercase form), so a lookup reads the atoms the tagger computed anyway and two
 * different words would have to collide on both 32-bit hashes to be confused.
 */
export class TagDictionary {
  private readonly mask: number;
  /** Per slot: word hash, lowercase hash, label id + 1 (0: empty). */
  private readonly slots: Int32Array;
  readonly size: number;

  constructor(entries: readonly (readonly [string, string])[], labels: readonly string[]) {
    const index = new Map(labels.map((l, i) => [l, i]));
    let cap = 16;
    while (cap < entries.length * 2) cap <<= 1;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap * 3);
    const atoms = computeAtoms(entries.map((e) => e[0]));
    let size = 0;
    entries.forEach(([word, tag], i) => {
      const label = index.get(tag);
      if (label === undefined) throw new RangeError(`tag dictionary: "${word}" has the tag ${tag}, which the model does not know`);
      let h = this.slotOf(atoms.word[i]!, atoms.lower[i]!);
      while (this.slots[h * 3 + 2] !== 0) h = (h + 1) & this.mask;
      this.slots[h * 3] = atoms.word[i]!;
      this.slots[h * 3 + 1] = atoms.lower[i]!;
      this.slots[h * 3 + 2] = label + 1;
      size++;
    });
    this.size = size;
  }

  private slotOf(word: number, lower: number): number {
    return (Math.imul(word ^ Math.imul(lower, 0x9e3779b1), 0x85ebca6b) >>> 12) & this.mask;
  }

  /** Token i's dictionary label, or -1 when its word is not in the dictionary. */
  lookup(s: TagInput, i: number): number {
    const a = s.atoms;
    const w = a.word[i]!;
    const l = a.lower[i]!;
    const { slots, mask } = this;
    let h = this.slotOf(w, l);
    for (;;) {
      const label = slots[h * 3 + 2]!;
      if (label === 0) return -1;
      if (slots[h * 3] === w && slots[h * 3 + 1] === l) return label - 1;
      h = (h + 1) & mask;
    }
  }
}
