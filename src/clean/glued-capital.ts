import type { Repair } from './edits.js';
import { lexicon } from '../core/resources.js';
import { articleVocabulary, looksEnglish } from './glued-words.js';

/**
 * A short lower-case word glued to the capitalised word after it ("ofTexas", "atLabour"). Only
 * the words in resources/lexicon/glue-prefixes.txt split off, and only before a plain
 * capitalised word, so "iPhone", "eBay", "McDonald" and "PlayStation" stay whole.
 */
const CASE_CHANGE = /[a-z](?=[A-Z][a-z])/g;
/** Before the prefix: no letter, digit, or mark of a handle, path or address. */
const ATTACHED = /[\p{L}\p{N}@#/._-]/u;
const PLAIN_CAPITALISED = /^[A-Z][a-z]{2,}(?![\p{L}\p{N}])/u;

export function gluedCapitalRepairs(text: string): Repair[] {
  const prefixes = lexicon('glue-prefixes');
  const repairs: Repair[] = [];
  let english: boolean | undefined;
  CASE_CHANGE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CASE_CHANGE.exec(text)) !== null) {
    const at = m.index + 1;
    let start = m.index;
    while (start > 0 && at - start < 5 && text[start - 1]! >= 'a' && text[start - 1]! <= 'z') start--;
    if (start > 0 && ATTACHED.test(text[start - 1]!)) continue;
    if (!prefixes.has(text.slice(start, at))) continue;
    if (!PLAIN_CAPITALISED.test(text.slice(at, at + 40))) continue;
    english ??= looksEnglish(articleVocabulary(text));
    if (!english) return [];
    repairs.push({ kind: 'glued-words', start: at, end: at, replacement: ' ' });
  }
  return repairs;
}
