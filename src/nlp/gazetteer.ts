import { lexiconLines } from '../core/resources.js';
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

interface Entry {
  readonly words: readonly string[];
  readonly type: GazType;
}

export interface GazHit {
  readonly type: GazType;
  readonly start: number;
  readonly end: number;
}

function pluralOf(w: string): string | null {
  if (/(?:s|sh|ch|ese|ss|x)$/i.test(w)) return null;
  return `${w}s`;
}

export class Gazetteer {
  private readonly byFirst = new Map<string, Entry[]>();
  private readonly names = new Map<string, GazType>();
  /** Feature values: hash of "type:B" / "type:I" by type index. */
  readonly beginHash: Int32Array = Int32Array.from(GAZ_TYPES.map((t) => hashString(`${t}:B`)));
  readonly insideHash: Int32Array = Int32Array.from(GAZ_TYPES.map((t) => hashString(`${t}:I`)));

  constructor(lists: Record<GazType, readonly string[]>) {
    // Earlier types win on an exact tie: a country named like a city is a country.
    for (const type of GAZ_TYPES) {
      for (const name of lists[type]) {
        this.add(name, type);
        if (type === 'demonym') {
          const p = pluralOf(name);
          if (p) this.add(p, type);
        }
      }
    }
    for (const entries of this.byFirst.values()) entries.sort((a, b) => b.words.length - a.words.length);
  }

  private add(name: string, type: GazType): void {
    const key = name.toLowerCase();
    if (this.names.has(key)) return;
    this.names.set(key, type);
    const words = key.split(/\s+/);
    const list = this.byFirst.get(words[0]!) ?? [];
    list.push({ words, type });
    this.byFirst.set(words[0]!, list);
  }

  /** The type of a whole name, if listed (case-insensitive). */
  typeOf(name: string): GazType | undefined {
    return this.names.get(name.toLowerCase().replace(/\s+/g, ' '));
  }

  /** Longest matches over capitalised token runs, left to right, not overlapping. */
  match(words: readonly string[]): GazHit[] {
    const hits: GazHit[] = [];
    const lower = words.map((w) => w.toLowerCase());
    for (let i = 0; i < words.length; ) {
      const entries = isCapitalised(words[i]!) ? this.byFirst.get(lower[i]!) : undefined;
      let found: Entry | undefined;
      if (entries) {
        for (const e of entries) {
          if (i + e.words.length > words.length) continue;
          let ok = true;
          for (let k = 1; k < e.words.length; k++) {
            const w = e.words[k]!;
            // Inner function words (of, and) may be lowercase; the rest must be capitalised.
            if (lower[i + k] !== w || (w.length > 3 && !isCapitalised(words[i + k]!))) {
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
      if (found) {
        hits.push({ type: found.type, start: i, end: i + found.words.length });
        i += found.words.length;
      } else i++;
    }
    return hits;
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

/** The gazetteer built from resources/lexicon, loaded once on first use. */
export function defaultGazetteer(): Gazetteer {
  if (!shared) {
    const lists = {} as Record<GazType, string[]>;
    for (const t of GAZ_TYPES) lists[t] = lexiconLines(LISTS[t]);
    shared = new Gazetteer(lists);
  }
  return shared;
}
