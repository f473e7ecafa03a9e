import type { CleaningEdit } from '../core/record.js';
import type { Span } from '../core/span.js';
import { DossierError } from '../core/errors.js';

/** One repair found by a cleaner: replace original[start, end) with `replacement`. */
export interface Repair {
  readonly kind: string;
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
}

/** The cleaned text with its edit log and the map between cleaned and original offsets. */
export interface CleanResult {
  readonly text: string;
  readonly edits: CleaningEdit[];
  readonly map: OffsetMap;
}

/**
 * Applies non-overlapping repairs (sorted here) to `original`. Overlapping repairs are a cleaner bug:
 * the later one is dropped rather than corrupting offsets.
 */
export function applyRepairs(original: string, repairs: readonly Repair[]): CleanResult {
  const sorted = [...repairs].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: Repair[] = [];
  let lastEnd = -1;
  for (const r of sorted) {
    if (r.start < 0 || r.end > original.length || r.start > r.end) {
      throw new DossierError('INTERNAL', `cleaning: repair ${r.kind} [${r.start}, ${r.end}) lies outside the text`);
    }
    if (r.start < lastEnd || (r.start === lastEnd && r.start === r.end && kept.at(-1)?.start === r.start)) continue;
    if (r.start === r.end && r.replacement === '') continue;
    if (original.slice(r.start, r.end) === r.replacement) continue;
    kept.push(r);
    lastEnd = r.end;
  }
  let text = '';
  let cursor = 0;
  const segments: Segment[] = [];
  for (const r of kept) {
    text += original.slice(cursor, r.start);
    segments.push({ cleanStart: text.length, origStart: r.start, origEnd: r.end, cleanLength: r.replacement.length });
    text += r.replacement;
    cursor = r.end;
  }
  text += original.slice(cursor);
  const edits: CleaningEdit[] = kept.map((r) => ({
    kind: r.kind,
    original: { start: r.start, end: r.end, text: original.slice(r.start, r.end) },
    replacement: r.replacement,
  }));
  return { text, edits, map: new OffsetMap(segments, original.length, text.length) };
}

/** Replays an edit log on the original text: must give the cleaned text exactly. */
export function replayEdits(original: string, edits: readonly CleaningEdit[]): string {
  let out = '';
  let cursor = 0;
  for (const e of edits) {
    out += original.slice(cursor, e.original.start) + e.replacement;
    cursor = e.original.end;
  }
  return out + original.slice(cursor);
}

interface Segment {
  readonly cleanStart: number;
  readonly cleanLength: number;
  readonly origStart: number;
  readonly origEnd: number;
}

/**
 * Maps offsets between the cleaned text and the original input. Outside edits the two differ by a
 * constant shift; a span that touches an edit maps to the whole replaced original span.
 */
export class OffsetMap {
  constructor(
    private readonly segments: readonly Segment[],
    readonly originalLength: number,
    readonly cleanedLength: number,
  ) {}

  static identity(length: number): OffsetMap {
    return new OffsetMap([], length, length);
  }

  /** The original offset of a cleaned offset; `side` picks the edge when it falls inside a replacement. */
  toOriginal(offset: number, side: 'start' | 'end'): number {
    let shift = 0;
    for (const s of this.segments) {
      if (offset < s.cleanStart) break;
      const cleanEnd = s.cleanStart + s.cleanLength;
      if (offset < cleanEnd || (offset === cleanEnd && side === 'end' && s.cleanLength > 0 && offset > s.cleanStart)) {
        if (offset === s.cleanStart && side === 'start') return s.origStart;
        return side === 'start' ? s.origStart : s.origEnd;
      }
      shift = s.origEnd - cleanEnd;
    }
    return offset + shift;
  }

  /** The cleaned offset of an original offset; a point inside a replaced span goes to its edge. */
  toCleaned(offset: number, side: 'start' | 'end'): number {
    let shift = 0;
    for (const s of this.segments) {
      if (offset < s.origStart) break;
      if (offset < s.origEnd) return side === 'start' ? s.cleanStart : s.cleanStart + s.cleanLength;
      shift = s.cleanStart + s.cleanLength - s.origEnd;
    }
    return offset + shift;
  }

  spanToOriginal(span: Span): Span {
    return { start: this.toOriginal(span.start, 'start'), end: this.toOriginal(span.end, 'end') };
  }

  spanToCleaned(span: Span): Span {
    return { start: this.toCleaned(span.start, 'start'), end: this.toCleaned(span.end, 'end') };
  }
}
