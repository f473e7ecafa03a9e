import { FLAG_ALL_CAPS, FLAG_ALL_DIGITS, FLAG_HAS_DIGIT, FLAG_HAS_LOWER, FLAG_INIT_CAP } from './atoms.js';
import { featureKey, hashString, mix } from './hash.js';
import { DOC_SLOTS, type TagInput } from './input.js';

/**
 * Document-level evidence for NER (after Ratinov and Roth 2009 and Krishnan and Manning 2006):
 * a name is usually tagged the same way throughout an article, and a capitalised word that also
 * appears in lowercase is probably not a name (what saves Title Case headlines).
 *
 * Pass 1 features need no tags: "this capitalised word also appears lowercase in the document",
 * "this sentence-initial word also appears capitalised mid-sentence".
 * Pass 2 adds the entity types a first pass gave the other occurrences of the same word.
 */
const LOWER_SEEN = hashString('doc:lower-seen');
const CAP_SEEN_MID = hashString('doc:cap-seen-mid');
const ONLY_LOWER = hashString('doc:initial-only');

/** Tokens with any of these may start or be a name; the others (lowercase words, punctuation) rarely are. */
export const NAMELIKE = FLAG_INIT_CAP | FLAG_ALL_CAPS | FLAG_HAS_DIGIT;
/**
 * What the decoder scores outside a name: capitalised words. Numbers ("1996", "3-1"), like lowercase
 * words and punctuation, are labelled O unscored unless a name is open (then "Euro 96" goes on): on
 * eng.testa the same F1 as scoring them (0.9322), a quarter fewer tokens scored, NER ~15% faster.
 */
const CAPITALISED = FLAG_INIT_CAP | FLAG_ALL_CAPS;

/**
 * Pass 1's skip mask: words with no capital, labelled O unscored outside a name (the decoder still
 * scores them inside one: "Ludwig van Beethoven"). Most of the text, few of the names.
 */
export function addPass1Skip(inputs: TagInput[]): void {
  for (const s of inputs) {
    const a = s.atoms;
    const skip = new Uint8Array(a.length);
    for (let i = 0; i < a.length; i++) skip[i] = a.flags[i]! & CAPITALISED ? 0 : 1;
    s.skip = skip;
  }
}

/** Fills `input.doc` for every sentence of one document (pass 1 features). */
export function addDocumentFeatures(inputs: TagInput[]): void {
  const lowerSeen = new Set<number>();
  const capMid = new Set<number>();
  for (const s of inputs) {
    const a = s.atoms;
    for (let i = 0; i < a.length; i++) {
      const f = a.flags[i]!;
      if (!(f & FLAG_INIT_CAP) && f & FLAG_HAS_LOWER) lowerSeen.add(a.lower[i]!);
      else if (f & FLAG_INIT_CAP && i > 0 && s.mode === 0) capMid.add(a.lower[i]!);
    }
  }
  for (const s of inputs) {
    const a = s.atoms;
    const doc = new Int32Array(a.length * DOC_SLOTS);
    for (let i = 0; i < a.length; i++) {
      if (!(a.flags[i]! & FLAG_INIT_CAP)) continue;
      let k = 0;
      if (lowerSeen.has(a.lower[i]!)) doc[i * DOC_SLOTS + k++] = LOWER_SEEN;
      if (i === 0 || s.mode !== 0) {
        if (capMid.has(a.lower[i]!)) doc[i * DOC_SLOTS + k++] = CAP_SEEN_MID;
        else if (!lowerSeen.has(a.lower[i]!)) doc[i * DOC_SLOTS + k++] = ONLY_LOWER;
      }
    }
    s.doc = doc;
  }
}

/**
 * Pass 2: for each token, the entity type most often given by pass 1 to the *other* occurrences of the
 * same word in the document (exact spelling), and whether those were mostly left outside any entity.
 * `typeOf[label]` is the entity type index of a label (-1 for O).
 */
