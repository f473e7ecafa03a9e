import type { DossierRecord, Arg, Time, Count } from '../core/record.js';

/**
 * The store's contract. Two implementations (SQLite, the embedded default, and PostgreSQL) pass
 * the same test suite. Repositories are the only code that touches a database; services call them.
 */
export interface Repository {
  /** Creates or upgrades the schema (idempotent). */
  migrate(): Promise<void>;
  /**
   * Stores a record unless one with the same content hash is there already (idempotent: at-least-once
   * delivery and re-ingest store nothing twice). `stored` says whether it was new.
   */
  putRecord(record: DossierRecord, meta: RecordMeta): Promise<{ stored: boolean; id: string }>;
  /**
   * Stores a batch in one transaction (all or nothing: a crash never leaves half a record); one
   * result per item, in order. Ingest writes through this.
   */
  putRecords(items: ReadonlyArray<{ record: DossierRecord; meta: RecordMeta }>): Promise<Array<{ stored: boolean; id: string }>>;
  hasContentHash(contentHash: string): Promise<boolean>;
  /** Which of these raw-input hashes are stored already: one query for a batch. */
  storedContentHashes(hashes: readonly string[]): Promise<Set<string>>;
  getRecord(id: string): Promise<DossierRecord | null>;
  countRecords(): Promise<number>;
  /** Full-text search with snippets and filters; newest first when there is no query. */
  search(query: RecordQuery): Promise<SearchResult>;
  /** Every record that mentions an entity of that name (any mention, case-insensitive). */
  recordsMentioning(name: string, limit?: number): Promise<RecordSummary[]>;
  /** Streams all records for export, oldest first. */
  allRecords(): AsyncIterable<DossierRecord>;

  /** Events: clusters of records about one real-world event. A record belongs to the event last put with it. */
  putEvent(event: StoredEvent): Promise<void>;
  /** Several events in one transaction (all or none), in order: what a batch's clustering changed. */
  putEvents(events: readonly StoredEvent[]): Promise<void>;
  getEvent(id: string): Promise<StoredEvent | null>;
  listEvents(query?: EventQuery): Promise<StoredEvent[]>;
  /** The ids and last-update times of the events listEvents would give, in its order, without their bodies. */
  listEventStamps(query?: EventQuery): Promise<EventStamp[]>;
  /** The events with these ids (those that exist), in no particular order. */
  getEvents(ids: readonly string[]): Promise<StoredEvent[]>;
  /** The event a record belongs to, if it has been clustered. */
  eventOfRecord(recordId: string): Promise<string | null>;
  /** The events these records belong to, by record id (a record not clustered yet is absent): one query for a batch. */
  eventsOfRecords(recordIds: readonly string[]): Promise<Map<string, string>>;
  /** Removes every event (records stay): `dossier events --rebuild` clusters afresh. */
  clearEvents(): Promise<void>;

  close(): Promise<void>;
}

export interface RecordMeta {
  /** sha256 of the raw input, so re-ingesting the same file is recognised before extraction. */
  readonly contentHash: string;
  /** Where it came from: path, URL, queue job id. */
  readonly origin?: string;
}

export interface RecordQuery {
  readonly q?: string;
  readonly entity?: string;
  readonly type?: string;
  readonly place?: string;
  /** ISO dates, inclusive, on the record's published date. */
  readonly from?: string;
  readonly to?: string;
  readonly limit?: number;
  readonly offset?: number;
}

export interface RecordSummary {
  readonly id: string;
  readonly title?: string;
  readonly url?: string;
  readonly published?: string;
  readonly eventType: string;
  readonly summary: string;
  /** Where it was ingested from (path, "file.jsonl:line 3", URL), when known. */
  readonly origin?: string;
}

export interface SearchHit extends RecordSummary {
  /** Matching words in context; matches wrapped in « ». */
  readonly snippet: string;
}

export interface SearchResult {
  readonly total: number;
  readonly hits: SearchHit[];
}

/** An event's id and when it was last written: enough to tell whether a copy read earlier is current. */
export interface EventStamp {
  readonly id: string;
  readonly updatedAt: string;
}

export interface EventQuery {
  readonly from?: string;
  readonly to?: string;
  readonly type?: string;
  readonly limit?: number;
}

/** One source's value for a field, so disagreements keep who said which. */
export interface SourcedValue<T> {
  readonly value: T;
  readonly recordId: string;
  readonly url?: string;
  readonly publisher?: string;
}

/** A cross-source event (`dossier events --json` prints these). */
export interface StoredEvent {
  readonly id: string;
  readonly type: string;
  readonly summary: string;
  /** ISO date of the event, the most common among its records. */
  readonly when: string | null;
  readonly where: { readonly name: string; readonly lat?: number; readonly lon?: number; readonly country?: string } | null;
  readonly records: ReadonlyArray<{ readonly id: string; readonly url?: string; readonly title?: string; readonly publisher?: string }>;
  /** The fields merged across records: the best-supported value of each. */
  readonly merged: {
    readonly who: string[];
    readonly perpetrators: string[];
    readonly targets: string[];
    readonly weapons: string[];
    readonly killed: number | null;
    readonly injured: number | null;
  };
  /** Fields whose values differ between sources, each value with the records that give it. */
  readonly disagreements: ReadonlyArray<{ readonly field: string; readonly values: ReadonlyArray<SourcedValue<string | number>> }>;
  /** Features the incremental clusterer compares a new record against. */
  readonly centroid: EventCentroid;
  readonly updatedAt: string;
}

export interface EventCentroid {
  readonly entityNames: string[];
  readonly terms: Record<string, number>;
  readonly lat?: number;
  readonly lon?: number;
  readonly day?: string;
  readonly type: string;
}

export type { Arg, Time, Count };
