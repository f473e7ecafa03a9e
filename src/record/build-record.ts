import { createHash } from 'node:crypto';
import type { Document } from '../core/document.js';
import { emptyEvent, SCHEMA_VERSION, type DossierRecord } from '../core/record.js';

/** The public record of an annotated document: a projection of its layers, nothing computed here. */
export function buildRecord(doc: Document): DossierRecord {
  const meta = doc.meta;
  const source: DossierRecord['source'] = {};
  if (meta.url) source.url = meta.url;
  if (meta.title) source.title = meta.title;
  if (meta.publisher) source.publisher = meta.publisher;
  if (meta.published) source.published = meta.published;
  return {
    schemaVersion: SCHEMA_VERSION,
    id: recordId(doc.text),
    source,
    text: doc.text,
    cleaning: [...(doc.maybe('cleaning') ?? [])],
    sections: (doc.maybe('sections') ?? []).map((s) => ({ kind: s.kind, start: s.start, end: s.end })),
    sentences: (doc.maybe('sentences') ?? []).map((s) => ({ start: s.start, end: s.end })),
    entities: [...(doc.maybe('entities') ?? [])],
    quotes: [...(doc.maybe('quotes') ?? [])],
    attributions: [...(doc.maybe('attributions') ?? [])],
    hedges: [...(doc.maybe('hedges') ?? [])],
    event: doc.maybe('event') ?? emptyEvent(),
  };
}

export function recordId(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
