import type { Repair } from './edits.js';

/** A run of blank lines (maybe holding stray spaces), or a run of spacing characters. */
const CANDIDATE = /\n(?:[ \t\u00a0\r]*\n){2,}|[ \t\u00a0\u2007\u202f\r\u200b\u200c\u200d\u2060\ufeff]+/g;
const ZERO_WIDTH = /^[\u200b\u200c\u200d\u2060\ufeff]+$/;
const BLANK = /[\s\u200b\u200c\u200d\u2060]/;

/**
 * Whitespace repairs: runs of spaces or tabs inside a line become one space, spaces at the ends of
 * lines go, and more than one blank line becomes a paragraph break. A lone no-break space
 * becomes a plain one (scraped HTML keeps &nbsp; between words), a space just inside brackets
 * goes ("( center"), and carriage returns, byte-order marks and zero-width characters go too.
 * One pass over the text; plain single spaces between words are looked at and left.
 */
export function whitespaceRepairs(text: string): Repair[] {
  const repairs: Repair[] = [];
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(text)) !== null) {
    const s = m[0];
    const start = m.index;
    const end = start + s.length;
    const before = text[start - 1];
    const after = text[end];
    let replacement: string;
    if (s[0] === '\n') replacement = '\n\n';
    else if (start === 0 || end === text.length || before === '\n' || after === '\n' || after === '\r') replacement = '';
    else if (ZERO_WIDTH.test(s)) replacement = '';
    else if (before === '(' || before === '[' || after === ')' || after === ']') replacement = '';
    else replacement = ' ';
    if (replacement === s) continue;
    repairs.push({ kind: 'spaces', start, end, replacement });
  }
  // Leading and trailing blank space of the whole text.
  // (Scanned by hand: a regex like /\s+$/ retries from every space of a long run.)
  let leadEnd = 0;
  while (leadEnd < text.length && BLANK.test(text[leadEnd]!)) leadEnd++;
  if (leadEnd > 0) {
    const clipped = repairs.filter((r) => r.start >= leadEnd);
    repairs.length = 0;
    repairs.push({ kind: 'spaces', start: 0, end: leadEnd, replacement: '' }, ...clipped);
  }
  let trailStart = text.length;
  while (trailStart > leadEnd && BLANK.test(text[trailStart - 1]!)) trailStart--;
  if (trailStart < text.length && trailStart > leadEnd) {
    const clipped = repairs.filter((r) => r.end <= trailStart);
    repairs.length = 0;
    repairs.push(...clipped, { kind: 'spaces', start: trailStart, end: text.length, replacement: '' });
  }
  return repairs;
}
