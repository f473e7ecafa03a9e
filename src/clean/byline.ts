import type { Repair } from './edits.js';
import { wordLevel } from './dictionary.js';
import { lexicon } from '../core/resources.js';
import type { Line } from './lines.js';

/**
 * A byline glued to the first sentence ("By Staff ReporterA car bomb exploded"): "By" and one to
 * four capitalised words, the last of which runs into the capitalised first word of the
 * sentence. The byline goes (the edit log keeps it); the sentence stays. The split must leave a
 * word that can open a sentence ("A", "The", "Police"...), so a name like "McDonald" is not cut.
 */
const BYLINE = /^(By (?:[A-Z][\p{L}'’-]* ){0,3})([A-Z][a-z]+)([A-Z][a-z]*)(?= )/u;

/**
 * A wire dateline glued to the first sentence ("ANKARA (Reuters) -The", "LONDON —The"): the
 * missing space goes back in.
 */
const DATELINE = /^([A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]{2,}){0,2}(?:, [A-Z][a-z]+){0,2}(?: \([A-Za-z. ]{1,30}\))? ?[-–—:])([A-Z][a-z])/u;

export function bylineRepairs(lines: readonly Line[]): Repair[] {
  const repairs: Repair[] = [];
  // Only the first lines of the text and of a section can hold a byline or dateline.
  const first = lines.findIndex((l) => l.text.trim() !== '');
  for (const line of first < 0 ? [] : lines.slice(first, first + 3)) {
    const b = BYLINE.exec(line.text);
    if (b && opensSentence(b[3]!)) {
      const end = line.start + b[1]!.length + b[2]!.length;
      repairs.push({ kind: 'byline', start: line.start, end, replacement: '' });
      continue;
    }
    const d = DATELINE.exec(line.text);
    if (d) {
      const at = line.start + d[1]!.length;
      repairs.push({ kind: 'dateline', start: at, end: at, replacement: ' ' });
    }
  }
  return repairs;
}

function opensSentence(word: string): boolean {
  const w = word.toLowerCase();
  return lexicon('sentence-starters').has(w) || (wordLevel(w) ?? 99) <= 20;
}
