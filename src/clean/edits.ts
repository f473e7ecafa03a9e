import type { CleaningEdit } from '../core/record.js';
import type { Span } from '../core/span.js';
import { DossierError } from '../core/errors.js';

/**
 * One repair found by a cleaner: replace original[start, end) with `replacement`.
 * start === end with a non-empty replacement is an insertion (a space between glued words).
 */
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
 * Applies repairs to `original`. `tiers` are lists of repairs in priority order: a repair that
 * overlaps one already kept (from an earlier tier, or earlier in its own tier) is dropped, so a
 * line removed whole wins over a space repaired inside it, and offsets never get corrupted.
 * A plain list counts as one tier.
 */
export function applyRepairs(original: string, tiers: readonly Repair[] | readonly (readonly Repair[])[]): CleanResult {
  const groups = (tiers.length > 0 && Array.isArray(tiers[0]) ? tiers : [tiers]) as readonly (readonly Repair[])[];
  let kept: Repair[] = [];
  for (const group of groups) kept = mergeTier(original, kept, group);

  let text = '';
  let cursor = 0;
  const segments: Segment[] = [];
  for (const r of kept) {
    text += original.slice(cursor, r.start);
    segments.push({ cleanStart: text.length, cleanEnd: text.length + r.replacement.length, origStart: r.start, origEnd: r.end });
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

/** Two repairs clash when their spans overlap, or when both insert at the same point. */
function clash(a: Repair, b: Repair): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return b.start < a.start && a.start < b.end;
  if (b.start === b.end) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/** Order of kept repairs: by start; an insertion before a replacement that starts at the same point. */
function order(a: Repair, b: Repair): number {
  return a.start - b.start || a.end - b.end;
}

/** Adds the repairs of one tier that clash with nothing kept so far (nor with each other). */
function mergeTier(original: string, kept: readonly Repair[], tier: readonly Repair[]): Repair[] {
  const candidates: Repair[] = [];
  for (const r of tier) {
    if (r.start < 0 || r.end > original.length || r.start > r.end) {
      throw new DossierError('INTERNAL', `cleaning: repair ${r.kind} [${r.start}, ${r.end}) lies outside the text`);
    }
    if (r.start === r.end && r.replacement === '') continue;
    if (original.slice(r.start, r.end) === r.replacement) continue;
    candidates.push(r);
  }
  candidates.sort(order);
  const accepted: Repair[] = [];
  for (const r of candidates) {
    // Accepted repairs are sorted and disjoint, so only the last one can reach r.
    const last = accepted.at(-1);
    if ((last && clash(last, r)) || clashesKept(kept, r)) continue;
    accepted.push(r);
  }
  return [...kept, ...accepted].sort(order);
}

/** Kept repairs are sorted and disjoint, so their ends rise: find the first that may reach r. */
function clashesKept(kept: readonly Repair[], r: Repair): boolean {
  let lo = 0;
  let hi = kept.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (kept[mid]!.end < r.start) lo = mid + 1;
    else hi = mid;
  }
  for (let j = lo; j < kept.length && kept[j]!.start <= r.end; j++) if (clash(kept[j]!, r)) return true;
  return false;
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
  readonly cleanEnd: number;
  readonly origStart: number;
  readonly origEnd: number;
}

/**
 * Maps offsets between the cleaned text and the original input. Outside edits the two differ by a
 * constant shift. A span boundary inside a replacement widens to the whole replaced span; a span
 * that ends where a deletion or insertion lies stops before it, and one that starts there starts
 * after it, so a span of unchanged text maps to exactly the same characters.
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

  /** The original offset of a cleaned offset; `side` says whether it starts or ends a span. */
  toOriginal(offset: number, side: 'start' | 'end'): number {
    return project(this.segments, offset, side, 'cleanStart', 'cleanEnd', 'origStart', 'origEnd');
  }

  /** The cleaned offset of an original offset. */
  toCleaned(offset: number, side: 'start' | 'end'): number {
    return project(this.segments, offset, side, 'origStart', 'origEnd', 'cleanStart', 'cleanEnd');
  }

  spanToOriginal(span: Span): Span {
    const start = this.toOriginal(span.start, 'start');
    return { start, end: Math.max(start, this.toOriginal(span.end, 'end')) };
  }

  spanToCleaned(span: Span): Span {
    const start = this.toCleaned(span.start, 'start');
    return { start, end: Math.max(start, this.toCleaned(span.end, 'end')) };
  }
}

type Edge = 'cleanStart' | 'cleanEnd' | 'origStart' | 'origEnd';

/**
 * Projects an offset from one side (from*) to the other (to*). A span's start looks at the
 * character at `offset`; its end at the character before it. Segments are sorted on both sides.
 */
function project(segs: readonly Segment[], offset: number, side: 'start' | 'end', fromStart: Edge, fromEnd: Edge, toStart: Edge, toEnd: Edge): number {
  // n = how many segments lie wholly before the character in question.
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const end = segs[mid]![fromEnd];
    if (side === 'start' ? end <= offset : end < offset) lo = mid + 1;
    else hi = mid;
  }
  const next = segs[lo];
  if (next) {
    const inside = side === 'start' ? next[fromStart] <= offset && offset < next[fromEnd] : next[fromStart] < offset && offset <= next[fromEnd];
    if (inside) return side === 'start' ? next[toStart] : next[toEnd];
  }
  const before = segs[lo - 1];
  return before ? offset + before[toEnd] - before[fromEnd] : offset;
}
