import type { DossierRecord } from './api.js';
import { h } from './dom.js';

/** One highlighted range of the text and what it is. */
export interface Mark {
  readonly start: number;
  readonly end: number;
  /** CSS classes the words get, e.g. "ent ent-PERSON", "quote", "claim", "hedge". */
  readonly classes: readonly string[];
  /** What a reader hovering the words is told. */
  readonly label?: string;
  readonly entityType?: string;
}

/** The layers a reader can switch on and off. */
export const LAYERS = [
  { key: 'entities', label: 'Entities (by type)' },
  { key: 'quotes', label: 'Quotes and speakers' },
  { key: 'claims', label: 'Claims and their sources' },
  { key: 'hedges', label: 'Hedged phrases' },
] as const;

/** Every mark the record's layers give, plus the evidence spans of the event (lit on demand). */
export function recordMarks(r: DossierRecord): Mark[] {
  const marks: Mark[] = [];
  const byId = new Map(r.entities.map((e) => [e.id, e]));
  for (const e of r.entities) {
    for (const m of e.mentions) marks.push({ start: m.start, end: m.end, classes: ['ent', `ent-${e.type}`], label: `${e.type}: ${e.name}`, entityType: e.type });
  }
  for (const q of r.quotes) {
    const who = q.speaker ? (q.speaker.entityId ? byId.get(q.speaker.entityId)?.name : undefined) ?? q.speaker.text : 'unknown speaker';
    marks.push({ start: q.start, end: q.end, classes: ['quote'], label: `${q.kind} quote by ${who}` });
    if (q.speaker) marks.push({ start: q.speaker.start, end: q.speaker.end, classes: ['speaker'], label: 'speaker' });
  }
  for (const a of r.attributions) {
    marks.push({ start: a.content.start, end: a.content.end, classes: ['claim'], label: `claim, source: ${a.source.text}${a.hedged ? ' (hedged)' : ''}` });
    marks.push({ start: a.source.start, end: a.source.end, classes: ['claim-source'], label: 'source of a claim' });
  }
  for (const hd of r.hedges) marks.push({ start: hd.start, end: hd.end, classes: ['hedge'], label: `hedge: ${hd.cue}` });
  return marks.filter((m) => m.end > m.start && m.start >= 0 && m.end <= r.text.length);
}

export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly el: HTMLSpanElement;
}

/**
 * The text cut at every mark boundary (and at every extra boundary, e.g. event evidence), each
 * piece a text node inside a span carrying the classes of the marks that cover it.
 * Overlaps nest naturally: a hedge inside a claim gets both classes.
 */
export function renderMarkedText(text: string, marks: readonly Mark[], extraBoundaries: readonly number[] = []): { root: HTMLElement; segments: Segment[] } {
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) cuts.add(m.start).add(m.end);
  for (const b of extraBoundaries) if (b >= 0 && b <= text.length) cuts.add(b);
  const points = [...cuts].sort((a, b) => a - b);
  const starts = [...marks].sort((a, b) => a.start - b.start);
  // Focusable, so keyboard users can scroll a long article.
  const root = h('div', { class: 'article-text', id: 'article-text-view', tabindex: 0, role: 'region', 'aria-label': 'Article text, annotated' });
  const segments: Segment[] = [];
  let active: Mark[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    active = active.filter((m) => m.end > a);
    while (next < starts.length && starts[next]!.start <= a) {
      if (starts[next]!.end > a) active.push(starts[next]!);
      next++;
    }
    const el = h('span', { 'data-start': a, 'data-end': b }, text.slice(a, b));
    if (active.length) {
      const classes = new Set(active.flatMap((m) => m.classes));
      el.className = [...classes].join(' ');
      const labels = active.map((m) => m.label).filter(Boolean);
      if (labels.length) el.title = labels.join('; ');
      const type = active.find((m) => m.entityType)?.entityType;
      if (type) el.dataset.entityType = type;
    }
    root.appendChild(el);
    segments.push({ start: a, end: b, el });
  }
  return { root, segments };
}

/** Lights the words of the given ranges (and unlights the rest), scrolling the first into view. */
export function light(segments: readonly Segment[], ranges: readonly { start: number; end: number }[], cls = 'lit'): void {
  let first: HTMLElement | undefined;
  for (const s of segments) {
    const on = ranges.some((r) => s.start >= r.start && s.end <= r.end);
    s.el.classList.toggle(cls, on);
    if (on && !first) first = s.el;
  }
  if (first && cls === 'selected') first.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}
