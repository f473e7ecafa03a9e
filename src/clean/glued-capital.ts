import type { Repair } from './edits.js';
import { lexicon } from '../core/resources.js';

/**
 * A short lower-case word glued to the capitalised word after it ("ofTexas", "atLabour"). Only
 * the words in resources/lexicon/glue-prefixes.txt split off, and only before a plain
 * capitalised word, so "iPhone", "eBay", "McDonald" and "PlayStation" stay whole.
 */
const GLUED = /(?<![\p{L}\p{N}@#/._-])([a-z]{1,4})(?=[A-Z][a-z]{2,}(?![\p{L}\p{N}]))/gu;

export function gluedCapitalRepairs(text: string): Repair[] {
  const prefixes = lexicon('glue-prefixes');
  const repairs: Repair[] = [];
  GLUED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = GLUED.exec(text)) !== null) {
    if (!prefixes.has(m[1]!)) continue;
    const at = m.index + m[1]!.length;
    repairs.push({ kind: 'glued-words', start: at, end: at, replacement: ' ' });
  }
  return repairs;
}
