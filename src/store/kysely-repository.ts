import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import { DossierError, isDossierError } from '../core/errors.js';
import type { DossierRecord } from '../core/record.js';
import { runMigrations, type Migration } from './migrations.js';
import { normName, recordRows } from './record-rows.js';
import type {
  EventQuery, EventStamp, RecordMeta, RecordQuery, RecordSummary, Repository, SearchHit, SearchResult, StoredEvent,
} from './repository.js';
import type { StoreTables } from './schema.js';

/** Rows per multi-row INSERT: well under both stores' bound-parameter limits. */
const INSERT_CHUNK = 200;
/** Records per INSERT: 12 columns each, and whole texts, so fewer. */
const RECORD_CHUNK = 50;
/** Records per page when streaming all of them. */
const EXPORT_PAGE = 100;
export const DEFAULT_SEARCH_LIMIT = 20;

export type SummaryRow = {
  id: string; origin: string | null; title: string | null; url: string | null; published: string | null; event_type: string; summary: string;
};

/**
 * What SQLite and PostgreSQL share: everything but full-text search and migration locking,
 * written once against kysely. Every database error leaves as STORE_FAILED naming the store.
 */
export abstract class KyselyRepository implements Repository {
  protected constructor(
    protected readonly db: Kysely<StoreTables>,
    /** The store as users name it (file path, URL without password), for error messages. */
    protected readonly label: string,
    private readonly migrations: readonly Migration[],
  ) {}

  protected abstract lockMigrations(trx: Transaction<StoreTables>): Promise<void>;
  protected abstract fullTextSearch(q: string, filters: RawBuilder<unknown>[], limit: number, offset: number): Promise<SearchResult>;

  async migrate(): Promise<void> {
    await this.guard('migrate', () => runMigrations(this.db, this.migrations, (trx) => this.lockMigrations(trx), new Date().toISOString()));
  }

  async putRecord(record: DossierRecord, meta: RecordMeta): Promise<{ stored: boolean; id: string }> {
    const [result] = await this.putRecords([{ record, meta }]);
    return result!;
  }

  /** Stores a batch in one transaction: all of it or none, so a crash never leaves half a record. */
  async putRecords(items: ReadonlyArray<{ record: DossierRecord; meta: RecordMeta }>): Promise<Array<{ stored: boolean; id: string }>> {
    if (items.length === 0) return [];
    const now = new Date().toISOString();
    return this.guard('write', () =>
      this.db.transaction().execute(async (trx) => {
        // Multi-row statements: a handful of queries per batch, not four per record (PostgreSQL round trips).
        const rows = items.map(({ record, meta }) => recordRows(record, meta, now));
        const inserted = new Set<string>();
        for (const chunk of chunks(rows.map((r) => r.record), RECORD_CHUNK)) {
          const ids = await trx.insertInto('records').values(chunk)
            .onConflict((oc) => oc.column('id').doNothing()).returning('id').execute();
          for (const { id } of ids) inserted.add(id);
        }
        const hashes = items.map(({ record, meta }) => ({ content_hash: meta.contentHash, record_id: record.id }));
        for (const chunk of chunks(hashes)) {
          await trx.insertInto('record_hashes').values(chunk).onConflict((oc) => oc.column('content_hash').doNothing()).execute();
        }
        // Side rows for the records this batch stored, once each (a batch may hold one record twice).
        const seen = new Set<string>();
        const fresh = rows.filter((r) => inserted.has(r.record.id) && !seen.has(r.record.id) && seen.add(r.record.id));
        for (const chunk of chunks(fresh.flatMap((r) => r.entities))) await trx.insertInto('record_entities').values(chunk).execute();
        for (const chunk of chunks(fresh.flatMap((r) => r.places))) await trx.insertInto('record_places').values(chunk).execute();
        const claimed = new Set<string>();
        return items.map(({ record }) => {
          const stored = inserted.has(record.id) && !claimed.has(record.id);
          claimed.add(record.id);
          return { stored, id: record.id };
        });
      }),
    );
  }

  async hasContentHash(contentHash: string): Promise<boolean> {
    return (await this.storedContentHashes([contentHash])).has(contentHash);
  }

  /** Which of these raw-input hashes are stored already (one query for a batch). */
  async storedContentHashes(hashes: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    await this.guard('read', async () => {
      for (const chunk of chunks([...new Set(hashes)])) {
        const rows = await this.db.selectFrom('record_hashes').select('content_hash').where('content_hash', 'in', chunk).execute();
        for (const r of rows) found.add(r.content_hash);
      }
    });
    return found;
  }

