import type { Span } from '../../core/span.js';

/** A stretch of text between quote marks. `inner` excludes the marks; `outer` includes them. */
export interface QuotedSpan {
  readonly inner: Span;
  readonly outer: Span;
  /** It runs over a paragraph break (the next paragraph reopened it). */
  readonly multiParagraph: boolean;
}

const DOUBLE_OPEN = '“';
const DOUBLE_CLOSE = '”';
const SINGLE_OPEN = '‘';
const SINGLE_CLOSE = '’';
const STRAIGHT = '"';

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** What may stand before an opening mark: nothing, a space, a bracket, a dash, a colon. */
const canOpenAfter = (c: string | undefined) => c === undefined || /[\s([{—–\-:/]/.test(c);

/**
 * Finds top-level quotations in one left-to-right pass: curly or straight double quotes, curly single
 * quotes used as the outer marks (headlines), quotes nested inside them (kept as part of the outer
 * quote), and quotes running over paragraphs: when a paragraph ends inside a quote and the next one
 * opens with a quote mark, the quote goes on; when it does not, the stray mark is dropped.
 */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let open = -1; // offset of the opening mark
  let kind: 'curly' | 'straight' | 'single' = 'curly';
  let multi = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    if (open < 0) {
      const before = i > 0 ? text[i - 1] : undefined;
      const after = text[i + 1];
      if (c === DOUBLE_OPEN && !isSpace(after)) [open, kind, multi] = [i, 'curly', false];
      else if (c === STRAIGHT && canOpenAfter(before) && !isSpace(after)) [open, kind, multi] = [i, 'straight', false];
      else if (c === SINGLE_OPEN && canOpenAfter(before) && !isSpace(after)) [open, kind, multi] = [i, 'single', false];
      continue;
    }
    if (c === '\n') {
      // The paragraph ends inside the quote: go on only if the next paragraph opens with a mark.
      let j = i;
      while (j < n && /\s/.test(text[j]!)) j++;
      const reopen = text[j];
      const reopens = kind === 'single' ? reopen === SINGLE_OPEN : reopen === DOUBLE_OPEN || reopen === STRAIGHT;
      if (reopens && text.slice(i, j).includes('\n')) {
        multi = true;
        i = j; // skip the reopening mark
        continue;
      }
      open = -1;
      continue;
    }
    const closes =
      (kind === 'curly' && c === DOUBLE_CLOSE) ||
      (kind === 'straight' && c === STRAIGHT && !isSpace(text[i - 1])) ||
      (kind === 'single' && c === SINGLE_CLOSE && !isLetter(text[i + 1]) && !isSpace(text[i - 1]));
    if (closes) {
      const inner = trimInner(text, open + 1, i);
      if (inner) out.push({ inner, outer: { start: open, end: i + 1 }, multiParagraph: multi });
      open = -1;
    }
  }
  return out;
}

/** The quoted words: without surrounding spaces and a trailing comma ("...,” he said"). */
function trimInner(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
