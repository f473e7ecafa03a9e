import type { Repair } from './edits.js';

const ZERO_WIDTH = /^[\u200b\u200c\u200d\u2060\ufeff]+$/;
const HARD_SPACE = /^[\u00a0\u2007\u202f]$/;

/**
 * Whitespace repairs: runs of spaces or tabs inside a line become one space, spaces at the ends of
 * lines go, and three or more line breaks become a paragraph break. A lone no-break space
 * becomes a plain one (scraped HTML keeps &nbsp; between words), a space just inside brackets
 * goes ("( center"), and byte-order marks and zero-width characters left inside words go too.
 */
export function whitespaceRepairs(text: string): Repair[] {
  const repairs: Repair[] = [];
  const pattern = /[ \t\u00a0]{2,}|[ \t\u00a0]+(?=\r?\n)|(?<=\n)[ \t\u00a0]+|\r(?=\n)|\n{3,}|[\u200b\u200c\u200d\u2060\ufeff]+|\t|[\u00a0\u2007\u202f]|(?<=[([])[ \u00a0]+(?=\S)|(?<=\S) +(?=[)\]])/g;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) !== null) {
    const s = m[0];
    const start = m.index;
    const end = start + s.length;
    let replacement: string;
    if (/^\n+$/.test(s)) replacement = '\n\n';
    else if (ZERO_WIDTH.test(s) || s === '\r') replacement = '';
    else if (HARD_SPACE.test(s) && text[end] !== '\n' && text[start - 1] !== '\n' && start > 0 && end < text.length) replacement = ' ';
    else if (text[end] === '\n' || text[end] === '\r' || start === 0 || text[start - 1] === '\n' || end === text.length) replacement = '';
    else if (text[start - 1] === '(' || text[start - 1] === '[' || text[end] === ')' || text[end] === ']') replacement = '';
    else replacement = ' ';
    repairs.push({ kind: 'spaces', start, end, replacement });
  }
  // Leading and trailing blank space of the whole text.
  const lead = /^\s+/.exec(text);
  if (lead && !repairs.some((r) => r.start === 0 && r.end >= lead[0].length)) {
    const clipped = repairs.filter((r) => r.start >= lead[0].length);
    repairs.length = 0;
    repairs.push({ kind: 'spaces', start: 0, end: lead[0].length, replacement: '' }, ...clipped);
  }
  const trail = /\s+$/.exec(text);
  if (trail && trail.index > (lead?.[0].length ?? 0)) {
    const start = trail.index;
    const clipped = repairs.filter((r) => r.end <= start);
    repairs.length = 0;
    repairs.push(...clipped, { kind: 'spaces', start, end: text.length, replacement: '' });
  }
  return repairs;
}