  async getRecord(id: string): Promise<DossierRecord | null> {
    const row = await this.guard('read', () => this.db.selectFrom('records').select('json').where('id', '=', id).executeTakeFirst());
    return row ? (JSON.parse(row.json) as DossierRecord) : null;
  }

  async countRecords(): Promise<number> {
    const row = await this.guard('read', () =>
      this.db.selectFrom('records').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow());
    return Number(row.n);
  }

  async search(query: RecordQuery): Promise<SearchResult> {
    const limit = query.limit ?? DEFAULT_SEARCH_LIMIT;
    const offset = query.offset ?? 0;
    const filters = filterSql(query);
    return this.guard('search', async () => {
      if (query.q !== undefined && query.q.trim() !== '') return this.fullTextSearch(query.q, filters, limit, offset);
      const where = filters.length ? sql`WHERE ${sql.join(filters, sql` AND `)}` : sql``;
      const total = await sql<{ n: number | string }>`SELECT count(*) AS n FROM records r ${where}`.execute(this.db);
      const rows = await sql<SummaryRow & { head: string }>`
        SELECT r.id, r.origin, r.title, r.url, r.published, r.event_type, r.summary, substr(r.text, 1, 240) AS head
        FROM records r ${where}
        ORDER BY r.published DESC NULLS LAST, r.seq DESC LIMIT ${limit} OFFSET ${offset}`.execute(this.db);
      return {
        total: Number(total.rows[0]?.n ?? 0),
        hits: rows.rows.map((r) => hit(r, leadSnippet(r.head))),
      };
    });
  }

  async recordsMentioning(name: string, limit = 100): Promise<RecordSummary[]> {
    const rows = await this.guard('read', () => sql<SummaryRow>`
      SELECT r.id, r.origin, r.title, r.url, r.published, r.event_type, r.summary FROM records r
      WHERE EXISTS (SELECT 1 FROM record_entities e WHERE e.record_id = r.id AND e.norm = ${normName(name)})
      ORDER BY r.published DESC NULLS LAST, r.seq DESC LIMIT ${limit}`.execute(this.db));
    return rows.rows.map(summary);
  }

  async *allRecords(): AsyncIterable<DossierRecord> {
    let after = -1;
    for (;;) {
      const rows = await this.guard('read', () =>
        this.db.selectFrom('records').select(['seq', 'json']).where('seq', '>', after).orderBy('seq').limit(EXPORT_PAGE).execute());
      for (const row of rows) yield JSON.parse(row.json) as DossierRecord;
      if (rows.length < EXPORT_PAGE) return;
      after = Number(rows[rows.length - 1]!.seq);
    }
  }

  async putEvent(event: StoredEvent): Promise<void> {
    await this.putEvents([event]);
  }

