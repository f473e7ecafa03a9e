import type { Document } from '../../core/document.js';
import type { Stage } from '../../pipeline/stage.js';
import type { Attribution, Quote } from '../../core/record.js';
import { contains, type Span } from '../../core/span.js';
import { findReports, type Report } from './finder.js';
import { speakerOf } from './entity-link.js';

const textSpanOf = (doc: Document, s: Span) => ({ text: doc.text.slice(s.start, s.end), start: s.start, end: s.end });

/**
 * Attributions: every reported claim with its source, cue and content. A direct quote attributed by
 * the same cue gives the content its exact extent (a quote may run over sentences). An attribution is
 * hedged when its cue hedges ("claimed") or its content holds a hedge cue.
 */
export function attributions(doc: Document): Attribution[] {
  const quotes = doc.get('quotes').filter((q) => q.kind === 'direct');
  const hedges = doc.get('hedges');
  const reports = findReports(doc.get('tokens'), doc.get('sentences'));
  const byCue = new Map<number, Quote>();
  for (const q of quotes) if (q.cue && q.speaker && !byCue.has(q.cue.start)) byCue.set(q.cue.start, q);
  const out: Attribution[] = [];
  const seenCues = new Set<number>();
  const push = (r: Pick<Report, 'source' | 'cue' | 'content' | 'hedging'>) => {
    const hedged = r.hedging || hedges.some((h) => contains(r.content, h));
    out.push({ source: speakerOf(doc, r.source), cue: textSpanOf(doc, r.cue), content: textSpanOf(doc, r.content), hedged });
  };
  for (const r of reports) {
    const q = byCue.get(r.cue.start);
    seenCues.add(r.cue.start);
    push(q && r.contentSide === 'left' ? { ...r, content: q } : r);
  }
  // Quotes whose cue the report rules did not read (inverted or continued speakers).
  for (const q of quotes) {
    if (!q.speaker || !q.cue) continue;
    if (seenCues.has(q.cue.start) && byCue.get(q.cue.start) === q) continue;
    push({ source: q.speaker, cue: q.cue, content: q, hedging: false });
  }
  return out.sort((a, b) => a.content.start - b.content.start || a.cue.start - b.cue.start);
}

export const attributionsStage: Stage = {
  name: 'attributions',
  requires: ['tokens', 'sentences', 'quotes', 'hedges'],
  assigns: ['attributions'],
  run: (doc) => ({ attributions: attributions(doc) }),
};
