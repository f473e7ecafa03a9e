import type { Document } from '../../core/document.js';
import type { Stage } from '../../pipeline/stage.js';
import type { Attribution, Quote } from '../../core/record.js';
import { contains, type Span } from '../../core/span.js';
import { findReports, type Report } from './finder.js';
import { speakerOf } from './entity-link.js';

const textSpanOf = (doc: Document, s: Span) => ({ text: doc.text.slice(s.start, s.end), start: s.start, end: s.end });

/** Only quote marks, punctuation and spaces between a quote and its source or cue. */
const ADJACENT_AFTER = /^[\s,.!?:;”"’»―—–-]*$/;
const ADJACENT_BEFORE = /^[\s:,“"‘«]*$/;
/** Between a cue and its quote: marks, spaces and at most a "that" ("said that “...”"). */
const adjacentBefore = (between: string) => ADJACENT_BEFORE.test(between.replace(/\bthat\b/, ' '));

/** At most this many characters (marks, spaces, "that") between a quote and its source or cue. */
const MAX_GAP = 12;

/** The direct quote that is this report's content: the same cue, or right beside the source or cue. */
function quoteOf(doc: Document, r: Report, quotes: readonly Quote[], byCue: ReadonlyMap<number, Quote>): Quote | undefined {
  const same = byCue.get(r.cue.start);
  if (same) return same;
  if (r.contentSide === 'left') {
    const anchor = Math.min(r.source.start, r.cue.start);
    return quotes.find((q) => q.end <= anchor && anchor - q.end <= MAX_GAP && ADJACENT_AFTER.test(doc.text.slice(q.end, anchor)));
  }
  return quotes.find((q) => q.start >= r.cue.end && q.start - r.cue.end <= MAX_GAP && adjacentBefore(doc.text.slice(r.cue.end, q.start)));
}

/**
 * Attributions: every reported claim with its source, cue and content. A direct quote beside the
 * source or cue gives the content its exact extent (a quote may run over sentences). An attribution
 * is hedged when its cue hedges ("claimed") or its content holds a hedge cue.
 */
export function attributions(doc: Document): Attribution[] {
  const quotes = doc.get('quotes').filter((q) => q.kind === 'direct');
  const hedges = doc.get('hedges');
  const reports = doc.get('reports');
  const out: Attribution[] = [];
  const usedQuotes = new Set<Quote>();
  const byCue = new Map<number, Quote>();
  for (const q of quotes) if (q.cue && !byCue.has(q.cue.start)) byCue.set(q.cue.start, q);
  const push = (r: Pick<Report, 'source' | 'cue' | 'content' | 'hedging'>) => {
    const hedged = r.hedging || hedges.some((h) => contains(r.content, h));
    out.push({ source: speakerOf(doc, r.source), cue: textSpanOf(doc, r.cue), content: textSpanOf(doc, r.content), hedged });
  };
  for (const r of reports) {
    const q = quoteOf(doc, r, quotes, byCue);
    if (q) usedQuotes.add(q);
    push(q ? { ...r, content: q } : r);
  }
  // Quotes the report rules did not read (continued speakers, headline "Name: '...'").
  for (const q of quotes) {
    if (!q.speaker || !q.cue || usedQuotes.has(q)) continue;
    push({ source: q.speaker, cue: q.cue, content: q, hedging: false });
  }
  // "Kirby said: '...,' Kirby said." attributes one quote twice: keep the first.
  const seenContent = new Set<string>();
  return out
    .sort((a, b) => a.content.start - b.content.start || a.cue.start - b.cue.start)
    .filter((a) => {
      const key = `${a.content.start}:${a.content.end}`;
      if (seenContent.has(key)) return false;
      seenContent.add(key);
      return true;
    });
}

/**
 * Reports: every cue of saying or claiming with its source and content, found once for the quotes
 * stage (which keeps the verbs of saying and "according to") and the attributions stage (all).
 */
export const reportsStage: Stage = {
  name: 'reports',
  requires: ['tokens', 'sentences'],
  assigns: ['reports'],
  run: (doc) => ({ reports: findReports(doc.get('tokens'), doc.get('sentences')) }),
};

export const attributionsStage: Stage = {
  name: 'attributions',
  requires: ['tokens', 'sentences', 'entities', 'reports', 'quotes', 'hedges'],
  assigns: ['attributions'],
  run: (doc) => ({ attributions: attributions(doc) }),
};
