import type { EntityType } from '../core/record.js';
import { lexicon } from '../core/resources.js';
import { defaultGazetteer } from './gazetteer.js';

/**
 * CoNLL's four types refined into the record's: PER -> PERSON, ORG -> ORG,
 * LOC -> ORG (seats of government used for the government: Kremlin, White House), GPE (countries, states, cities) or LOC (regions, seas, rivers, mountains) or FAC (airports,
 * squares, bridges), MISC -> NORP (nationalities, religions, parties) or EVENT (cups, wars, games) or MISC.
 * Decided from the word lists under resources/lexicon; a place nobody listed counts as GPE, the usual case in news.
 */
/** Nouns of a nationality in -man / -woman, which NER takes for names when capitalised. */
const NATIONALITY_NOUN = /^(?:Dutch|Irish|English|Welsh|Scots|French|Cornish|Ulster|Manx)(?:man|woman|men|women)$/;

export function refineType(conllType: string, words: readonly string[]): EntityType {
  const name = words.join(' ');
  const last = (words[words.length - 1] ?? '').toLowerCase();
  const gaz = defaultGazetteer();
  switch (conllType) {
    case 'PER':
      // "the Dutchman", "an Irishman": a nationality noun is no one's name (CoNLL tags it MISC).
      return words.length === 1 && NATIONALITY_NOUN.test(name) ? 'NORP' : 'PERSON';
    case 'ORG':
      return 'ORG';
    case 'LOC': {
      if (lexicon('government-seats').has(name)) return 'ORG';
      const listed = gaz.typeOf(name);
      if (listed === 'country' || listed === 'admin' || listed === 'city') return 'GPE';
      if (listed === 'region') return 'LOC';
      if (words.length > 1 && lexicon('facility-words').has(last)) return 'FAC';
      const first = (words[0] ?? '').toLowerCase();
      if (lexicon('location-feature-words').has(last) || (words.length > 1 && lexicon('location-feature-words').has(first))) return 'LOC';
      return 'GPE';
    }
    default: {
      if (gaz.typeOf(name) === 'demonym') return 'NORP';
      // "Sunni Muslims", "Greek Cypriot": every word a nationality or group.
      if (words.every((w) => gaz.typeOf(w) === 'demonym')) return 'NORP';
      const events = lexicon('event-words');
      if (words.length > 1 && (events.has(last) || events.has(`${(words[words.length - 2] ?? '').toLowerCase()} ${last}`))) return 'EVENT';
      if (words.length > 1 && /^(?:World War|Gulf War|Cold War)/i.test(name)) return 'EVENT';
      return 'MISC';
    }
  }
}

/** The CoNLL type a record type comes from, for scoring against CoNLL data. */
export function conllTypeOf(type: EntityType): 'PER' | 'ORG' | 'LOC' | 'MISC' {
  switch (type) {
    case 'PERSON': return 'PER';
    case 'ORG': return 'ORG';
    case 'GPE': case 'LOC': case 'FAC': return 'LOC';
    default: return 'MISC';
  }
}
