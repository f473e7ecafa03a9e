import type { Section } from '../core/layers.js';
import type { Repair } from './edits.js';

/**
 * A wire service's tag before its headline: Yonhap's "(LEAD)", "(2nd LD)", "(URGENT)", "(News
 * Focus)", "(Yonhap Interview)"; Reuters' "UPDATE 2-", "EXCLUSIVE-", "RPT-", "CORRECTED-",
 * "REFILE-", "WRAPUP 1-". It tells the desk which version of a story this is, not the news, and read
 * as the headline's first words it becomes its subject ("LEAD) S. Korea ... agree").
 */
const TAG =
  /^(?:\((?:LEAD|\d+(?:st|nd|rd|th) LD|URGENT|UPDATE(?: \d+)?|EXCLUSIVE|News Focus|News Analysis|Yonhap Interview|Yonhap Feature|Yonhap Special|AFP Interview|AFP Feature)\)|(?:UPDATE \d+|EXCLUSIVE|RPT|CORRECTED|REFILE|WRAPUP(?: \d+)?|FACTBOX|INSIGHT|ANALYSIS|BREAKINGVIEWS)-)[ \t]*(?=\S)/;

/** A headline without the wire tag before it (as it is when it has none). */
export function withoutHeadlineTag(headline: string): string {
  return headline.replace(TAG, '');
}

/** The tag at the start of the title section, if any, as a repair that removes it (with the spaces after it). */
export function headlineTagRepairs(text: string, sections: readonly Section[]): Repair[] {
  const title = sections.find((s) => s.kind === 'title');
  if (!title) return [];
  const m = TAG.exec(text.slice(title.start, title.end));
  // (Only before words of a headline: a title that is nothing but the tag stays.)
  if (!m || !/\p{L}/u.test(text.slice(title.start + m[0].length, title.end))) return [];
  return [{ kind: 'headline-tag', start: title.start, end: title.start + m[0].length, replacement: '' }];
}
