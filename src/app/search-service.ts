import { DossierError } from '../core/errors.js';
import { isIsoDate } from '../ingest/dates.js';
import type { RecordQuery, RecordSummary, Repository, SearchResult, StoredEvent } from '../store/repository.js';

export const MAX_SEARCH_LIMIT = 1000;

/** Search and look-ups over the store, with the checks every interface (CLI, HTTP) needs. */
export class SearchService {
  constructor(private readonly repo: Repository) {}

  async search(query: RecordQuery): Promise<SearchResult> {
    for (const [name, value] of [['--from', query.from], ['--to', query.to]] as const) {
      if (value !== undefined && !isIsoDate(value)) throw new DossierError('USAGE', `${name} ${value}: not a calendar date in the form YYYY-MM-DD`);
    }
    if (query.limit !== undefined && (!Number.isInteger(query.limit) || query.limit < 1 || query.limit > MAX_SEARCH_LIMIT)) {
      throw new DossierError('USAGE', `--limit ${query.limit}: expected a whole number from 1 to ${MAX_SEARCH_LIMIT}`);
    }
    if (query.offset !== undefined && (!Number.isInteger(query.offset) || query.offset < 0)) {
      throw new DossierError('USAGE', `offset ${query.offset}: expected a whole number of at least 0`);
    }
    return this.repo.search(query);
  }

  /** Every record that mentions the name, each with its event when clustering has run, and those events. */
  async entity(name: string, limit = 100): Promise<EntityReport> {
    if (!name.trim()) throw new DossierError('USAGE', 'entity name: give a name, e.g. "Tony Blair"');
    const records = await this.repo.recordsMentioning(name, limit);
    // Two queries for the lot, not two per record (each a round trip on PostgreSQL).
    const owners = await this.repo.eventsOfRecords(records.map((r) => r.id));
    const withEvents = records.map((r) => ({ ...r, eventId: owners.get(r.id) ?? null }));
    const eventIds = [...new Set(withEvents.map((r) => r.eventId).filter((id): id is string => id !== null))];
    const events = await this.repo.getEvents(eventIds);
    // In the order the records name them, as before.
    events.sort((a, b) => eventIds.indexOf(a.id) - eventIds.indexOf(b.id));
    return { name, records: withEvents, events };
  }
}

export interface EntityReport {
  readonly name: string;
  readonly records: Array<RecordSummary & { readonly eventId: string | null }>;
  readonly events: StoredEvent[];
}
