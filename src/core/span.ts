/** A half-open range of UTF-16 code-unit offsets into a document's text: [start, end). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A span together with the text it covers, as the record prints it. */
export interface TextSpan extends Span {
  readonly text: string;
}

export function textSpan(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function spanLength(s: Span): number {
  return s.end - s.start;
}

/** Sorts by start, then longer first, so enclosing spans come before what they enclose. */
export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}

/** Index of the first span in a start-sorted array whose end is after `offset` (binary search). */
export function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The spans of a start-sorted, non-overlapping array that overlap `range`. */
export function spansWithin<T extends Span>(spans: readonly T[], range: Span): T[] {
  const out: T[] = [];
  for (let i = firstEndingAfter(spans, range.start); i < spans.length; i++) {
    const s = spans[i]!;
    if (s.start >= range.end) break;
    out.push(s);
  }
  return out;
}
