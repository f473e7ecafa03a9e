import { isBoilerplateLine } from '../clean/boilerplate.js';
import { findImageNames } from '../clean/image-names.js';
import { isSlugLine } from '../clean/slug.js';
import { withoutHeadlineTag } from '../clean/headline-tag.js';

/**
 * A plain-text article's headline: its first line, when that line reads as one. Saved pages and
 * news corpora (BBC News among them) put the headline on a line of its own above the story; marked
 * as the title, it is weighed as one (the event scorer reads the title first) and names the record.
 * A first line that is a sentence, a byline, a dateline, site furniture or a caption stays in the body.
 */
export function splitHeadline(text: string): { title?: string; body: string } {
  const start = text.search(/\S/);
  if (start < 0) return { body: text };
  const nl = text.indexOf('\n', start);
  if (nl < 0) return { body: text };
  const line = text.slice(start, nl);
  const rest = text.slice(nl + 1);
  const bodyStart = rest.search(/\S/);
  if (bodyStart < 0 || !readsAsHeadline(line) || wordCount(rest) < MIN_BODY_WORDS) return { body: text };
  return { title: line.trim(), body: rest.slice(bodyStart) };
}

/** Words a headline has at most: news headlines run 5-15, a deck with a colon a few more. */
const MAX_HEADLINE_WORDS = 25;
const MAX_HEADLINE_CHARS = 200;
/** Below this the text is a note or a fragment, not a headline above a story. */
const MIN_BODY_WORDS = 20;

function readsAsHeadline(raw: string): boolean {
  // (A wire service's tag before it, "(LEAD)", is no part of it: see headline-tag.ts.)
  const s = withoutHeadlineTag(raw.trim());
  if (s.length > MAX_HEADLINE_CHARS) return false;
  const n = wordCount(s);
  if (n < 2 || n > MAX_HEADLINE_WORDS) return false;
  // A headline starts as a title does (a capital, a figure, a currency sign, an opening quote or a
  // brand like "iTunes") and does not end as a sentence, a list item or a dateline does
  // ("WASHINGTON (Reuters) -"); a teaser's "..." is a headline's.
  if (!/^[\p{Lu}\p{N}"'“‘$£€¥&]/u.test(s) && !/^\p{Ll}+\p{Lu}/u.test(s)) return false;
  if (/[,;:\-–—]$/.test(s) || (s.endsWith('.') && !s.endsWith('...'))) return false;
  // Page furniture: site navigation, bylines and stamps, CMS slugs, image names.
  if (/[|>»•]/.test(s) || /^(by|updated|published|posted|last updated)\b/i.test(s)) return false;
  const asLine = { start: 0, end: s.length, text: s };
  return !isBoilerplateLine(asLine) && !isSlugLine(asLine) && findImageNames(asLine).length === 0;
}

function wordCount(s: string): number {
  const m = s.match(/\S+/g);
  return m ? m.length : 0;
}
