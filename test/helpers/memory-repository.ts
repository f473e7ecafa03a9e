import type { DossierRecord } from '../../src/core/record.js';
import type { EventQuery, RecordMeta, RecordQuery, RecordSummary, Repository, SearchResult, StoredEvent } from '../../src/store/repository.js';

/**
 * A Repository in memory, for the server's tests: it keeps what it is given and searches by
 * substring, so routes can be tested apart from SQLite and PostgreSQL (which have their own suite).
 */
export class MemoryRepository implements Repository {
  readonly records = new Map<string, { record: DossierRecord; meta: RecordMeta }>();
  readonly events = new Map<string, StoredEvent>();
  failWith?: Error;

  async migrate(): Promise<void> {}
  async putRecord(record: DossierRecord, meta: RecordMeta): Promise<{ stored: boolean; id: string }> {
    this.maybeFail();
    const stored = !this.records.has(record.id);
    if (stored) this.records.set(record.id, { record, meta });
    return { stored, id: record.id };
  }
  async hasContentHash(contentHash: string): Promise<boolean> {
    return [...this.records.values()].some((r) => r.meta.contentHash === contentHash);
  }
  async getRecord(id: string): Promise<DossierRecord | null> {
    this.maybeFail();
    return this.records.get(id)?.record ?? null;
  }
  async countRecords(): Promise<number> {
    return this.records.size;
  }
  async search(query: RecordQuery): Promise<SearchResult> {
    this.maybeFail();
    const q = query.q?.toLowerCase();
    const hits = [...this.records.values()]
      .filter(({ record }) => !q || record.text.toLowerCase().includes(q))
      .map(({ record }) => {
        const at = q ? record.text.toLowerCase().indexOf(q) : 0;
        const snippet = q ? `${record.text.slice(Math.max(0, at - 20), at)}«${record.text.slice(at, at + q.length)}»${record.text.slice(at + q.length, at + q.length + 20)}` : record.text.slice(0, 40);
        return { ...summary(record), snippet };
      });
    const offset = query.offset ?? 0;
    return { total: hits.length, hits: hits.slice(offset, offset + (query.limit ?? 20)) };
  }
  async recordsMentioning(name: string): Promise<RecordSummary[]> {
    const n = name.toLowerCase();
    return [...this.records.values()].filter(({ record }) => record.entities.some((e) => e.mentions.some((m) => m.text.toLowerCase() === n))).map(({ record }) => summary(record));
  }
  async *allRecords(): AsyncIterable<DossierRecord> {
    for (const { record } of this.records.values()) yield record;
  }
  async putEvent(event: StoredEvent): Promise<void> {
    this.events.set(event.id, event);
  }
  async getEvent(id: string): Promise<StoredEvent | null> {
    this.maybeFail();
    return this.events.get(id) ?? null;
  }
  async listEvents(query: EventQuery = {}): Promise<StoredEvent[]> {
    this.maybeFail();
    return [...this.events.values()]
      .filter((e) => (!query.type || e.type === query.type) && (!query.from || (e.when ?? '') >= query.from) && (!query.to || (e.when ?? '9999') <= query.to))
      .slice(0, query.limit ?? 100);
  }
  async eventOfRecord(recordId: string): Promise<string | null> {
    return [...this.events.values()].find((e) => e.records.some((r) => r.id === recordId))?.id ?? null;
  }
  async close(): Promise<void> {}

  private maybeFail(): void {
    if (this.failWith) throw this.failWith;
  }
}

function summary(record: DossierRecord): RecordSummary {
  return { id: record.id, title: record.source.title, url: record.source.url, published: record.source.published, eventType: record.event.type, summary: record.event.summary };
}
