import { lexiconLines } from '../core/resources.js';

/**
 * Our repairs around Readability, where it keeps page furniture or loses article text.
 * Selectors and line patterns are data (resources/lexicon/html-boilerplate-*.txt).
 */

interface El {
  tagName: string;
  textContent: string | null;
  parentNode: unknown;
  remove(): void;
  querySelectorAll(sel: string): ArrayLike<El>;
  getAttribute(name: string): string | null;
}
interface Root {
  querySelectorAll(sel: string): ArrayLike<El>;
}

let selectors: string[] | undefined;
let linePatterns: RegExp[] | undefined;

/** Removes navigation, footers, share bars, cookie notices and the like before Readability runs. */
export function removeFurniture(root: Root): void {
  selectors ??= lexiconLines('html-boilerplate-selectors');
  for (const sel of selectors) {
    let found: ArrayLike<El>;
    try {
      found = root.querySelectorAll(sel);
    } catch {
      continue; // a selector linkedom cannot parse is skipped, not fatal
    }
    for (const el of Array.from(found)) {
      // Never remove the element that holds the article itself.
      if (el.tagName === 'ARTICLE' || el.tagName === 'MAIN' || el.tagName === 'BODY' || el.tagName === 'HTML') continue;
      if (el.querySelectorAll('article, main').length > 0) continue;
      el.remove();
    }
  }
}

/** In Readability's output: drops captions and blocks that are mostly links (lists of related stories). */
export function pruneContent(root: Root): void {
  for (const el of Array.from(root.querySelectorAll('figcaption, figure, [class*="caption"]'))) el.remove();
  for (const el of Array.from(root.querySelectorAll('p, li, ul, ol, div, section, table'))) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    let linkText = 0;
    for (const a of Array.from(el.querySelectorAll('a'))) linkText += (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    const density = linkText / text.length;
    const words = text.split(' ').length;
    // A paragraph of running prose can link a phrase or two; a block that is nearly all links is navigation.
    if (density > 0.6 && (words < 40 || el.tagName === 'UL' || el.tagName === 'OL')) el.remove();
  }
}

/** Drops lines of page furniture ("Advertisement", "Read more: ...", "(Image: GETTY)") and repeated lines. */
export function dropFurnitureLines(text: string): string {
  linePatterns ??= lexiconLines('html-boilerplate-lines').map((p) => new RegExp(p, 'i'));
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const para of text.split('\n')) {
    const line = para.trim();
    if (!line) {
      kept.push(para);
      continue;
    }
    if (linePatterns.some((re) => re.test(line)) || isByline(line)) continue;
    // A long paragraph repeated word for word is a caption or pull quote shown twice.
    if (line.length > 40) {
      if (seen.has(line)) continue;
      seen.add(line);
    }
    kept.push(para);
  }
  return kept.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** "By Paul Takahashi", "By Jane Doe and John Roe": a byline on its own line. */
function isByline(line: string): boolean {
  return /^By [\p{Lu}][\p{L}.'’-]+(?: [\p{Lu}][\p{L}.'’-]+){0,3}(?:,? (?:and|&) [\p{Lu}][\p{L}.'’-]+(?: [\p{Lu}][\p{L}.'’-]+){0,3})?$/u.test(line);
}
