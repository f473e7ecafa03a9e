import { decodeHTML } from 'entities';
import type { Repair } from './edits.js';

/**
 * HTML character references left in scraped plain text ("&#163;1.8m fine", "Tom &amp; Jerry",
 * "caf&eacute;"): each known one becomes its character (a non-breaking space an ordinary one).
 * An unknown name ("&bogus;") is left as it is. HTML input needs none of this: the parser decodes
 * its references, so only a page that encoded them twice shows any.
 */
const REFERENCE = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

export function htmlEntityRepairs(text: string): Repair[] {
  const repairs: Repair[] = [];
  REFERENCE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REFERENCE.exec(text)) !== null) {
    const decoded = decodeHTML(m[0]);
    if (decoded === m[0] || decoded === '' || decoded === '\uFFFD') continue;
    repairs.push({ kind: 'html-entity', start: m.index, end: m.index + m[0].length, replacement: decoded === '\u00A0' ? ' ' : decoded });
  }
  return repairs;
}