  async putEvents(events: readonly StoredEvent[]): Promise<void> {
    if (events.length === 0) return;
    // One transaction for the lot: one commit (a WAL write in SQLite, a round trip in PostgreSQL)
    // per clustered batch, not one per event it changed.
    await this.guard('write', () =>
      this.db.transaction().execute(async (trx) => {
        // A handful of multi-row statements for the lot, not three per event. An id put twice
        // counts once, as written last; so does a record two events claim (it belongs to the later).
        const latest = [...lastOf(events.map((e) => [e.id, e] as const)).values()];
        for (const chunk of chunks(latest)) {
          await trx.insertInto('events')
            .values(chunk.map((e) => ({ id: e.id, type: e.type, when_day: e.when, json: JSON.stringify(e), updated_at: e.updatedAt })))
            .onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({
              type: eb.ref('excluded.type'), when_day: eb.ref('excluded.when_day'),
              json: eb.ref('excluded.json'), updated_at: eb.ref('excluded.updated_at'),
            })))
            .execute();
        }
        for (const chunk of chunks(latest.map((e) => e.id))) await trx.deleteFrom('event_records').where('event_id', 'in', chunk).execute();
        const owner = lastOf(latest.flatMap((e) => e.records.map((r) => [r.id, e.id] as const)));
        const members = [...owner].map(([recordId, eventId]) => ({ record_id: recordId, event_id: eventId }));
        for (const chunk of chunks(members)) {
          await trx.insertInto('event_records').values(chunk)
            .onConflict((oc) => oc.column('record_id').doUpdateSet((eb) => ({ event_id: eb.ref('excluded.event_id') })))
            .execute();
        }
      }),
    );
  }

  async getEvent(id: string): Promise<StoredEvent | null> {
    return (await this.getEvents([id]))[0] ?? null;
  }

  async listEvents(query: EventQuery = {}): Promise<StoredEvent[]> {
    const rows = await this.guard('read', () => this.eventsQuery(query).select('json').execute());
    return rows.map((r) => JSON.parse(r.json) as StoredEvent);
  }

  async listEventStamps(query: EventQuery = {}): Promise<EventStamp[]> {
    const rows = await this.guard('read', () => this.eventsQuery(query).select(['id', 'updated_at']).execute());
    return rows.map((r) => ({ id: r.id, updatedAt: r.updated_at }));
  }

  async getEvents(ids: readonly string[]): Promise<StoredEvent[]> {
    const events: StoredEvent[] = [];
    await this.guard('read', async () => {
      for (const chunk of chunks([...ids])) {
        const rows = await this.db.selectFrom('events').select('json').where('id', 'in', chunk).execute();
        for (const r of rows) events.push(JSON.parse(r.json) as StoredEvent);
      }
    });
    return events;
  }

  /** The events a query selects, in listEvents' order: most recent day first, then last updated. */
  private eventsQuery(query: EventQuery) {
    let q = this.db.selectFrom('events');
    if (query.from) q = q.where('when_day', '>=', query.from);
    if (query.to) q = q.where('when_day', '<=', query.to);
    if (query.type) q = q.where('type', '=', query.type);
    q = q.orderBy(sql`when_day DESC NULLS LAST`).orderBy('updated_at', 'desc').orderBy('id');
    if (query.limit !== undefined) q = q.limit(query.limit);
    return q;
  }

  async eventOfRecord(recordId: string): Promise<string | null> {
    return (await this.eventsOfRecords([recordId])).get(recordId) ?? null;
  }

  async eventsOfRecords(recordIds: readonly string[]): Promise<Map<string, string>> {
    const owners = new Map<string, string>();
    await this.guard('read', async () => {
      for (const chunk of chunks([...new Set(recordIds)])) {
        const rows = await this.db.selectFrom('event_records').select(['record_id', 'event_id']).where('record_id', 'in', chunk).execute();
        for (const r of rows) owners.set(r.record_id, r.event_id);
      }
    });
    return owners;
  }

  async clearEvents(): Promise<void> {
    await this.guard('clear events', () =>
      this.db.transaction().execute(async (trx) => {
        await trx.deleteFrom('event_records').execute();
        await trx.deleteFrom('events').execute();
      }),
    );
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  /** Runs a database call; any failure becomes one STORE_FAILED line naming the store and the operation. */
  protected async guard<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      if (isDossierError(err)) throw err;
      const reason = err instanceof Error ? err.message : String(err);
      throw new DossierError('STORE_FAILED', `${this.label}: ${what} failed (${reason})`, { cause: err });
    }
  }
}

/** The filters of a query as SQL conditions over `records r`: the same SQL in both stores. */
function filterSql(query: RecordQuery): RawBuilder<unknown>[] {
  const out: RawBuilder<unknown>[] = [];
  if (query.entity) out.push(sql`EXISTS (SELECT 1 FROM record_entities e WHERE e.record_id = r.id AND e.norm = ${normName(query.entity)})`);
  if (query.place) out.push(sql`EXISTS (SELECT 1 FROM record_places p WHERE p.record_id = r.id AND p.norm = ${normName(query.place)})`);
  if (query.type) out.push(sql`r.event_type = ${query.type}`);
  if (query.from) out.push(sql`r.published >= ${query.from}`);
  if (query.to) out.push(sql`r.published <= ${query.to}`);
  return out;
}

export function summary(r: SummaryRow): RecordSummary {
  const s: { -readonly [K in keyof RecordSummary]: RecordSummary[K] } = { id: r.id, eventType: r.event_type, summary: r.summary };
  if (r.title !== null) s.title = r.title;
  if (r.url !== null) s.url = r.url;
  if (r.published !== null) s.published = r.published;
  if (r.origin !== null) s.origin = r.origin;
  return s;
}

export function hit(r: SummaryRow, snippet: string): SearchHit {
  return { ...summary(r), snippet: snippet.replace(/\s+/g, ' ').trim() };
}

/** The opening words of a text, cut at a word boundary, when there is no query to centre on. */
function leadSnippet(head: string): string {
  const flat = head.replace(/\s+/g, ' ').trim();
  if (flat.length < 200) return flat;
  const cut = flat.slice(0, 200);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 120))}…`;
}

/** Key -> value, each key as given last and in the place of its last giving (a Map.set keeps the first place). */
function lastOf<K, V>(entries: ReadonlyArray<readonly [K, V]>): Map<K, V> {
  const out = new Map<K, V>();
  for (const [k, v] of entries) {
    out.delete(k);
    out.set(k, v);
  }
  return out;
}

function chunks<T>(items: readonly T[], size = INSERT_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
