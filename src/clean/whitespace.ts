import type { Repair } from './edits.js';

/**
 * Whitespace repairs: runs of spaces or tabs inside a line become one space, spaces at the ends of
 * lines go, and three or more line breaks become a paragraph break. Byte-order marks and
 * zero-width characters that scraping leaves inside words go too.
 */
export function whitespaceRepairs(text: string): Repair[] {
  const repairs: Repair[] = [];
  const pattern = /[ \t\u00a0]{2,}|[ \t\u00a0]+(?=\n)|(?<=\n)[ \t\u00a0]+|\n{3,}|[\u200b\u200c\u200d\u2060\ufeff]+|\t/g;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) !== null) {
    const s = m[0];
    const start = m.index;
    const end = start + s.length;
    let replacement: string;
    if (/^\n+$/.test(s)) replacement = '\n\n';
    else if (/^[\u200b\u200c\u200d\u2060\ufeff]+$/.test(s)) replacement = '';
    else if (text[end] === '\n' || start === 0 || text[start - 1] === '\n' || end === text.length) replacement = '';
    else replacement = ' ';
    repairs.push({ kind: 'spaces', start, end, replacement });
  }
  // Leading and trailing blank space of the whole text.
  const lead = /^\s+/.exec(text);
  if (lead && !repairs.some((r) => r.start === 0)) repairs.push({ kind: 'spaces', start: 0, end: lead[0].length, replacement: '' });
  // Found by a loop, not /\s+$/, which is quadratic on long runs of inner spaces.
  let start = text.length;
  while (start > 0 && /\s/.test(text[start - 1]!)) start--;
  if (start < text.length && start > (lead?.[0].length ?? 0)) {
    const clipped = repairs.filter((r) => r.end <= start);
    repairs.length = 0;
    repairs.push(...clipped, { kind: 'spaces', start, end: text.length, replacement: '' });
  }
  return repairs;
}
