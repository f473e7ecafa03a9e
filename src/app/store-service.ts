import { DossierError } from '../core/errors.js';
import type { DossierRecord } from '../core/record.js';
import type { EventQuery, RecordMeta, RecordQuery, Repository, SearchResult, StoredEvent } from '../store/repository.js';
import { assignRecords, type Assignment } from './events-service.js';

/** Puts stored records into cross-source events (the events service's hook, as ingest uses). */
export type AssignEvents = (repo: Repository, records: readonly DossierRecord[]) => Promise<Assignment[]>;

/**
 * Reading and writing the store for the server and the CLI: a missing record or event becomes a
 * NOT_FOUND error naming it, and any failure of the database a STORE_FAILED one.
 */
export class StoreService {
  /** Assignments run one after another: each reads events and writes them back. */
  private assigning: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly repo: Repository,
    private readonly assignEvents: AssignEvents = assignRecords,
  ) {}

  async search(query: RecordQuery): Promise<SearchResult> {
    return guard('search', () => this.repo.search(query));
  }

  async count(): Promise<number> {
    return guard('count', () => this.repo.countRecords());
  }

  async record(id: string): Promise<DossierRecord> {
    const record = await guard(`record ${id}`, () => this.repo.getRecord(id));
    if (!record) throw new DossierError('NOT_FOUND', `record ${id}: no such record`);
    return record;
  }

  /**
   * Stores a record and puts it into an event, as `dossier ingest` does. A record stored before
   * (same content) keeps its event; one stored without an event gets one now.
   */
  async save(record: DossierRecord, meta: RecordMeta): Promise<{ stored: boolean; id: string; eventId: string }> {
    const saved = await guard(`record ${record.id}`, () => this.repo.putRecord(record, meta));
    const assigned = this.assigning.then(() => this.assignEvents(this.repo, [record]));
    this.assigning = assigned.catch(() => undefined);
    const [assignment] = await guard(`events of record ${saved.id}`, () => assigned);
    return { ...saved, eventId: assignment!.eventId };
  }

  async events(query: EventQuery = {}): Promise<StoredEvent[]> {
    return guard('events', () => this.repo.listEvents(query));
  }

  async event(id: string): Promise<StoredEvent> {
    const event = await guard(`event ${id}`, () => this.repo.getEvent(id));
    if (!event) throw new DossierError('NOT_FOUND', `event ${id}: no such event`);
    return event;
  }

  async close(): Promise<void> {
    await this.repo.close();
  }
}

async function guard<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof DossierError) throw err;
    throw new DossierError('STORE_FAILED', `${what}: the store failed (${(err as Error).message})`, { cause: err });
  }
}
