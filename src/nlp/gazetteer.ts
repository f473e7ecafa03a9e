import { lexiconLines, lexiconPath } from '../core/resources.js';
import { sharedArray, sharedParts } from '../core/shared-tables.js';
import { StringTable, type StringTableParts } from '../core/string-table.js';
import { hashString } from './tagger/hash.js';

/**
 * Name lists the NER tagger uses as features and the type mapper uses to tell GPE from LOC and NORP
 * from MISC: countries, first-level regions, cities (GeoNames), geographic regions and features,
 * nationalities. Matching is longest-first over token sequences, case-insensitive, but only over
 * capitalised tokens ("turkey" the bird is not a country).
 */
export const GAZ_TYPES = ['country', 'admin', 'region', 'demonym', 'city'] as const;
export type GazType = (typeof GAZ_TYPES)[number];

const LISTS: Record<GazType, string> = {
  country: 'gazetteer-countries',
  admin: 'gazetteer-admin',
  region: 'gazetteer-regions',
  demonym: 'demonyms',
  city: 'gazetteer-cities',
};

export interface GazHit {
  readonly type: GazType;
  readonly start: number;
  readonly end: number;
}

function pluralOf(w: string): string | null {
  if (/(?:s|sh|ch|ese|ss|x)$/i.test(w)) return null;
  return `${w}s`;
}

/**
 * The lists as typed arrays (over SharedArrayBuffers, so worker threads are handed them as they are:
 * core/shared-tables.ts), not ~20k Map entries and word arrays (~8 MB) on every thread's heap.
 */
export interface GazetteerParts {
  /** Lowercase name -> index in GAZ_TYPES. */
  readonly names: StringTableParts;
  /** First word of a name -> its group: the names starting with it, longest first. */
  readonly firsts: StringTableParts;
  /** Group g's entries are groupStart[g] .. groupStart[g + 1]. */
  readonly groupStart: Uint32Array;
  readonly entryType: Uint8Array;
  /** Entry e's words are entryWords[e] .. entryWords[e + 1]; word w is chars[wordStart[w] .. wordStart[w + 1]]. */
  readonly entryWords: Uint32Array;
  readonly wordStart: Uint32Array;
  readonly chars: Uint16Array;
}

function buildParts(lists: Record<GazType, readonly string[]>): GazetteerParts {
  const names = new Map<string, number>();
  const byFirst = new Map<string, Array<{ words: string[]; type: number }>>();
  const add = (name: string, type: number) => {
    const key = name.toLowerCase();
    if (names.has(key)) return;
    names.set(key, type);
    const words = key.split(/\s+/);
    const list = byFirst.get(words[0]!) ?? [];
    list.push({ words, type });
    byFirst.set(words[0]!, list);
  };
  // Earlier types win on an exact tie: a country named like a city is a country.
  GAZ_TYPES.forEach((type, t) => {
    for (const name of lists[type]) {
      add(name, t);
      if (type === 'demonym') {
        const p = pluralOf(name);
        if (p) add(p, t);
      }
    }
  });
  let entries = 0;
  let wordCount = 0;
  let charCount = 0;
  for (const list of byFirst.values()) {
    list.sort((a, b) => b.words.length - a.words.length);
    entries += list.length;
    for (const e of list) {
      wordCount += e.words.length;
      for (const w of e.words) charCount += w.length;
    }
  }
  const groupStart = sharedArray(Uint32Array, byFirst.size + 1);
  const entryType = sharedArray(Uint8Array, entries);
  const entryWords = sharedArray(Uint32Array, entries + 1);
  const wordStart = sharedArray(Uint32Array, wordCount + 1);
  const chars = sharedArray(Uint16Array, charCount);
  let g = 0;
  let e = 0;
  let w = 0;
  let c = 0;
  const firsts: Array<[string, number]> = [];
  for (const [first, list] of byFirst) {
    firsts.push([first, g]);
    groupStart[g++] = e;
    for (const entry of list) {
      entryType[e] = entry.type;
      entryWords[e++] = w;
      for (const word of entry.words) {
        wordStart[w++] = c;
        for (let i = 0; i < word.length; i++) chars[c++] = word.charCodeAt(i);
      }
    }
  }
  groupStart[g] = e;
  entryWords[e] = w;
  wordStart[w] = c;
  return { names: new StringTable(names).parts(), firsts: new StringTable(firsts).parts(), groupStart, entryType, entryWords, wordStart, chars };
}

