import { lexicon, lexiconLines } from '../../core/resources.js';

export type Gender = 'm' | 'f';

/** The word lists coreference reads (resources/lexicon), parsed once. */
export interface CorefLexicons {
  /** Role noun (lowercase, words joined by one space) -> its group. */
  readonly roles: ReadonlyMap<string, string>;
  /** Longest role noun, in words, so phrase lookups know how far to look. */
  readonly maxRoleWords: number;
  /** First and last words of role nouns: most tokens are turned away by one set lookup. */
  readonly roleFirstWords: ReadonlySet<string>;
  readonly roleLastWords: ReadonlySet<string>;
  /** Groups that form one unnamed entity when no name is given (perpetrators). */
  readonly unnamedGroups: ReadonlySet<string>;
  readonly modifiers: ReadonlySet<string>;
  /** Lowercase honorific -> gender, or '' when it gives none. */
  readonly honorifics: ReadonlyMap<string, Gender | ''>;
  readonly gendered: ReadonlyMap<string, Gender>;
  /** Lowercase demonym, one or more words. */
  readonly demonyms: ReadonlySet<string>;
  readonly orgGeneric: ReadonlySet<string>;
}

let cached: CorefLexicons | undefined;

export function corefLexicons(): CorefLexicons {
  if (cached) return cached;
  const roles = new Map<string, string>();
  let maxRoleWords = 1;
  for (const line of lexiconLines('role-nouns')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const group = line.slice(0, colon).trim();
    for (const noun of line.slice(colon + 1).split(',')) {
      const key = noun.trim().toLowerCase().replace(/\s+/g, ' ');
      if (!key) continue;
      roles.set(key, group);
      maxRoleWords = Math.max(maxRoleWords, key.split(' ').length);
    }
  }
  const honorifics = new Map<string, Gender | ''>();
  for (const line of lexiconLines('honorifics')) {
    const [word, g] = line.split(/\s+/);
    if (word) honorifics.set(word.toLowerCase(), g === 'm' || g === 'f' ? g : '');
  }
  const gendered = new Map<string, Gender>();
  for (const line of lexiconLines('gendered-words')) {
    // "<word> m|f": split at the last space (a split, not /^(.+?)\s+([mf])$/, which backtracks quadratically).
    const cut = line.lastIndexOf(' ');
    const g = line.slice(cut + 1);
    if (cut > 0 && (g === 'm' || g === 'f')) gendered.set(line.slice(0, cut).trim().toLowerCase(), g);
  }
  const roleFirstWords = new Set<string>();
  const roleLastWords = new Set<string>();
  for (const key of roles.keys()) {
    const words = key.split(' ');
    roleFirstWords.add(words[0]!);
    roleLastWords.add(words[words.length - 1]!);
  }
  cached = {
    roles,
    maxRoleWords,
    roleFirstWords,
    roleLastWords,
    unnamedGroups: lexicon('unnamed-role-groups'),
    modifiers: new Set([...lexicon('role-modifiers')].map((w) => w.toLowerCase())),
    honorifics,
    gendered,
    demonyms: new Set([...lexicon('demonyms')].map((w) => w.toLowerCase())),
    orgGeneric: new Set([...lexicon('org-generic-words')].map((w) => w.toLowerCase())),
  };
  return cached;
}

/** A token's word for lexicon lookups: lowercase, a final full stop dropped ("Mr." -> "mr"). */
export function wordKey(text: string): string {
  let k = text.toLowerCase();
  if (k.length > 1 && k.charCodeAt(k.length - 1) === 46) k = k.slice(0, -1);
  return k.includes('’') ? k.replace(/’/g, "'") : k;
}