export function addPass1Features(inputs: TagInput[], pass1: Int32Array[], typeOf: Int32Array, nTypes: number): void {
  const counts = new Map<number, Int32Array>(); // word -> counts per type, last slot = outside
  for (let s = 0; s < inputs.length; s++) {
    const a = inputs[s]!.atoms;
    for (let i = 0; i < a.length; i++) {
      if (!(a.flags[i]! & FLAG_INIT_CAP)) continue;
      let c = counts.get(a.word[i]!);
      if (!c) counts.set(a.word[i]!, (c = new Int32Array(nTypes + 1)));
      const t = typeOf[pass1[s]![i]!]!;
      c[t < 0 ? nTypes : t]!++;
    }
  }
  const majHash = Int32Array.from({ length: nTypes + 1 }, (_, t) => hashString(`doc:maj:${t}`));
  const anyHash = Int32Array.from({ length: nTypes }, (_, t) => hashString(`doc:any:${t}`));
  for (let s = 0; s < inputs.length; s++) {
    const input = inputs[s]!;
    const a = input.atoms;
    const doc = input.doc ? input.doc.slice() : new Int32Array(a.length * DOC_SLOTS);
    for (let i = 0; i < a.length; i++) {
      if (!(a.flags[i]! & FLAG_INIT_CAP)) continue;
      const c = counts.get(a.word[i]!)!;
      const own = typeOf[pass1[s]![i]!]!;
      const ownSlot = own < 0 ? nTypes : own;
      let best = -1;
      let bestN = 0;
      let total = 0;
      for (let t = 0; t <= nTypes; t++) {
        const n = c[t]! - (t === ownSlot ? 1 : 0);
        total += n;
        if (n > bestN) {
          bestN = n;
          best = t;
        }
      }
      if (total === 0) continue;
      let k = 0;
      while (k < DOC_SLOTS && doc[i * DOC_SLOTS + k] !== 0) k++;
      if (k < DOC_SLOTS) doc[i * DOC_SLOTS + k++] = majHash[best]!;
      if (k < DOC_SLOTS && best === nTypes) {
        // Mostly outside, but some other occurrence was an entity: say which.
        for (let t = 0; t < nTypes; t++) if (c[t]! - (t === ownSlot ? 1 : 0) > 0) { doc[i * DOC_SLOTS + k++] = anyHash[t]!; break; }
      }
    }
    input.doc = doc;
    input.pass1 = pass1[s];
    const skip = new Uint8Array(a.length);
    for (let i = 0; i < a.length; i++) skip[i] = typeOf[pass1[s]![i]!]! < 0 && !(a.flags[i]! & CAPITALISED) ? 1 : 0;
    input.skip = skip;
  }
  addEntityHistory(inputs, pass1, typeOf, nTypes);
}

/** At most this many aggregated context features a token (see addContextAggregation). */
export const MAX_AGG = 12;
const AGG_BEFORE = 120;
const AGG_AFTER = 121;
const OUTSIDE = 0x2545f491;

/**
 * Context aggregation (Ratinov and Roth 2009): a name's other occurrences in the document lend it
 * their contexts. For each name-like token (capitalised or with a digit), the lowercase words just
 * before and after every *other* name-like occurrence of the same lowercase word, as feature keys
 * (distinct, in document order, at most MAX_AGG). "Comelf" in a results table takes the "coach" and
 * "club" from the sentence that named it in prose.
 *
 * A word met often has its contexts read once (see wordContexts), not once per occurrence: a word
 * repeated n times in one context ("Mr. Mr. Mr. ...") made that n² steps, 8 s for 20,000.
 */
export function addContextAggregation(inputs: TagInput[]): void {
  const byWord = new Map<number, number[]>(); // lower -> [sentence, token, ...] of name-like occurrences
  for (let s = 0; s < inputs.length; s++) {
    const a = inputs[s]!.atoms;
    for (let i = 0; i < a.length; i++) {
      if (!(a.flags[i]! & NAMELIKE) || a.flags[i]! & FLAG_ALL_DIGITS) continue;
      let list = byWord.get(a.lower[i]!);
      if (!list) byWord.set(a.lower[i]!, (list = []));
      list.push(s, i);
    }
  }
  const contexts = new Map<number, WordContexts>();
  const seen = new Set<number>();
  // Each word's occurrences met so far: the next one's number in its list.
  const met = new Map<number, number>();
  const keys: number[] = [];
  const chosen: Array<{ pos: number; key: number }> = [];
  for (let s = 0; s < inputs.length; s++) {
    const input = inputs[s]!;
    const a = input.atoms;
    const start = new Int32Array(a.length + 1);
    keys.length = 0;
    for (let i = 0; i < a.length; i++) {
      start[i] = keys.length;
      const list = a.flags[i]! & NAMELIKE ? byWord.get(a.lower[i]!) : undefined;
      if (!list || list.length <= 2) continue;
      if (list.length <= 2 * DIRECT_OCCURRENCES) {
        readOthers(inputs, list, s, i, keys, start[i]!, seen);
        continue;
      }
      const word = a.lower[i]!;
      const own = met.get(word) ?? 0;
      met.set(word, own + 1);
      let c = contexts.get(word);
      if (!c) contexts.set(word, (c = wordContexts(list, inputs)));
      // The word's first keys as the other occurrences give them: a key this occurrence gave first
      // comes at its next giving instead (or not at all).
      chosen.length = 0;
      for (let t = 0; t < c.keys.length; t++) {
        const pos = c.first[t]! >> 1 === own ? c.second[t]! : c.first[t]!;
        if (pos >= 0) chosen.push({ pos, key: c.keys[t]! });
      }
      chosen.sort((x, y) => x.pos - y.pos);
      for (let k = 0; k < chosen.length && k < MAX_AGG; k++) keys.push(chosen[k]!.key);
    }
    start[a.length] = keys.length;
    input.agg = Int32Array.from(keys);
    input.aggStart = start;
  }
}