export class Gazetteer {
  private readonly names: StringTable;
  private readonly firsts: StringTable;
  private readonly groupStart: Uint32Array;
  private readonly entryType: Uint8Array;
  private readonly entryWords: Uint32Array;
  private readonly wordStart: Uint32Array;
  private readonly chars: Uint16Array;
  /** Feature values: hash of "type:B" / "type:I" by type index. */
  readonly beginHash: Int32Array = Int32Array.from(GAZ_TYPES.map((t) => hashString(`${t}:B`)));
  readonly insideHash: Int32Array = Int32Array.from(GAZ_TYPES.map((t) => hashString(`${t}:I`)));

  /** From the word lists, or from the parts() of a gazetteer built before. */
  constructor(lists: Record<GazType, readonly string[]> | GazetteerParts) {
    const parts = 'groupStart' in lists ? lists : buildParts(lists);
    this.names = new StringTable(parts.names);
    this.firsts = new StringTable(parts.firsts);
    ({ groupStart: this.groupStart, entryType: this.entryType, entryWords: this.entryWords, wordStart: this.wordStart, chars: this.chars } = parts);
  }

  parts(): GazetteerParts {
    const { groupStart, entryType, entryWords, wordStart, chars } = this;
    return { names: this.names.parts(), firsts: this.firsts.parts(), groupStart, entryType, entryWords, wordStart, chars };
  }

  /** The type of a whole name, if listed (case-insensitive). */
  typeOf(name: string): GazType | undefined {
    const t = this.names.get(name.toLowerCase().replace(/\s+/g, ' '));
    return t === undefined ? undefined : GAZ_TYPES[t];
  }

  /** Longest matches over capitalised token runs, left to right, not overlapping. */
  match(words: readonly string[]): GazHit[] {
    const hits: GazHit[] = [];
    const lower = words.map((w) => w.toLowerCase());
    const { groupStart, entryWords, wordStart } = this;
    for (let i = 0; i < words.length; ) {
      const g = isCapitalised(words[i]!) ? this.firsts.get(lower[i]!) : undefined;
      let found = -1;
      if (g !== undefined) {
        for (let e = groupStart[g]!; e < groupStart[g + 1]!; e++) {
          const n = entryWords[e + 1]! - entryWords[e]!;
          if (i + n > words.length) continue;
          let ok = true;
          for (let k = 1; k < n; k++) {
            const w = entryWords[e]! + k;
            // Inner function words (of, and) may be lowercase; the rest must be capitalised.
            if (!this.isWord(lower[i + k]!, w) || (wordStart[w + 1]! - wordStart[w]! > 3 && !isCapitalised(words[i + k]!))) {
              ok = false;
              break;
            }
          }
          if (ok) {
            found = e;
            break;
          }
        }
      }
      if (found >= 0) {
        const n = entryWords[found + 1]! - entryWords[found]!;
        hits.push({ type: GAZ_TYPES[this.entryType[found]!]!, start: i, end: i + n });
        i += n;
      } else i++;
    }
    return hits;
  }

  /** Whether `s` is listed word w. */
  private isWord(s: string, w: number): boolean {
    const from = this.wordStart[w]!;
    if (this.wordStart[w + 1]! - from !== s.length) return false;
    for (let i = 0; i < s.length; i++) if (this.chars[from + i] !== s.charCodeAt(i)) return false;
    return true;
  }

  /** Per-token feature values for the NER tagger (0 where no list matches). */
  features(words: readonly string[]): Int32Array {
    const out = new Int32Array(words.length);
    for (const h of this.match(words)) {
      const t = GAZ_TYPES.indexOf(h.type);
      out[h.start] = this.beginHash[t]!;
      for (let i = h.start + 1; i < h.end; i++) out[i] = this.insideHash[t]!;
    }
    return out;
  }
}

function isCapitalised(w: string): boolean {
  const code = w.charCodeAt(0);
  // ASCII without building strings: A-Z are the only ASCII characters that change when lowercased.
  if (code < 128) return code >= 65 && code <= 90;
  const c = w.charAt(0);
  return c !== c.toLowerCase();
}

let shared: Gazetteer | undefined;

/** The gazetteer built from resources/lexicon, loaded once on first use (or handed over: see gazetteerParts). */
export function defaultGazetteer(): Gazetteer {
  shared ??= new Gazetteer(gazetteerParts());
  return shared;
}

/** The default gazetteer's arrays, built once a process (core/shared-tables.ts). */
export function gazetteerParts(): GazetteerParts {
  return sharedParts('gazetteer', () => {
    const lists = {} as Record<GazType, string[]>;
    for (const t of GAZ_TYPES) lists[t] = lexiconLines(LISTS[t]);
    return new Gazetteer(lists).parts();
  }, () => GAZ_TYPES.map((t) => lexiconPath(LISTS[t])));
}
