import type { Repair } from './edits.js';

/**
 * Two sentences run together where scraping dropped the space after the stop ("said.The",
 * "wounded.Police"): a lower-case word of two letters or more, a stop, then a capitalised word.
 * Abbreviations ("U.S.", "Mr.Smith"), domains ("bbc.co.uk", "Amazon.Com"), file names and code
 * do not fit: the word before must be all lower case, and the chunk no URL or address.
 */
const GLUED_STOP = /[a-z][.!?](?=[A-Z][a-z])/g;
/** The word before the stop: two lower-case letters or more, with nothing of a name, path or address before it. */
const LOWER_WORD_BEFORE = /(?<![\p{L}\p{N}.@/_-])[a-z]{2,}$/u;
/** What follows the stop must be a plain word, maybe with closing punctuation: not "Load()" or "Final.docx". */
const PLAIN_WORD = /^[A-Z][a-z]*(?:['’]s)?[,;:.!?"”’)\]]*$/u;
const URLISH = /[@/\\_]|\p{L}\(|www\.|:\/\/|\.(?:com|org|net|gov|edu|co|uk|io)(?![\p{L}])/iu;
const TLD_AFTER = /^(?:com|org|net|gov|edu|info|biz|io|co)(?![\p{L}])/iu;

export function missingSpaceRepairs(text: string): Repair[] {
  const repairs: Repair[] = [];
  GLUED_STOP.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = GLUED_STOP.exec(text)) !== null) {
    const at = m.index + m[0].length;
    if (!LOWER_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index + 1))) continue;
    if (TLD_AFTER.test(text.slice(at, at + 5))) continue;
    let s = m.index;
    while (s > 0 && !/\s/.test(text[s - 1]!)) s--;
    let e = at;
    while (e < text.length && !/\s/.test(text[e]!)) e++;
    if (URLISH.test(text.slice(s, e)) || !PLAIN_WORD.test(text.slice(at, e))) continue;
    repairs.push({ kind: 'missing-space', start: at, end: at, replacement: ' ' });
  }
  return repairs;
}
