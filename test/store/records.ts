import { createHash } from 'node:crypto';
import { emptyEvent, SCHEMA_VERSION, type DossierRecord, type Entity } from '../../src/core/record.js';
import type { StoredEvent } from '../../src/store/repository.js';

/** Hand-made records for the store tests: the store only needs their shape, not real NLP. */
export interface RecordSpec {
  title: string;
  body: string;
  published?: string;
  url?: string;
  publisher?: string;
  type?: string;
  summary?: string;
  /** [name, type, mention texts, geo?] */
  entities?: Array<[string, Entity['type'], string[], Entity['geo']?]>;
  where?: string[];
  killed?: number;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function makeRecord(spec: RecordSpec): DossierRecord {
  const text = `${spec.title}\n\n${spec.body}`;
  const entities: Entity[] = (spec.entities ?? []).map(([name, type, mentions, geo], i) => ({
    id: `e${i}`,
    type,
    name,
    mentions: mentions.map((m) => {
      const start = Math.max(0, text.indexOf(m));
      return { start, end: start + m.length, text: m };
    }),
    ...(geo ? { geo } : {}),
  }));
  const event = emptyEvent();
  event.type = spec.type ?? 'unknown';
  event.summary = spec.summary ?? spec.title;
  event.where = (spec.where ?? []).map((w) => {
    const start = Math.max(0, text.indexOf(w));
    const entity = entities.find((e) => e.name === w);
    return { text: w, start, end: start + w.length, score: 1, ...(entity ? { entityId: entity.id } : {}) };
  });
  if (spec.killed !== undefined) event.casualties.killed = { min: spec.killed, exact: true, evidence: [] };
  const source: DossierRecord['source'] = { title: spec.title };
  if (spec.url) source.url = spec.url;
  if (spec.publisher) source.publisher = spec.publisher;
  if (spec.published) source.published = spec.published;
  return {
    schemaVersion: SCHEMA_VERSION,
    id: sha256(text),
    source,
    text,
    cleaning: [],
    sections: [{ kind: 'title', start: 0, end: spec.title.length }, { kind: 'body', start: spec.title.length + 2, end: text.length }],
    sentences: [{ start: 0, end: spec.title.length }],
    entities,
    quotes: [],
    attributions: [],
    hedges: [],
    event,
  };
}

export function makeEvent(id: string, records: DossierRecord[], over: Partial<StoredEvent> = {}): StoredEvent {
  return {
    id,
    type: records[0]?.event.type ?? 'unknown',
    summary: records[0]?.event.summary ?? '',
    when: records[0]?.source.published ?? null,
    where: { name: 'Izmir', lat: 38.41, lon: 27.14, country: 'TR' },
    records: records.map((r) => ({ id: r.id, title: r.source.title, url: r.source.url })),
    merged: { who: [], perpetrators: [], targets: [], weapons: [], killed: null, injured: null },
    disagreements: [],
    centroid: { entityNames: ['izmir'], terms: { blast: 2 }, type: records[0]?.event.type ?? 'unknown' },
    updatedAt: '2026-11-26T10:00:00.000Z',
    ...over,
  };
}
