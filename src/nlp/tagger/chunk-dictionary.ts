import { computeAtoms } from './atoms.js';
import { hashTag } from './hash.js';
import type { TagInput } from './input.js';
import { LabelCounts } from './tag-dictionary.js';

/** An entry is kept when seen this often in training, with one chunk label this share of the time. */
export const CHUNK_DICTIONARY_MIN_COUNT = 20;
export const CHUNK_DICTIONARY_MIN_SHARE = 0.995;

/**
 * [lowercase word, its POS tag, the previous chunk label ('' at a sentence's start), its chunk label];
 * a word of '' stands for any word: the label follows from the tag and the label before alone
 * (DT after O is B-NP, NN after I-NP is I-NP); with a fifth item, the next token's tag too ('' at
 * the sentence's end): NNP after B-NP before VBD is I-NP.
 */
export type ChunkDictionaryEntry = readonly [string, string, string, string] | readonly [string, string, string, string, string];

/** The word of an entry that holds for any word. */
export const ANY_WORD = '';
/** The next tag past a sentence's end. */
const END_TAG = hashTag('');
/** The word of an entry that holds for any word with the next token's tag (never a real token). */
const ANY_WORD_NEXT = '\u0000next';

/**
 * The chunk labels that follow from a word, its POS tag and the label before it alone: "the" as DT
 * after O is B-NP, "," after I-NP is O. From training data (gold tags): a (word, tag, previous label)
 * seen at least `minCount` times with one label at least `minShare` of the time. Sorted, so the model
 * file is the same on every run.
 */
export function buildChunkDictionary(
  sentences: readonly { readonly words: readonly string[]; readonly pos: readonly string[]; readonly chunk: readonly string[] }[],
  minCount = CHUNK_DICTIONARY_MIN_COUNT,
  minShare = CHUNK_DICTIONARY_MIN_SHARE,
): ChunkDictionaryEntry[] {
  const counts = new LabelCounts();
  for (const s of sentences) {
    // The same lowercase and digit folding as the taggers' atoms.
    const lower = s.words.map(foldWord);
    s.words.forEach((_, i) => {
      const rest = `${s.pos[i]}\t${i > 0 ? s.chunk[i - 1] : ''}`;
      counts.add(`${lower[i]}\t${rest}`, s.chunk[i]!);
      // The same test for the tag and the label before alone, and with the next tag: more news
      // tokens take their label unscored (eng.testa, gold tags: 36% by word, 53% with the tag and
      // the label before, 65% with the next tag too).
      counts.add(`${ANY_WORD}\t${rest}`, s.chunk[i]!);
      counts.add(`${ANY_WORD_NEXT}\t${rest}\t${s.pos[i + 1] ?? ''}`, s.chunk[i]!);
    });
  }
  const out = counts.dominant(minCount, minShare).map(([key, label]): ChunkDictionaryEntry => {
    const [word, tag, prev, next] = key.split('\t') as [string, string, string, string?];
    return word === ANY_WORD_NEXT ? [ANY_WORD, tag, prev, label, next!] : [word, tag, prev, label];
  });
  return out.sort((a, b) => (a.join('\t') < b.join('\t') ? -1 : 1));
}

function foldWord(w: string): string {
  return w.toLowerCase().replace(/\d/g, '0');
}

/**
 * Looks a token up by its lowercase word, POS tag and the label given to the token before it: the
 * chunk tagger gives a listed token its label without scoring it (about a third of news tokens).
 * Exact keys (three integers compared), in an open-addressing table.
 */
export class ChunkDictionary {
  private readonly mask: number;
  /** The lower-case hash that entries for any word carry. */
  private readonly anyWord: number;
  /** Per slot: lower hash, POS hash, previous label + 1, label + 1 (0: empty). */
  private readonly slots: Int32Array;
  readonly size: number;

  constructor(entries: readonly ChunkDictionaryEntry[], labels: readonly string[]) {
    const index = new Map(labels.map((l, i) => [l, i]));
    let cap = 16;
    while (cap < entries.length * 2) cap <<= 1;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap * 4);
    const atoms = computeAtoms([...entries.map((e) => e[0]), ANY_WORD]);
    this.anyWord = atoms.lower[entries.length]!;
    entries.forEach(([word, tag, prev, label, next], i) => {
      const id = index.get(label);
      const prevId = prev === '' ? -1 : index.get(prev);
      if (id === undefined || prevId === undefined) throw new RangeError(`chunk dictionary: "${word}" has a label the model does not know`);
      const lower = next === undefined ? atoms.lower[i]! : this.withNext(hashTag(next));
      const pos = hashTag(tag);
      let h = this.slotOf(lower, pos, prevId);
      while (this.slots[h * 4 + 3] !== 0) h = (h + 1) & this.mask;
      this.slots.set([lower, pos, prevId + 1, id + 1], h * 4);
    });
    this.size = entries.length;
  }

  /** The key an any-word entry with the next token's tag carries in place of a word's hash. */
  private withNext(nextTag: number): number {
    return Math.imul(this.anyWord ^ Math.imul(nextTag ^ 0x632be5ab, 0x9e3779b1), 0x85ebca6b) ^ 0x5bd1e995;
  }

  private slotOf(lower: number, pos: number, prev: number): number {
    return (Math.imul(lower ^ Math.imul(pos ^ Math.imul(prev + 1, 0x27d4eb2d), 0x9e3779b1), 0x85ebca6b) >>> 12) & this.mask;
  }

  /** Token i's label given the previous label p1 (-1 at the start), or -1 when not listed. */
  lookup(s: TagInput, i: number, p1: number): number {
    const pos = s.pos;
    if (!pos) return -1;
    const t = pos[i]!;
    // The word's own entry first, then the one for any word, then for any word before this next tag.
    const own = this.find(s.atoms.lower[i]!, t, p1);
    if (own >= 0) return own;
    const any = this.find(this.anyWord, t, p1);
    if (any >= 0) return any;
    return this.find(this.withNext(i + 1 < pos.length ? pos[i + 1]! : END_TAG), t, p1);
  }

  private find(l: number, t: number, p1: number): number {
    const { slots, mask } = this;
    let h = this.slotOf(l, t, p1);
    for (;;) {
      const label = slots[h * 4 + 3]!;
      if (label === 0) return -1;
      if (slots[h * 4] === l && slots[h * 4 + 1] === t && slots[h * 4 + 2] === p1 + 1) return label - 1;
      h = (h + 1) & mask;
    }
  }
}
