import { lexiconLines } from '../../core/resources.js';

export type ClauseWordKind = 'lead' | 'skip' | 'stop' | 'clause' | 'keep' | 'report' | 'adverb' | 'pronoun' | 'plural' | 'modal' | 'quantity' | 'toll' | 'negative' | 'question' | 'auxiliary' | 'evidence' | 'ing-noun' | 'headline-noun';

let table: Map<ClauseWordKind, ReadonlySet<string>> | undefined;

/** The word classes of resources/lexicon/event-clause-words.txt, read once. */
export function clauseWords(kind: ClauseWordKind): ReadonlySet<string> {
  if (!table) {
    table = new Map();
    for (const line of lexiconLines('event-clause-words')) {
      const [k, ...words] = line.split(/\s+/);
      table.set(k as ClauseWordKind, new Set(words));
    }
  }
  return table.get(kind) ?? new Set();
}

/** Forms of "be" that make a participle after them passive ("was killed", "has been charged", "were urgently needed"). */
export const BE_FORMS: ReadonlySet<string> = new Set(['be', 'been', 'being', 'was', 'were', 'is', 'are']);

/** Forms of be, have, do, get and the modals: verbs that take a further verb into their group. */
export function isAuxiliary(w: string): boolean {
  return clauseWords('auxiliary').has(w) || clauseWords('modal').has(w);
}
