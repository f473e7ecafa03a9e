import type { DossierRecord } from '../core/record.js';
import type { RecordEntitiesTable, RecordPlacesTable, RecordsTable } from './schema.js';
import type { RecordMeta } from './repository.js';

/** The columns search and filters need, taken from a record; the record itself is stored whole as JSON. */
export interface RecordRows {
  /** A records-table row; `seq` is the store's own. */
  readonly record: Omit<RecordsTable, 'seq'>;
  readonly entities: RecordEntitiesTable[];
  readonly places: RecordPlacesTable[];
}

/** Lower-cased with runs of white space made one space: the key names are matched on. */
export function normName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function recordRows(record: DossierRecord, meta: RecordMeta, storedAt: string): RecordRows {
  const entities = new Map<string, RecordEntitiesTable>();
  const places = new Map<string, RecordPlacesTable>();
  const addPlace = (text: string, geo?: { name: string; country: string; lat: number; lon: number }) => {
    const norm = normName(text);
    if (!norm) return;
    const known = places.get(norm);
    // A geocoded value beats a bare name for the same place.
    if (known && (known.lat !== null || !geo)) return;
    places.set(norm, {
      record_id: record.id, norm, name: geo?.name ?? text.trim(),
      country: geo?.country ?? null, lat: geo?.lat ?? null, lon: geo?.lon ?? null,
    });
  };
  for (const entity of record.entities) {
    // The canonical name and every mention text ("Blair" for "Tony Blair") find the record.
    // Mentions that are names ("Blair", "Mr Blair"), not "he" or "the chairman", which coreference also links.
    const named = entity.mentions.map((m) => m.text).filter((t) => /\p{Lu}/u.test(t));
    for (const text of [entity.name, ...named]) {
      const norm = normName(text);
      if (norm && !entities.has(norm)) entities.set(norm, { record_id: record.id, norm, name: entity.name, type: entity.type });
      if (entity.geo || entity.type === 'GPE' || entity.type === 'LOC') addPlace(text, entity.geo);
    }
    if (entity.geo) addPlace(entity.geo.name, entity.geo);
  }
  const geoById = new Map(record.entities.filter((e) => e.geo).map((e) => [e.id, e.geo!]));
  for (const where of record.event.where) addPlace(where.text, where.entityId ? geoById.get(where.entityId) : undefined);
  return {
    record: {
      id: record.id,
      content_hash: meta.contentHash,
      origin: meta.origin ?? null,
      title: record.source.title ?? null,
      url: record.source.url ?? null,
      publisher: record.source.publisher ?? null,
      published: record.source.published ?? null,
      event_type: record.event.type,
      summary: record.event.summary,
      text: record.text,
      json: JSON.stringify(record),
      stored_at: storedAt,
    },
    entities: [...entities.values()],
    places: [...places.values()],
  };
}
