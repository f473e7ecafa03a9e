import type { Generated } from 'kysely';

/**
 * The tables both stores share (kysely's view of them). Dialect-only objects (SQLite's FTS5 table,
 * PostgreSQL's tsvector column) are created by the migrations and reached through raw SQL.
 */
export interface StoreTables {
  records: RecordsTable;
  record_hashes: RecordHashesTable;
  record_entities: RecordEntitiesTable;
  record_places: RecordPlacesTable;
  events: EventsTable;
  event_records: EventRecordsTable;
  dossier_migrations: MigrationsTable;
}

export interface RecordsTable {
  /** Insertion order: "oldest first" for export, and FTS5's rowid. */
  seq: Generated<number>;
  id: string;
  content_hash: string;
  origin: string | null;
  title: string | null;
  url: string | null;
  publisher: string | null;
  /** YYYY-MM-DD; text compares as dates in both stores. */
  published: string | null;
  event_type: string;
  summary: string;
  /** The cleaned text, indexed for full-text search. */
  text: string;
  /** The whole record as JSON text (kept verbatim, so key order survives a round trip). */
  json: string;
  stored_at: string;
}

/** Every raw-input hash ever stored, so re-ingest skips before extraction even when two inputs clean to one text. */
export interface RecordHashesTable {
  content_hash: string;
  record_id: string;
}

/** One row per record and distinct lower-cased name or mention text of an entity. */
export interface RecordEntitiesTable {
  record_id: string;
  norm: string;
  name: string;
  type: string;
}

export interface RecordPlacesTable {
  record_id: string;
  norm: string;
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
}

export interface EventsTable {
  id: string;
  type: string;
  /** YYYY-MM-DD or null. */
  when_day: string | null;
  json: string;
  updated_at: string;
}

export interface EventRecordsTable {
  record_id: string;
  event_id: string;
}

export interface MigrationsTable {
  version: number;
  name: string;
  applied_at: string;
}
