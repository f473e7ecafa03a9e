import type { Document } from '../../core/document.js';
import type { Token } from '../../core/layers.js';
import type { Quote } from '../../core/record.js';
import { firstEndingAfter, type Span } from '../../core/span.js';
import { lexicon } from '../../core/resources.js';
import type { Report } from '../attribution/finder.js';
import { speakerOf } from '../attribution/entity-link.js';
import { findQuotedSpans, wordCount, type QuotedSpan } from './quote-marks.js';
import { findSpeaker, type SpeakerFound } from './speaker.js';

/** Quotes of one or two words are scare quotes unless a verb of saying introduces them. */
const SCARE_MAX_WORDS = 2;

interface Located {
  readonly q: QuotedSpan;
  readonly open: number;
  readonly close: number;
  readonly found: SpeakerFound | null;
}

/** Token index of the token that starts at `offset` (quote marks are one-character tokens). */
function tokenAt(tokens: readonly Token[], offset: number): number {
  const i = firstEndingAfter(tokens, offset);
  return i < tokens.length && tokens[i]!.start === offset ? i : -1;
}

/** The two words before the opening mark name a work or a label ("the film", "dubbed"). */
function introducesTitle(tokens: readonly Token[], open: number): boolean {
  const cues = lexicon('title-cues');
  const w1 = open > 0 ? tokens[open - 1]!.text.toLowerCase() : '';
  const w2 = open > 1 ? tokens[open - 2]!.text.toLowerCase() : '';
  return cues.has(w1) || cues.has(`${w2} ${w1}`) || (w1 === ',' && cues.has(w2));
}

/** Direct quotes: every quotation of speech with its speaker; scare quotes and titles left out. */
export function directQuotes(doc: Document): Quote[] {
  const tokens = doc.get('tokens');
  const located: Located[] = [];
  for (const q of findQuotedSpans(doc.text)) {
    const open = tokenAt(tokens, q.outer.start);
    const close = tokenAt(tokens, q.outer.end - 1);
    if (open < 0 || close < 0) continue;
    if (introducesTitle(tokens, open)) continue;
    const found = findSpeaker(doc.text, tokens, open, close);
    const words = wordCount(doc.text.slice(q.inner.start, q.inner.end));
    if (words <= SCARE_MAX_WORDS && !found?.adjacent) continue;
    located.push({ q, open, close, found });
  }
  const quotes: Quote[] = [];
  for (let k = 0; k < located.length; k++) {
    const { q, found } = located[k]!;
    let speaker = found;
    if (!speaker && k > 0) speaker = continuation(doc.text, located[k - 1]!, located[k]!);
    if (speaker) located[k] = { ...located[k]!, found: speaker };
    const cue = speaker?.cue;
    const quote: Quote = {
      text: doc.text.slice(q.inner.start, q.inner.end),
      start: q.inner.start,
      end: q.inner.end,
      kind: 'direct',
      speaker: speaker ? speakerOf(doc, speaker.speaker) : null,
    };
    if (cue) quote.cue = { ...cue, text: doc.text.slice(cue.start, cue.end) };
    quotes.push(quote);
  }
  return quotes;
}

/**
 * A quote with no attribution of its own continues the speaker (and cue) of the quote before it when
 * that one is in the same paragraph, or ends the paragraph just before, whose short tail ("..., he
 * said.") is all that stands before this quote opens the next paragraph.
 */
function continuation(text: string, prev: Located, cur: Located): SpeakerFound | null {
  if (!prev.found) return null;
  const between = text.slice(prev.q.outer.end, cur.q.outer.start);
  if (!between.includes('\n')) return prev.found;
  const lines = between.split('\n');
  const tail = lines[0]!;
  const rest = lines.slice(1);
  if (tail.length <= 80 && rest.length <= 2 && rest.every((l) => !l.trim())) return prev.found;
  return null;
}

/** Indirect quotes: reports with a verb of saying, or "according to", whose content is not a direct quote. */
export function indirectQuotes(doc: Document, reports: readonly Report[], direct: readonly Quote[]): Quote[] {
  const out: Quote[] = [];
  const directCues = new Set(direct.flatMap((q) => (q.cue ? [q.cue.start] : [])));
  for (const r of reports) {
    if (!r.speech && r.lemma !== 'according to') continue;
    if (directCues.has(r.cue.start)) continue;
    if (direct.some((d) => d.start <= r.content.end && r.content.start <= d.end && coverage(d, r.content) > 0.5)) continue;
    out.push({
      text: doc.text.slice(r.content.start, r.content.end),
      start: r.content.start,
      end: r.content.end,
      kind: 'indirect',
      speaker: speakerOf(doc, r.source),
      cue: { ...r.cue, text: doc.text.slice(r.cue.start, r.cue.end) },
    });
  }
  return out;
}

function coverage(quote: Span, content: Span): number {
  const inter = Math.min(quote.end, content.end) - Math.max(quote.start, content.start);
  return inter / Math.max(1, content.end - content.start);
}
