import { squeeze, type Line } from './lines.js';
import { linePattern } from './line-patterns.js';

/** Longer lines are text of the article, whatever they start with. */
const MAX_BOILERPLATE_CHARS = 160;

/**
 * Site furniture ("Read more: ...", "Share this article", "Advertisement", newsletter prompts;
 * patterns in resources/lexicon/boilerplate.txt): such a line goes whole.
 */
export function isBoilerplateLine(line: Line): boolean {
  if (line.text.length > 2 * MAX_BOILERPLATE_CHARS) return false;
  const s = squeeze(line.text);
  return s.length > 0 && s.length <= MAX_BOILERPLATE_CHARS && linePattern('boilerplate', true).test(s);
}
