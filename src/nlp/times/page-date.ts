import { newsChrono } from './chrono-news.js';
import { isoDate } from './times.js';

/**
 * A page's own timestamp line, as scraping leaves it above the article ("Updated 14 April 2026,
 * 19:05 GST", "Published: Nov 12, 2026 08:14 GMT"): the same lines the cleaner drops as page
 * furniture (resources/lexicon/boilerplate.txt).
 */
const STAMP = /^[ \t]*(?:last |first )?(?:updated|published|posted|modified)(?: on| at)?:?[ \t]+((?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z0-9 ,.:/+()-]{0,60})[ \t]*$/im;

/** Lines from the top a timestamp is looked for in: it stands with the headline and the byline. */
const TOP_LINES = 8;

/**
 * The calendar date (YYYY-MM-DD) a page's timestamp line states whole (year, month and day), in
 * its first lines; undefined when there is none. With no date given, it dates the article: "on
 * Tuesday" then resolves against it, as against a publication date.
 */
export function pageDate(text: string): string | undefined {
  const top = text.split('\n', TOP_LINES).join('\n');
  const m = STAMP.exec(top);
  if (!m) return undefined;
  for (const r of newsChrono().parse(m[1]!, new Date(2001, 0, 1, 12))) {
    const c = r.start;
    if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) continue;
    return isoDate(c.get('year')!, c.get('month')!, c.get('day')!);
  }
  return undefined;
}
