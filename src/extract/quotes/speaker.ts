import type { Token } from '../../core/layers.js';
import type { Span } from '../../core/span.js';
import { cueInfo } from '../attribution/cues.js';
import { clauseSubject } from '../attribution/finder.js';
import { isAuxiliary, lower, nounPhraseAfter, subjectBefore, type TokenRange } from '../attribution/noun-phrase.js';

export interface SpeakerFound {
  readonly speaker: Span;
  readonly cue?: Span;
  /** The cue touches the quote (only punctuation between): "shouted 'Stop'", "'Stop,' he said". */
  readonly adjacent?: boolean;
}

const TERMINATORS = new Set(['.', '!', '?', '…']);
const QUOTE_MARKS = /^["“”‘’«»]$/;
const MAX_AFTER = 10;
const MAX_BEFORE_GAP = 5;

const spanOf = (tokens: readonly Token[], r: TokenRange): Span => ({ start: tokens[r.first]!.start, end: tokens[r.last - 1]!.end });

/** A line break between two tokens: a new paragraph, which a speaker attribution never crosses. */
function breakBetween(text: string, a: Token, b: Token): boolean {
  return text.slice(a.end, b.start).includes('\n');
}

/**
 * The speaker of the quote whose marks are tokens `open` and `close`:
 * after it ("...," Kirby said / said Kirby), before it (Kirby said: "..." / The gunman said in
 * Turkish "..." / a man wearing a suit shouted "...") or a headline's "Name: '...'".
 */
export function findSpeaker(text: string, tokens: readonly Token[], open: number, close: number): SpeakerFound | null {
  const lead = before(text, tokens, open);
  // "Kirby said: '...'" is the strongest sign; then "'...,' Kirby said"; then a cue further before.
  if (lead && lead.cue && tokens[open - 1]!.text === ':') return lead;
  return after(text, tokens, close) ?? lead;
}

function after(text: string, tokens: readonly Token[], close: number): SpeakerFound | null {
  let hi = close + 1;
  while (hi < tokens.length && hi - close <= MAX_AFTER) {
    const t = tokens[hi]!;
    if (breakBetween(text, tokens[hi - 1]!, t) || TERMINATORS.has(t.text) || QUOTE_MARKS.test(t.text)) break;
    hi++;
  }
  const lo = close + 1 < tokens.length && tokens[close + 1]!.text === ',' ? close + 2 : close + 1;
  // "“...” ― Sonya Herrid": signed with a dash and a name.
  if (lo < hi && /^(―|—|–|--)$/.test(tokens[lo]!.text) && lo + 1 < hi && /^\p{Lu}/u.test(tokens[lo + 1]!.text)) {
    const name = nounPhraseAfter(tokens, lo + 1, hi);
    if (name && name.last === hi) return { speaker: spanOf(tokens, name), cue: { start: tokens[lo]!.start, end: tokens[lo]!.end }, adjacent: true };
  }
  for (let c = lo; c < hi; c++) {
    const info = cueInfo(tokens[c]!.text);
    if (!info?.speech) continue;
    const cue = { start: tokens[c]!.start, end: tokens[c]!.end };
    if (c > lo) {
      const subject = subjectBefore(tokens, c, lo);
      if (subject && subject.first === lo) return { speaker: spanOf(tokens, subject), cue, adjacent: true };
      // Something else stands between the quote and the cue: not this quote's attribution.
      if (!tokens.slice(lo, c).every(isAuxiliary)) return null;
    }
    const inverted = nounPhraseAfter(tokens, c + 1, hi);
    return inverted ? { speaker: spanOf(tokens, inverted), cue, adjacent: true } : null;
  }
  return null;
}

function before(text: string, tokens: readonly Token[], open: number): SpeakerFound | null {
  // The sentence before the quote mark: back to a terminator, a paragraph break or another quote.
  let lo = open;
  while (lo > 0) {
    const prev = tokens[lo - 1]!;
    if (TERMINATORS.has(prev.text) || QUOTE_MARKS.test(prev.text) || breakBetween(text, prev, tokens[lo]!)) break;
    lo--;
  }
  if (lo === open) return null;
  for (let c = open - 1; c >= lo && open - 1 - c <= MAX_BEFORE_GAP; c--) {
    const t = tokens[c]!;
    const info = cueInfo(t.text);
    if (info?.speech) {
      // "..., claiming it was in 'revenge'": a participle after a comma shares the clause's subject.
      const participle = /ing$/.test(t.text) && c - 1 > lo && tokens[c - 1]!.text === ',';
      const subject = participle ? clauseSubject(tokens, lo, c - 1) : subjectBefore(tokens, c, lo);
      const adjacent = tokens.slice(c + 1, open).every((x) => /^[:,]$/.test(x.text));
      if (subject) return { speaker: spanOf(tokens, subject), cue: { start: t.start, end: t.end }, adjacent };
      return null;
    }
  }
  // A headline's "Trump: '...'": a name before a colon that opens the line.
  if (tokens[open - 1]!.text === ':') {
    const subject = subjectBefore(tokens, open - 1, lo);
    if (subject && subject.first === lo && !lower(tokens[lo]!).match(/^(but|and|so)$/)) return { speaker: spanOf(tokens, subject) };
  }
  return null;
}
