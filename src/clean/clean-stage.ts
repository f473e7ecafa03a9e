import type { RewriteStage } from '../pipeline/stage.js';
import type { Section } from '../core/layers.js';
import { applyRepairs, OffsetMap, type CleanResult } from './edits.js';
import { findRepairs } from './cleaner.js';

/** Cleans scraped text and carries the sections over to the cleaned offsets. */
export const cleanStage: RewriteStage = {
  name: 'clean',
  rewrites: true,
  requires: ['sections'],
  assigns: ['cleaning', 'sections'],
  rewrite(doc, ctx) {
    const sections = doc.get('sections');
    const result: CleanResult = ctx.clean
      ? applyRepairs(doc.text, findRepairs(doc.text, sections))
      : { text: doc.text, edits: [], map: OffsetMap.identity(doc.text.length) };
    const mapped: Section[] = sections
      .map((s) => ({ kind: s.kind, ...result.map.spanToCleaned(s) }))
      .map((s) => trimSection(result.text, s))
      .filter((s) => s.end > s.start);
    return { text: result.text, layers: { cleaning: result.edits, sections: mapped } };
  },
};

function trimSection(text: string, s: Section): Section {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { kind: s.kind, start, end };
}
