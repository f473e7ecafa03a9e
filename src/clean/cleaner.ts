import type { Section } from '../core/layers.js';
import type { Span } from '../core/span.js';
import type { Repair } from './edits.js';
import { lineRemovals, splitLines, type Line } from './lines.js';
import { isSlugLine } from './slug.js';
import { isBoilerplateLine } from './boilerplate.js';
import { inlineBoilerplateRepairs } from './inline-boilerplate.js';
import { captionLines, imageCaptions } from './captions.js';
import { bylineLines, bylineRepairs } from './byline.js';
import { gluedWordRepairs } from './glued-words.js';
import { gluedCapitalRepairs } from './glued-capital.js';
import { missingSpaceRepairs } from './missing-space.js';
import { whitespaceRepairs } from './whitespace.js';
import { htmlEntityRepairs } from './html-entities.js';
import { headlineTagRepairs } from './headline-tag.js';

/** What the cleaner found in a text, over original offsets. */
export interface CleanPlan {
  /** Repairs in priority tiers: a repair that overlaps one of an earlier tier is dropped. */
  readonly tiers: Repair[][];
  /** Caption lines (photo captions and credits): kept in the text, marked as `caption` sections. */
  readonly captions: Span[];
}

/** A headline's label before a colon: "Pune" of "Pune: Five dead as fire guts building". */
const HEADLINE_LABEL = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}): /u;

/**
 * Every repair the cleaner makes on a text. Whole lines go first (slugs, boilerplate, bylines, image
 * names alone, a caption that only repeats the one beside it), then image names inside lines,
 * and share buttons or sign-up forms glued inside lines, then HTML character references left in
 * the text ("&#163;") and glued words, then whitespace.
 * Titles are never cleaned of captions or boilerplate; a wire service's tag before one goes ("(LEAD)").
 */
export function findRepairs(text: string, sections: readonly Section[]): CleanPlan {
  const lines = splitLines(text);
  const inTitle = (l: Line) => sections.some((s) => s.kind === 'title' && s.start <= l.start && l.end <= s.end);
  const removed = new Map<number, string>();
  lines.forEach((line, i) => {
    if (inTitle(line)) return;
    if (isSlugLine(line)) removed.set(i, 'slug');
    else if (isBoilerplateLine(line)) removed.set(i, 'boilerplate');
  });
  const title = sections.find((s) => s.kind === 'title');
  const titleLabel = title ? HEADLINE_LABEL.exec(text.slice(title.start, title.end))?.[1] : undefined;
  for (const i of bylineLines(lines, inTitle, removed, titleLabel)) if (!removed.has(i)) removed.set(i, 'byline');
  const images = imageCaptions(text, lines, removed);
  for (const [i, kind] of images.removedLines) removed.set(i, kind);
  const captions = captionLines(lines, removed, images.imageLines, inTitle);
  return {
    tiers: [
      lineRemovals(text, lines, removed),
      [...headlineTagRepairs(text, sections), ...images.repairs, ...inlineBoilerplateRepairs(text).filter((r) => !sections.some((s) => s.kind === 'title' && s.start < r.end && r.start < s.end))],
      bylineRepairs(lines, sections.filter((s) => s.kind !== 'title').map((s) => s.start)),
      [...htmlEntityRepairs(text), ...gluedCapitalRepairs(text), ...gluedWordRepairs(text), ...missingSpaceRepairs(text)],
      whitespaceRepairs(text),
    ],
    captions: [...captions].sort((a, b) => a - b).map((i) => ({ start: lines[i]!.start, end: lines[i]!.end })),
  };
}
