import type { DossierRecord } from '../core/record.js';
import type { EventCentroid, EventQuery, EventStamp, Repository, StoredEvent } from '../store/repository.js';
import { clusteringConfig, type ClusteringConfig } from '../events/config.js';
import { idfTable, type IdfTable } from '../events/idf.js';
import { recordFeatures, type RecordFeatures } from '../events/features.js';
import { bestEvent, chronological, clusterFeatures } from '../events/cluster.js';
import { centroidOf } from '../events/centroid.js';
import { CandidatePool } from '../events/candidate-pool.js';
import { forgetWordsIfFull } from '../events/terms.js';
import { buildEvent, newEventId } from '../events/build-event.js';

interface Member {
  readonly record: DossierRecord;
  readonly f: RecordFeatures;
}

/** An event while a batch is assigned: its stored form, the members read so far, the records added. */
interface Working {
  readonly id: string;
  centroid: EventCentroid;
  readonly stored?: StoredEvent;
  members?: Member[];
  readonly added: Member[];
  changed?: boolean;
}

export interface Assignment {
  readonly eventId: string;
  /** joined: an existing event took it; created: it started one; already: it was clustered before. */
  readonly outcome: 'joined' | 'created' | 'already';
  readonly score?: number;
}

/**
 * What one writer's clustering keeps from batch to batch (ingest's, over a run): the candidate
 * events it read or wrote, and the pool it indexed them in. The store stays the truth: each batch
 * lists its candidates' ids and update times, takes a kept copy only where that time is the one
 * stored (reading the others), and takes the kept pool only when its events are exactly the
 * candidates, each as stored. Over 400 BBC articles in batches of 100 a batch otherwise read and
 * parsed every earlier event (~5 KB each, nine tenths of it the centroid) and indexed them again.
 */
export class ClusteringSession {
  /** The last batch's candidates and the events it wrote, by id, as stored. */
  events = new Map<string, StoredEvent>();
  /** The pool the last batch ended with: it holds exactly `events`, each as stored. */
  pool?: CandidatePool;
}

