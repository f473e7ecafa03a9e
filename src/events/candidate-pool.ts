import type { EventCentroid } from '../store/repository.js';
import { nameSet, type NameRarity } from './similarity.js';
import { termEntries, type TermVector } from './terms.js';

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
 * A candidate set again (its centroid changed when a record joined) replaces the old one.
 * The pool also keeps the names' event counts (`rarity`), which otherwise are counted afresh for
 * each record.
 */
export class CandidatePool {
  /** Live candidates by id, in the order first set (a replacement keeps the place). */
  private readonly live = new Map<string, { readonly slot: number; readonly candidate: Candidate }>();
  /** Each slot's centroid norm; a replaced candidate's slot stays, unused. */
  private readonly norms: number[] = [];
  /** Word number -> the slots whose centroid has the word, and its value there. */
  private readonly postings = new Map<number, { slots: number[]; values: number[] }>();
  private readonly df = new Map<string, number>();

  constructor(candidates: Iterable<Candidate> = []) {
    for (const c of candidates) this.set(c);
  }

  get size(): number {
    return this.live.size;
  }

  set(candidate: Candidate): void {
    const old = this.live.get(candidate.id);
    if (old) for (const n of nameSet(old.candidate.centroid)) this.count(n, -1);
    for (const n of nameSet(candidate.centroid)) this.count(n, 1);
    const slot = this.norms.length;
    const { ids, values, norm } = termEntries(candidate.centroid.terms);
    this.norms.push(norm);
    for (let i = 0; i < ids.length; i++) {
      let p = this.postings.get(ids[i]!);
      if (!p) this.postings.set(ids[i]!, (p = { slots: [], values: [] }));
      p.slots.push(slot);
      p.values.push(values[i]!);
    }
    // Map.set on a present key keeps its place: the list's order is the order candidates came in.
    // A copy: the caller's object may get a new centroid, and the old one's names are counted out then.
    this.live.set(candidate.id, { slot, candidate: { id: candidate.id, centroid: candidate.centroid } });
  }

  list(): Candidate[] {
    return [...this.live.values()].map((x) => x.candidate);
  }

  /**
   * The text cosine of `terms` with each live candidate, by id (candidates sharing no word: absent,
   * i.e. 0). Summed in another order than `cosine`, so equal to it only within rounding (~1e-15):
   * callers that compare with a bound allow for that (see bestEvent).
   */
  cosines(terms: TermVector): (id: string) => number {
    const q = termEntries(terms);
    const dots = new Float64Array(this.norms.length);
    for (let i = 0; i < q.ids.length; i++) {
      const p = this.postings.get(q.ids[i]!);
      if (!p) continue;
      const x = q.values[i]!;
      for (let k = 0; k < p.slots.length; k++) dots[p.slots[k]!] += x * p.values[k]!;
    }
    return (id) => {
      const at = this.live.get(id);
      if (!at || q.norm === 0 || this.norms[at.slot] === 0) return 0;
      return dots[at.slot]! / (q.norm * this.norms[at.slot]!);
    };
  }

  /** How many live candidates name each name: nameRarity over `list()`, kept as candidates change. */
  rarity(): NameRarity {
    return { events: this.live.size, df: this.df };
  }

  private count(name: string, by: number): void {
    const n = (this.df.get(name) ?? 0) + by;
    if (n > 0) this.df.set(name, n);
    else this.df.delete(name);
  }
}
