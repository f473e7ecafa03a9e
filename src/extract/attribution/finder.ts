import type { Sentence, Token } from '../../core/layers.js';
import type { Span } from '../../core/span.js';
import { cueInfo, type CueInfo } from './cues.js';
import { isAuxiliary, lower, nounPhraseAfter, subjectBefore, type TokenRange } from './noun-phrase.js';

/** One reported claim found by the rules: who (source), the cue, and what (content), as spans. */
export interface Report {
  readonly source: Span;
  readonly cue: Span;
  readonly content: Span;
  /** The cue word's lemma ("say", "according to"). */
  readonly lemma: string;
  readonly speech: boolean;
  readonly hedging: boolean;
  /** Where the content lies relative to the cue: before it ("..., X said") or after ("X said ..."). */
  readonly contentSide: 'left' | 'right';
}

/** Verbs whose first object is the hearer, not the content: "told reporters that ...". */
const HEARER_VERBS = new Set(['tell', 'inform', 'assure', 'warn', 'remind', 'urge', 'ask', 'caution', 'promise', 'email', 'text']);
const OPEN_QUOTES = new Set(['"', '“', '‘', "'", '«']);
const CLOSE_QUOTES = new Set(['"', '”', '’', "'", '»']);
const DETERMINER_BEFORE_NOUN = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'such', 'no', 'any', 'every', 'each', 'new', 'whose', 'of', 'to']);
const ACCORDING_LEMMA = 'according to';

/** All reports in the text, sentence by sentence, in text order. Linear in the number of tokens. */
export function findReports(tokens: readonly Token[], sentences: readonly Sentence[]): Report[] {
  const out: Report[] = [];
  for (const s of sentences) findInSentence(tokens, s.tokenStart, s.tokenEnd, out);
  return out;
}

function findInSentence(tokens: readonly Token[], lo: number, hi: number, out: Report[]): void {
  for (let i = lo; i < hi; i++) {
    const t = tokens[i]!;
    const w = lower(t);
    if (w === 'according' && i + 1 < hi && lower(tokens[i + 1]!) === 'to') {
      const r = according(tokens, i, lo, hi);
      if (r) out.push(r);
      i++;
      continue;
    }
    const info = cueInfo(t.text);
    if (!info || !looksLikeVerb(tokens, i, lo, hi)) continue;
    const r = verbReport(tokens, i, lo, hi, info);
    if (r) out.push(r);
  }
}

/** A cue form used as a verb: tagged so, or (untagged) not after a determiner and not before another cue. */
function looksLikeVerb(tokens: readonly Token[], i: number, lo: number, hi: number): boolean {
  const t = tokens[i]!;
  if (t.pos) return t.pos.startsWith('VB');
  if (/^\p{Lu}/u.test(t.text) && i > lo) return false;
  const prev = i > lo ? lower(tokens[i - 1]!) : '';
  if (DETERMINER_BEFORE_NOUN.has(prev)) return false;
  // "Media reports said ...": the noun "reports" is part of the source of "said".
  let j = i + 1;
  while (j < hi && isAuxiliary(tokens[j]!)) j++;
  if (j < hi && j === i + 1 && cueInfo(tokens[j]!.text)) return false;
  return true;
}

function span(tokens: readonly Token[], r: TokenRange): Span {
  return { start: tokens[r.first]!.start, end: tokens[r.last - 1]!.end };
}

/** Trims punctuation and quote marks at the edges of a token range; null when nothing is left. */
function contentRange(tokens: readonly Token[], first: number, last: number): Span | null {
  while (first < last && /^[,;:—–\-.]$|^["“”‘’'«»]$/.test(tokens[first]!.text) && !OPEN_QUOTES.has(tokens[first]!.text)) first++;
  while (first < last && /^[,;:—–\-.!?]$/.test(tokens[last - 1]!.text)) last--;
  // Keep a quote's own marks out when the whole content is the quote.
  if (first < last && OPEN_QUOTES.has(tokens[first]!.text) && CLOSE_QUOTES.has(tokens[last - 1]!.text)) {
    first++;
    last--;
    while (first < last && /^[,;:.]$/.test(tokens[last - 1]!.text)) last--;
  }
  if (first >= last) return null;
  if (!tokens.slice(first, last).some((t) => /[\p{L}\p{N}]/u.test(t.text))) return null;
  return { start: tokens[first]!.start, end: tokens[last - 1]!.end };
}

function verbReport(tokens: readonly Token[], c: number, lo: number, hi: number, info: CueInfo): Report | null {
  const cue = { start: tokens[c]!.start, end: tokens[c]!.end };
  const base = { cue, lemma: info.lemma, speech: info.speech, hedging: info.hedging };
  const subject = subjectBefore(tokens, c, lo);
  if (subject) {
    const beforeSubject = subject.first - 1;
    const introducedByComma = beforeSubject >= lo && /^[,”"’]$/.test(tokens[beforeSubject]!.text);
    const right = rightContent(tokens, c, hi, info);
    const left = introducedByComma ? contentRange(tokens, lo, subject.first) : null;
    const content = left ?? right;
    if (!content) return null;
    return { ...base, source: span(tokens, subject), content, contentSide: content === left ? 'left' : 'right' };
  }
  // Inverted: "..., said Kirby." / "“...,” said a spokesman for the ministry."
  const prev = c - 1 >= lo ? tokens[c - 1]!.text : '';
  if (/^[,”"’]$/.test(prev)) {
    const after = nounPhraseAfter(tokens, c + 1, hi);
    if (!after) return null;
    const content = contentRange(tokens, lo, c);
    if (!content) return null;
    return { ...base, source: span(tokens, after), content, contentSide: 'left' };
  }
  return null;
}

/** What follows the cue: skip the hearer ("told reporters"), "that", a colon; up to the sentence end. */
function rightContent(tokens: readonly Token[], c: number, hi: number, info: CueInfo): Span | null {
  let k = c + 1;
  if (HEARER_VERBS.has(info.lemma)) {
    const hearer = nounPhraseAfter(tokens, k, hi);
    const w = k < hi ? lower(tokens[k]!) : '';
    if (['him', 'her', 'them', 'us', 'me', 'you', 'reporters'].includes(w)) k++;
    else if (hearer) k = hearer.last;
  }
  if (k < hi && lower(tokens[k]!) === 'that') k++;
  return contentRange(tokens, k, hi);
}

function according(tokens: readonly Token[], i: number, lo: number, hi: number): Report | null {
  const source = nounPhraseAfter(tokens, i + 2, hi);
  if (!source) return null;
  const cue = { start: tokens[i]!.start, end: tokens[i + 1]!.end };
  const base = { cue, lemma: ACCORDING_LEMMA, speech: false, hedging: false };
  const left = contentRange(tokens, lo, i);
  if (left) return { ...base, source: span(tokens, source), content: left, contentSide: 'left' };
  const right = contentRange(tokens, source.last, hi);
  if (!right) return null;
  return { ...base, source: span(tokens, source), content: right, contentSide: 'right' };
}
