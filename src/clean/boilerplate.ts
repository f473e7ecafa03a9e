import { squeeze, type Line } from './lines.js';
import { linePattern } from './line-patterns.js';

/** Longer lines are text of the article, whatever they start with. */
const MAX_BOILERPLATE_CHARS = 160;

/**
 * Site furniture ("Read more: ...", "Share this article", "Advertisement", newsletter prompts;
 * patterns in resources/lexicon/boilerplate.txt) and the page's timestamps ("Updated 9:41 AM EDT",
 * "Mon 29 Jun 2026 07.30 BST": timestamp-lines.txt): such a line goes whole.
 */
export function isBoilerplateLine(line: Line): boolean {
  if (line.text.length > 2 * MAX_BOILERPLATE_CHARS) return false;
  const s = squeeze(line.text);
  return s.length > 0 && s.length <= MAX_BOILERPLATE_CHARS && (linePattern('boilerplate', true).test(s) || isTimestampLine(s));
}

/** A line (squeezed) that is only the page's timestamp: a date, with its time, weekday or "Updated". */
export function isTimestampLine(squeezed: string): boolean {
  return linePattern('timestamp-lines', true).test(squeezed);
}