/**
 * Words met at most this often are read directly, every other occurrence in turn (the method as
 * defined, and faster for the few occurrences of most names); more often, by wordContexts. Both
 * give the same keys.
 */
const DIRECT_OCCURRENCES = 32;

/** Appends to `keys` the distinct context keys of the occurrences in `list` other than (s, i), up to MAX_AGG from `from`. */
function readOthers(inputs: readonly TagInput[], list: readonly number[], s: number, i: number, keys: number[], from: number, seen: Set<number>): void {
  seen.clear();
  for (let k = 0; k < list.length && keys.length - from < MAX_AGG; k += 2) {
    const os = list[k]!;
    const oi = list[k + 1]!;
    if (os === s && oi === i) continue;
    const o = inputs[os]!.atoms;
    const before = beforeKey(o, oi);
    const after = afterKey(o, oi);
    if (!seen.has(before)) { seen.add(before); keys.push(before); }
    if (!seen.has(after) && keys.length - from < MAX_AGG) { seen.add(after); keys.push(after); }
  }
}

/** A word's first distinct context keys, each with where it is given first and second. */
interface WordContexts {
  readonly keys: number[];
  /** Positions: 2 × the occurrence's number in the word's list, + 1 for the word after. */
  readonly first: number[];
  /** -1: given once. */
  readonly second: number[];
}

/**
 * The first MAX_AGG + 2 distinct keys of a word's occurrences' contexts, in document order (before,
 * then after, occurrence by occurrence). Leaving one occurrence out removes at most its two keys'
 * first givings, so an occurrence's MAX_AGG keys are always among these: what reading every other
 * occurrence in turn, as the method is defined, gives.
 */
function wordContexts(list: readonly number[], inputs: readonly TagInput[]): WordContexts {
  const index = new Map<number, number>();
  const out: WordContexts = { keys: [], first: [], second: [] };
  const give = (key: number, pos: number) => {
    const at = index.get(key);
    if (at === undefined) {
      if (out.keys.length >= MAX_AGG + 2) return;
      index.set(key, out.keys.length);
      out.keys.push(key);
      out.first.push(pos);
      out.second.push(-1);
    } else if (out.second[at] === -1) out.second[at] = pos;
  };
  for (let k = 0; k < list.length; k += 2) {
    const o = inputs[list[k]!]!.atoms;
    const oi = list[k + 1]!;
    give(beforeKey(o, oi), k);
    give(afterKey(o, oi), k + 1);
  }
  return out;
}

/** The context keys of the occurrence at token i: the word before it and the word after it (or the sentence's edge). */
function beforeKey(a: TagInput['atoms'], i: number): number {
  return featureKey(AGG_BEFORE, i > 0 ? a.lower[i - 1]! : OUTSIDE);
}

function afterKey(a: TagInput['atoms'], i: number): number {
  return featureKey(AGG_AFTER, i + 1 < a.length ? a.lower[i + 1]! : OUTSIDE);
}

const ENT_MAJ = 130;
const ENT_MAJ_OWN = 131;
const SUPER_MAJ = 132;
const SUPER_MAJ_OWN = 133;
/** Seed of the hash of a run of tokens' lowercase forms (seqHash; the entity runs below). */
export const SEQ_SEED = 0x3c6ef372;

/** Hash of the lowercase forms of tokens start..end-1. */
export function seqHash(lower: Int32Array, start: number, end: number): number {
  let h = SEQ_SEED;
  for (let k = start; k < end; k++) h = mix(h, lower[k]!);
  return h;
}

/**
 * Pass 2, entity level (Krishnan and Manning 2006): for each token of an entity pass 1 found, the type
 * pass 1 gave most often to the *other* occurrences of the same entity string in the document, and the
 * type most often given to longer entities that contain this one ("Clinton" inside "Bill Clinton"),
 * each alone and with the token's own pass-1 type. Appended to the tokens' aggregated keys (`agg`).
 * An entity here is a run of tokens of one pass-1 type.
 */
