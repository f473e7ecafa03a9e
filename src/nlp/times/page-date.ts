import { newsChrono } from './chrono-news.js';
import { isoDate } from './times.js';
import { isTimestampLine } from '../../clean/boilerplate.js';
import { squeeze } from '../../clean/lines.js';

/** What a timestamp line says before its date ("Last updated on", "Published:"). */
const STAMP_LEAD = /^(?:last |first )?(?:updated|published|posted|modified)(?: on| at)?:?\s+/i;

/** A timestamp line is short; the cleaner's limit for furniture lines is longer still. */
const MAX_STAMP_CHARS = 100;

/** Lines from the top a timestamp is looked for in: it stands with the headline and the byline. */
const TOP_LINES = 8;

/**
 * The calendar date (YYYY-MM-DD) a page's timestamp line (resources/lexicon/timestamp-lines.txt)
 * states whole (year, month and day), in its first lines; undefined when there is none. With no
 * date given, it dates the article: "on Tuesday" then resolves against it, as against a
 * publication date.
 */
export function pageDate(text: string): string | undefined {
  for (const line of text.split('\n', TOP_LINES)) {
    const s = squeeze(line);
    if (!s || s.length > MAX_STAMP_CHARS || !isTimestampLine(s)) continue;
    for (const r of newsChrono().parse(s.replace(STAMP_LEAD, ''), new Date(2001, 0, 1, 12))) {
      const c = r.start;
      if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) continue;
      return isoDate(c.get('year')!, c.get('month')!, c.get('day')!);
    }
  }
  return undefined;
}
