import { lexiconLines, lexiconPath } from '../core/resources.js';
import { sharedParts } from '../core/shared-tables.js';
import { StringTable, type StringTableParts } from '../core/string-table.js';

/**
 * Person and company name lists for the NER tagger (Ratinov and Roth 2009 got much of their gain from
 * such lists): single words, derived from npm packages by scripts/build-name-lists.mjs (sources and
 * licences there and in the README). A word's value is a bit mask of the lists holding it, so
 * "Jordan" (first name, last name, name part) and "Chevron" (company word) give different features.
 */
export const NAME_LISTS = ['names-first', 'names-last', 'names-people', 'names-companies'] as const;

/** Lowercase word -> mask over NAME_LISTS (bit k: listed in NAME_LISTS[k]). */
export class NameLists {
  private readonly table: StringTable;

  constructor(parts: StringTableParts) {
    this.table = new StringTable(parts);
  }

  /** The mask of a word (any case), 0 when no list holds it. */
  maskOf(word: string): number {
    return this.table.get(word.toLowerCase()) ?? 0;
  }

  /**
   * Per-token masks for the NER tagger, 0 for tokens that do not start with a capital ("will" is not
   * "Will"). A function of each word as written, so the tagger may treat it as part of the word.
   */
  features(words: readonly string[]): Int32Array {
    const out = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const code = w.charCodeAt(0);
      const cap = code < 128 ? code >= 65 && code <= 90 : w.charAt(0) !== w.charAt(0).toLowerCase();
      if (cap) out[i] = this.table.get(w.toLowerCase()) ?? 0;
    }
    return out;
  }
}

function buildParts(): StringTableParts {
  const masks = new Map<string, number>();
  NAME_LISTS.forEach((name, k) => {
    for (const w of lexiconLines(name)) {
      const key = w.toLowerCase();
      masks.set(key, (masks.get(key) ?? 0) | (1 << k));
    }
  });
  return new StringTable(masks).parts();
}

/** The lists' table, built once a process (core/shared-tables.ts). */
export function nameListParts(): StringTableParts {
  return sharedParts('name-lists', buildParts, () => NAME_LISTS.map((n) => lexiconPath(n)));
}

let shared: NameLists | undefined;

/** The lists from resources/lexicon, loaded once on first use (or handed over: see nameListParts). */
export function defaultNameLists(): NameLists {
  shared ??= new NameLists(nameListParts());
  return shared;
}
