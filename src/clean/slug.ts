import type { Line } from './lines.js';

/**
 * A CMS slug left on a line of its own: four or more lower-case words joined by hyphens, no
 * spaces, maybe a number glued on ("turkish-interior-minister-arrives-at-the-gallery1"). It
 * names the photo next to it, so it goes whole and the lines around it are captions.
 */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+){3,}$/;

export function isSlugLine(line: Line): boolean {
  const s = line.text.trim();
  return SLUG.test(s) && /[a-z]{2,}/.test(s);
}
