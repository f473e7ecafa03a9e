import type { Span } from '../../core/span.js';

/**
 * Spans of quoted speech (“...” or "..."), so that pronouns inside a quote, which speak from the
 * speaker's side ("Our thoughts are with him"), are not read as the narrator's.
 * An opening mark without its closing one ends at the paragraph's end.
 */
export function quotedSpans(text: string): Span[] {
  const out: Span[] = [];
  let open = -1;
  let straightOpen = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) open = i;
    else if (c === 0x201d && open >= 0) {
      out.push({ start: open, end: i + 1 });
      open = -1;
    } else if (c === 0x22) {
      if (straightOpen < 0) straightOpen = i;
      else {
        out.push({ start: straightOpen, end: i + 1 });
        straightOpen = -1;
      }
    } else if (c === 0x0a && text.charCodeAt(i + 1) === 0x0a) {
      if (open >= 0) out.push({ start: open, end: i });
      if (straightOpen >= 0) out.push({ start: straightOpen, end: i });
      open = -1;
      straightOpen = -1;
    }
  }
  if (open >= 0) out.push({ start: open, end: text.length });
  if (straightOpen >= 0) out.push({ start: straightOpen, end: text.length });
  return out.sort((a, b) => a.start - b.start);
}

export function insideAny(spans: readonly Span[], pos: number): boolean {
  // Few quotes per article: a linear scan is cheaper than anything cleverer.
  for (const s of spans) {
    if (s.start > pos) return false;
    if (pos < s.end) return true;
  }
  return false;
}