/** Events `rebuild` writes per transaction. */
const REBUILD_WRITE = 200;

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
    return (await this.assignRecords(repo, [record]))[0]!;
  }

  /**
   * Assigns a batch: the candidate events are read once for the batch's date window, records join
   * them (or each other) in memory, oldest first, and each changed event is written once.
   * Records clustered before are left where they are.
   */
  async assignRecords(repo: Repository, records: readonly DossierRecord[], session?: ClusteringSession): Promise<Assignment[]> {
    // A long run starts the word numbering afresh now and then, before any vector of the batch is
    // made: the kept pool is stale then (its events are compiled again from their stored form).
    if (forgetWordsIfFull() && session) session.pool = undefined;
    const results = new Map<string, Assignment>();
    const fresh: Array<{ record: DossierRecord; f: RecordFeatures }> = [];
    const owners = await repo.eventsOfRecords(records.map((r) => r.id));
    const taken = new Set<string>();
    for (const record of records) {
      if (taken.has(record.id)) continue;
      taken.add(record.id);
      const existing = owners.get(record.id);
      if (existing) results.set(record.id, { eventId: existing, outcome: 'already' });
      else fresh.push({ record, f: this.features(record) });
    }
    fresh.sort((a, b) => chronological(a.f, b.f));

    const working = new Map<string, Working>();
    const stamps = await this.candidateStamps(repo, fresh.map((x) => x.f));
    for (const e of await this.candidates(repo, stamps, session)) working.set(e.id, { id: e.id, centroid: e.centroid, stored: e, added: [] });
    const kept = session?.pool;
    // Taken for a batch, the kept pool is changed by it: a failed batch leaves none behind.
    if (session) session.pool = undefined;
    const pool = kept && sameStamps(session!.events, stamps) ? kept : new CandidatePool(working.values());
    for (const { record, f } of fresh) {
      const match = bestEvent(f, pool, this.cfg);
      const w = match ? working.get(match.id)! : undefined;
      if (!match || !w) {
        const id = newEventId(record.id);
        const created: Working = { id, centroid: centroidOf([f], this.cfg), added: [{ record, f }], members: [], changed: true };
        working.set(id, created);
        pool.set(created);
        results.set(record.id, { eventId: id, outcome: 'created' });
        continue;
      }
      // Joining rebuilds the centroid from every member, so the stored members are read once.
      w.members ??= await this.storedMembers(repo, w.stored!);
      w.added.push({ record, f });
      w.changed = true;
      w.centroid = centroidOf([...w.members, ...w.added].map((m) => m.f), this.cfg);
      pool.set(w);
      results.set(record.id, { eventId: w.id, outcome: 'joined', score: match.score });
    }
    const changed: StoredEvent[] = [];
    const asStored = new Map<string, StoredEvent>();
    for (const w of working.values()) {
      if (!w.changed) {
        asStored.set(w.id, w.stored!);
        continue;
      }
      const all = [...(w.members ?? []), ...w.added];
      // w.centroid is centroidOf these members' features in this order: set when each joined.
      const event = buildEvent(w.id, all.map((m) => m.record), all.map((m) => m.f), this.cfg, this.now(), w.centroid);
      changed.push(event);
      asStored.set(w.id, event);
    }
    await repo.putEvents(changed);
    if (session) {
      session.events = asStored;
      session.pool = pool;
    }
    return records.map((r) => results.get(r.id)!);
  }

  /**
   * The candidate events' ids and update times, in the store's order: those dated within the
   * window of any of the records; undated records see the most recent ones.
   */
  private async candidateStamps(repo: Repository, features: readonly RecordFeatures[]): Promise<Map<string, string>> {
    const stamps = new Map<string, string>();
    if (features.length === 0) return stamps;
    const add = (list: readonly EventStamp[]) => list.forEach((s) => stamps.set(s.id, s.updatedAt));
    const days = features.flatMap((f) => (f.day ? [f.day] : [])).sort();
    if (days.length) add(await repo.listEventStamps({ from: shiftDay(days[0]!, -this.cfg.windowDays), to: shiftDay(days[days.length - 1]!, this.cfg.windowDays) }));
    if (days.length < features.length) add(await repo.listEventStamps({ limit: UNDATED_CANDIDATES }));
    return stamps;
  }

  /** The candidate events, in the stamps' order: the session's copies that are current, the rest read. */
  private async candidates(repo: Repository, stamps: ReadonlyMap<string, string>, session?: ClusteringSession): Promise<StoredEvent[]> {
    const current = (id: string, at: string) => {
      const e = session?.events.get(id);
      return e && e.updatedAt === at ? e : undefined;
    };
    const missing = [...stamps].filter(([id, at]) => !current(id, at)).map(([id]) => id);
    const read = new Map((await repo.getEvents(missing)).map((e) => [e.id, e]));
    // An event deleted between the two reads (`events --rebuild` beside this run) is passed over.
    return [...stamps].flatMap(([id, at]) => {
      const e = current(id, at) ?? read.get(id);
      return e ? [e] : [];
    });
  }

  private async storedMembers(repo: Repository, event: StoredEvent): Promise<Member[]> {
    const records = await Promise.all(event.records.map((r) => repo.getRecord(r.id)));
    return records.filter((r): r is DossierRecord => r !== null).map((record) => ({ record, f: this.features(record) }));
  }

  /** Clusters every stored record afresh (oldest first) and replaces all events. */
  async rebuild(repo: Repository): Promise<{ records: number; events: number }> {
    const features: RecordFeatures[] = [];
    for await (const record of repo.allRecords()) features.push(this.features(record));
    const clusters = clusterFeatures(features, this.cfg, newEventId);
    await repo.clearEvents();
    const events: StoredEvent[] = [];
    for (const c of clusters) {
      const members = (await Promise.all(c.features.map((f) => repo.getRecord(f.recordId)))).filter((r): r is DossierRecord => r !== null);
      events.push(buildEvent(c.id, members, c.features, this.cfg, this.now()));
      // Written a few hundred at a time: one transaction each, and memory bounded on a large store.
      if (events.length >= REBUILD_WRITE) await repo.putEvents(events.splice(0));
    }
    await repo.putEvents(events);
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

/**
 * What `dossier ingest` does with each batch it stored: its records join (or start) events, in
 * one session for the run (see ClusteringSession).
 */
export function clusterStored(repo: Repository): (records: readonly DossierRecord[]) => Promise<void> {
  const session = new ClusteringSession();
  return async (records) => {
    await assignRecords(repo, records, session);
  };
}

/** The hook ingest and workers call after storing records. */
export function assignRecords(repo: Repository, records: readonly DossierRecord[], session?: ClusteringSession): Promise<Assignment[]> {
  return eventsService().assignRecords(repo, records, session);
}

/** Whether the kept events are exactly these, each at the update time stored. */
function sameStamps(kept: ReadonlyMap<string, StoredEvent>, stamps: ReadonlyMap<string, string>): boolean {
  if (kept.size !== stamps.size) return false;
  for (const [id, at] of stamps) if (kept.get(id)?.updatedAt !== at) return false;
  return true;
}
