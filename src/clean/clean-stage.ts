import type { RewriteStage } from '../pipeline/stage.js';
import type { Section } from '../core/layers.js';
import { applyRepairs, OffsetMap, type CleanResult } from './edits.js';
import { findRepairs } from './cleaner.js';

/** The cleaned text, its edit log and its sections (captions marked) over the cleaned text. */
export interface CleanedText extends CleanResult {
  readonly sections: Section[];
}

/**
 * Cleans a text (or, with `repair` false, only finds its captions) and carries the sections
 * over to the cleaned offsets, with caption lines cut out of the body as `caption` sections.
 */
export function cleanText(text: string, sections: readonly Section[], repair: boolean): CleanedText {
  const plan = findRepairs(text, sections);
  const result: CleanResult = repair ? applyRepairs(text, plan.tiers) : { text, edits: [], map: OffsetMap.identity(text.length) };
  const mapped = sections.map((s) => trimSection(result.text, { kind: s.kind, ...result.map.spanToCleaned(s) }));
  const captions = plan.captions.map((c) => trimSection(result.text, { kind: 'caption', ...result.map.spanToCleaned(c) }));
  return { ...result, sections: carveCaptions(result.text, mapped, captions) };
}

/** Cleans scraped text and carries the sections over to the cleaned offsets. */
export const cleanStage: RewriteStage = {
  name: 'clean',
  rewrites: true,
  requires: ['sections'],
  assigns: ['cleaning', 'sections'],
  rewrite(doc, ctx) {
    const cleaned = cleanText(doc.text, doc.get('sections'), ctx.clean);
    return { text: cleaned.text, layers: { cleaning: cleaned.edits, sections: cleaned.sections } };
  },
};

/** Cuts caption spans out of the sections that hold them; sections stay sorted and disjoint. */
function carveCaptions(text: string, sections: readonly Section[], captions: readonly Section[]): Section[] {
  const real = captions.filter((c) => c.end > c.start);
  const out: Section[] = [];
  for (const s of sections) {
    if (s.end <= s.start) continue;
    if (s.kind === 'title') {
      out.push(s);
      continue;
    }
    let cursor = s.start;
    for (const c of real) {
      if (c.end <= s.start || c.start >= s.end) continue;
      const piece = trimSection(text, { kind: s.kind, start: cursor, end: Math.max(cursor, c.start) });
      if (piece.end > piece.start) out.push(piece);
      out.push({ kind: 'caption', start: Math.max(c.start, s.start), end: Math.min(c.end, s.end) });
      cursor = Math.min(c.end, s.end);
    }
    const rest = trimSection(text, { kind: s.kind, start: cursor, end: s.end });
    if (rest.end > rest.start) out.push(rest);
  }
  return out.filter((s) => s.end > s.start);
}

function trimSection(text: string, s: Section): Section {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { kind: s.kind, start, end };
}
