import type { EventCentroid } from '../store/repository.js';
import { nameSet, type NameRarity } from './similarity.js';
import { cosine, termsOf, type Terms } from './terms.js';

export interface Candidate {
  readonly id: string;
  readonly centroid: EventCentroid;
}

/**
 * The candidate events a batch of records is compared with, indexed by their words. A record is
 * compared with every candidate in its date window, and most share no word of weight with it:
 * through the index one pass over the record's words gives its dot product with all of them
 * (`cosines`), where a cosine per candidate walked each centroid's words; over 2,000 BBC
 * articles, with 500 candidates each, that loop was a third of ingest's main thread.
 *
 * The index is packed (one array of postings, ordered by word): 500 centroids of 200 words in
 * growable arrays per word held 15-20 MB more at ingest's peak. Candidates set after it is packed
 * (events a record started or joined: a batch's worth) are compared one by one until they
 * outnumber half the packed ones, when the index is packed again. A candidate set again replaces
 * the old one. The pool also keeps the names' event counts (`rarity`), which otherwise are counted
 * afresh for each record.
 */
export class CandidatePool {
  /** Live candidates by id, in the order first set (a replacement keeps the place); slot -1: not packed. */
  private readonly live = new Map<string, { readonly slot: number; readonly candidate: Candidate }>();
  private packed: PackedIndex = emptyIndex();
  private unpacked = 0;
  private readonly df = new Map<string, number>();

  constructor(candidates: Iterable<Candidate> = []) {
    for (const c of candidates) this.set(c);
    this.pack();
  }

  get size(): number {
    return this.live.size;
  }

  set(candidate: Candidate): void {
    const old = this.live.get(candidate.id);
    if (old) for (const n of nameSet(old.candidate.centroid)) this.count(n, -1);
    for (const n of nameSet(candidate.centroid)) this.count(n, 1);
    if (!old || old.slot >= 0) this.unpacked++;
    // Map.set on a present key keeps its place: the list's order is the order candidates came in.
    // A copy: the caller's object may get a new centroid, and the old one's names are counted out then.
    this.live.set(candidate.id, { slot: -1, candidate: { id: candidate.id, centroid: candidate.centroid } });
    if (this.unpacked > Math.max(MIN_UNPACKED, this.packed.norms.length / 2)) this.pack();
  }

  list(): Candidate[] {
    return [...this.live.values()].map((x) => x.candidate);
  }

  /**
   * The text cosine of `terms` with each live candidate, by id (0 for an id not in the pool). From
   * the index the products are summed in another order than `cosine` sums them, so equal to it
   * only within rounding (~1e-15): callers that compare with a bound allow for that (see bestEvent).
   */
  cosines(terms: Terms): (id: string) => number {
    const q = termsOf(terms);
    const { offsets, slots, values, norms } = this.packed;
    const dots = new Float64Array(norms.length);
    for (let i = 0; i < q.ids.length; i++) {
      const w = q.ids[i]!;
      if (w + 1 >= offsets.length) continue;
      const x = q.values[i]!;
      for (let k = offsets[w]!; k < offsets[w + 1]!; k++) dots[slots[k]!] += x * values[k]!;
    }
    return (id) => {
      const at = this.live.get(id);
      if (!at) return 0;
      if (at.slot < 0) return cosine(terms, at.candidate.centroid.terms);
      return q.norm === 0 || norms[at.slot] === 0 ? 0 : dots[at.slot]! / (q.norm * norms[at.slot]!);
    };
  }

  /** How many live candidates name each name: nameRarity over `list()`, kept as candidates change. */
  rarity(): NameRarity {
    return { events: this.live.size, df: this.df };
  }

  /** Indexes every live candidate: postings counted per word, then laid out word by word. */
  private pack(): void {
    const entries = [...this.live.values()].map((x) => ({ candidate: x.candidate, terms: termsOf(x.candidate.centroid.terms) }));
    let maxWord = -1;
    let total = 0;
    // Indexed loops: in code V8 has not optimised yet, for-of makes an object per element.
    for (const { terms } of entries) {
      total += terms.ids.length;
      for (let i = 0; i < terms.ids.length; i++) if (terms.ids[i]! > maxWord) maxWord = terms.ids[i]!;
    }
    const offsets = new Int32Array(maxWord + 2);
    for (const { terms } of entries) for (let i = 0; i < terms.ids.length; i++) offsets[terms.ids[i]! + 1]!++;
    for (let w = 0; w <= maxWord; w++) offsets[w + 1]! += offsets[w]!;
    const next = offsets.slice(0, maxWord + 1);
    const slots = new Int32Array(total);
    const values = new Float64Array(total);
    const norms = new Float64Array(entries.length);
    entries.forEach(({ candidate, terms }, slot) => {
      norms[slot] = terms.norm;
      for (let i = 0; i < terms.ids.length; i++) {
        const k = next[terms.ids[i]!]!++;
        slots[k] = slot;
        values[k] = terms.values[i]!;
      }
      this.live.set(candidate.id, { slot, candidate });
    });
    this.packed = { offsets, slots, values, norms };
    this.unpacked = 0;
  }

  private count(name: string, by: number): void {
    const n = (this.df.get(name) ?? 0) + by;
    if (n > 0) this.df.set(name, n);
    else this.df.delete(name);
  }
}

/** Fewer candidates than this set since the index was packed are compared one by one. */
const MIN_UNPACKED = 64;

interface PackedIndex {
  /** Word number w's postings are [offsets[w], offsets[w + 1]). */
  readonly offsets: Int32Array;
  readonly slots: Int32Array;
  readonly values: Float64Array;
  readonly norms: Float64Array;
}

function emptyIndex(): PackedIndex {
  return { offsets: new Int32Array(1), slots: new Int32Array(0), values: new Float64Array(0), norms: new Float64Array(0) };
}