export function addEntityHistory(inputs: TagInput[], pass1: Int32Array[], typeOf: Int32Array, nTypes: number): void {
  // Entities as flat arrays: sentence, start, end, type, hash of the lowercase words.
  const eS: number[] = [];
  const eStart: number[] = [];
  const eEnd: number[] = [];
  const eType: number[] = [];
  const eHash: number[] = [];
  const sameCounts = new Map<number, number>(); // hash -> 8-bit counts per type, packed
  for (let s = 0; s < inputs.length; s++) {
    const a = inputs[s]!.atoms;
    const q = pass1[s]!;
    let i = 0;
    while (i < a.length) {
      const t = typeOf[q[i]!]!;
      if (t < 0) { i++; continue; }
      let h = mix(SEQ_SEED, a.lower[i]!); // seqHash(a.lower, i, j), grown with the run
      let j = i + 1;
      for (; j < a.length && typeOf[q[j]!] === t; j++) h = mix(h, a.lower[j]!);
      eS.push(s); eStart.push(i); eEnd.push(j); eType.push(t); eHash.push(h);
      const c = sameCounts.get(h) ?? 0;
      if (((c >>> (8 * t)) & 0xff) < 0xff) sameCounts.set(h, c + (1 << (8 * t)));
      i = j;
    }
  }
  // Every shorter run of words inside an entity -> the types of the entities holding it (each entity once).
  const superCounts = new Map<number, number>();
  const nE = eS.length;
  const seen = new Set<number>();
  for (let o = 0; o < nE; o++) {
    const lower = inputs[eS[o]!]!.atoms.lower;
    const t = eType[o]!;
    seen.clear();
    for (let i = eStart[o]!; i < eEnd[o]!; i++) {
      let h = SEQ_SEED;
      for (let j = i; j < eEnd[o]!; j++) {
        h = mix(h, lower[j]!);
        if ((i === eStart[o] && j === eEnd[o]! - 1) || seen.has(h)) continue;
        seen.add(h);
        const c = superCounts.get(h) ?? 0;
        if (((c >>> (8 * t)) & 0xff) < 0xff) superCounts.set(h, c + (1 << (8 * t)));
      }
    }
  }
  const triples: number[] = []; // sentence, token, key
  for (let e = 0; e < nE; e++) {
    const t = eType[e]!;
    const packed = sameCounts.get(eHash[e]!)!;
    let same = -1;
    let sameN = 0;
    for (let u = 0; u < nTypes; u++) {
      const n = ((packed >>> (8 * u)) & 0xff) - (u === t ? 1 : 0);
      if (n > sameN) { sameN = n; same = u; }
    }
    const packedSup = superCounts.get(eHash[e]!);
    let longer = -1;
    if (packedSup !== undefined) {
      let bestN = 0;
      for (let u = 0; u < nTypes; u++) {
        const n = (packedSup >>> (8 * u)) & 0xff;
        if (n > bestN) { bestN = n; longer = u; }
      }
    }
    if (same < 0 && longer < 0) continue;
    for (let i = eStart[e]!; i < eEnd[e]!; i++) {
      if (same >= 0) triples.push(eS[e]!, i, featureKey(ENT_MAJ, same), eS[e]!, i, featureKey(ENT_MAJ_OWN, same, t));
      if (longer >= 0) triples.push(eS[e]!, i, featureKey(SUPER_MAJ, longer), eS[e]!, i, featureKey(SUPER_MAJ_OWN, longer, t));
    }
  }
  if (triples.length > 0) appendAgg(inputs, triples);
}

/**
 * Appends feature keys to tokens' aggregated keys, from (sentence, token, key) triples: new arrays for
 * the sentences concerned (pass 2's inputs share pass 1's arrays).
 */
export function appendAgg(inputs: readonly TagInput[], triples: readonly number[]): void {
  const bySentence = new Map<number, number[]>();
  for (let k = 0; k < triples.length; k += 3) {
    let list = bySentence.get(triples[k]!);
    if (!list) bySentence.set(triples[k]!, (list = []));
    list.push(triples[k + 1]!, triples[k + 2]!);
  }
  for (const [s, list] of bySentence) {
    const input = inputs[s]!;
    const n = input.atoms.length;
    const oldAgg = input.agg;
    const oldStart = input.aggStart;
    const count = new Int32Array(n + 1);
    for (let k = 0; k < list.length; k += 2) count[list[k]!]!++;
    const start = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) start[i + 1] = start[i]! + count[i]! + (oldStart ? oldStart[i + 1]! - oldStart[i]! : 0);
    const agg = new Int32Array(start[n]!);
    const fill = start.slice(0, n);
    if (oldAgg && oldStart) for (let i = 0; i < n; i++) for (let k = oldStart[i]!; k < oldStart[i + 1]!; k++) agg[fill[i]!++] = oldAgg[k]!;
    for (let k = 0; k < list.length; k += 2) agg[fill[list[k]!]!++] = list[k + 1]!;
    input.agg = agg;
    input.aggStart = start;
  }
}
