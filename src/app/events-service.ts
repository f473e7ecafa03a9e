import type { DossierRecord } from '../core/record.js';
import type { EventQuery, Repository, StoredEvent } from '../store/repository.js';
import { clusteringConfig, type ClusteringConfig } from '../events/config.js';
import { idfTable, type IdfTable } from '../events/idf.js';
import { recordFeatures, type RecordFeatures } from '../events/features.js';
import { bestEvent, clusterFeatures } from '../events/cluster.js';
import { buildEvent, newEventId } from '../events/build-event.js';

export interface Assignment {
  readonly eventId: string;
  /** joined: an existing event took it; created: it started one; already: it was clustered before. */
  readonly outcome: 'joined' | 'created' | 'already';
  readonly score?: number;
}

/** Events with no date are compared with this many of the most recent ones. */
const UNDATED_CANDIDATES = 500;

function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Cross-source events over a repository. A new record joins the best matching event among those
 * dated near it (compared with their centroids), or starts one; nothing else is reclustered.
 * Callers that write from several processes at once serialise `assignRecord` (the worker holds a
 * Redis lock), since it reads an event and writes it back.
 */
export class EventsService {
  constructor(
    private readonly cfg: ClusteringConfig = clusteringConfig(),
    private readonly idfs: IdfTable = idfTable(),
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  features(record: DossierRecord): RecordFeatures {
    return recordFeatures(record, this.cfg, this.idfs);
  }

  async assignRecord(repo: Repository, record: DossierRecord): Promise<Assignment> {
    const existing = await repo.eventOfRecord(record.id);
    if (existing) return { eventId: existing, outcome: 'already' };
    const f = this.features(record);
    const candidates = f.day
      ? await repo.listEvents({ from: shiftDay(f.day, -this.cfg.windowDays), to: shiftDay(f.day, this.cfg.windowDays) })
      : await repo.listEvents({ limit: UNDATED_CANDIDATES });
    const match = bestEvent(f, candidates, this.cfg);
    const event = match ? candidates.find((e) => e.id === match.id) : undefined;
    if (!match || !event) {
      const id = newEventId(record.id);
      await repo.putEvent(buildEvent(id, [record], [f], this.cfg, this.now()));
      return { eventId: id, outcome: 'created' };
    }
    // The event is rebuilt from its members, so merged fields and disagreements stay exact.
    const members = (await Promise.all(event.records.map((r) => repo.getRecord(r.id)))).filter((r): r is DossierRecord => r !== null);
    members.push(record);
    await repo.putEvent(buildEvent(event.id, members, members.map((r) => this.features(r)), this.cfg, this.now()));
    return { eventId: event.id, outcome: 'joined', score: match.score };
  }

  /** Clusters every stored record afresh (oldest first) and replaces all events. */
  async rebuild(repo: Repository): Promise<{ records: number; events: number }> {
    const features: RecordFeatures[] = [];
    for await (const record of repo.allRecords()) features.push(this.features(record));
    const clusters = clusterFeatures(features, this.cfg, newEventId);
    await repo.clearEvents();
    for (const c of clusters) {
      const members = (await Promise.all(c.features.map((f) => repo.getRecord(f.recordId)))).filter((r): r is DossierRecord => r !== null);
      await repo.putEvent(buildEvent(c.id, members, c.features, this.cfg, this.now()));
    }
    return { records: features.length, events: clusters.length };
  }

  listEvents(repo: Repository, query: EventQuery = {}): Promise<StoredEvent[]> {
    return repo.listEvents(query);
  }
}

let shared: EventsService | undefined;

/** A process-wide service, built on first use. */
export function eventsService(): EventsService {
  shared ??= new EventsService();
  return shared;
}

/** The hook ingest and workers call after storing a record. */
export function assignRecord(repo: Repository, record: DossierRecord): Promise<Assignment> {
  return eventsService().assignRecord(repo, record);
}
