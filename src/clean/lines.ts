/** A line of the text: [start, end) without its line break. */
export interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The lines of a text, with offsets; `\r` is left to the whitespace repair. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, end, text: text.slice(start, end) });
    if (nl < 0) return lines;
    start = nl + 1;
  }
}

/** Whitespace, zero-width characters included (String.trim keeps those). */
export function isSpaceChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\s\u200b\u200c\u200d\u2060]/.test(ch);
}

/** Blank: only whitespace, zero-width characters included. */
export function isBlank(line: Line): boolean {
  return /^[\s\u200b\u200c\u200d\u2060]*$/.test(line.text);
}

/** Runs of whitespace as one space, trimmed: the form line patterns are matched against. */
export function squeeze(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Lower-case words of a string (letters and digits), for comparing lines. */
export function words(s: string): string[] {
  // Split on spaces and punctuation rather than match \p{L}: several times faster, same words for prose.
  return s.toLowerCase().split(WORD_BREAK).filter((w) => w !== '');
}

const WORD_BREAK = /[\s!-/:-@[-`{-~\u00a0-\u00bf\u2000-\u206f\u3000-\u303f]+/;

/** Does the line end as a sentence does (a stop, maybe inside closing quotes or brackets)? */
export function endsSentence(s: string): boolean {
  return /[.!?…]["'”’»)\]]*$/.test(s.trimEnd().slice(-8));
}

/**
 * Repairs that remove whole lines (`kinds`: line index -> kind), each with the line breaks that
 * would be left doubled: the gap after it when text follows the run it belongs to, else the gap
 * before it. Each removed line is one edit; the edits of neighbouring lines touch but never overlap.
 */
export function lineRemovals(text: string, lines: readonly Line[], kinds: ReadonlyMap<number, string>): { kind: string; start: number; end: number; replacement: string }[] {
  const out: { kind: string; start: number; end: number; replacement: string }[] = [];
  const indices = [...kinds.keys()].sort((a, b) => a - b);
  for (const i of indices) {
    const line = lines[i]!;
    let next = i + 1;
    while (next < lines.length && isBlank(lines[next]!)) next++;
    // Is there kept text after this line's run of removed lines?
    let after = next;
    while (after < lines.length && (kinds.has(after) || isBlank(lines[after]!))) after++;
    let prev = i - 1;
    while (prev >= 0 && isBlank(lines[prev]!)) prev--;
    if (after < lines.length) {
      // At the very top, the blank lines before it go too.
      const start = prev < 0 ? 0 : line.start;
      out.push({ kind: kinds.get(i)!, start, end: next < lines.length ? lines[next]!.start : text.length, replacement: '' });
    } else {
      const start = prev >= 0 ? lines[prev]!.end : 0;
      const end = next < lines.length ? line.end : text.length;
      out.push({ kind: kinds.get(i)!, start, end, replacement: '' });
    }
  }
  return out;
}
