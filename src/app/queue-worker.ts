import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Repository } from '../store/repository.js';
import { RedisLock } from '../worker/redis-lock.js';
import { createExtractor, type Extractor } from './extract-pool.js';
import { EventsService } from './events-service.js';
import { itemOfJob, queueOptions, probeRedis, redisConnection, checkRedisUrl, type ArticleJob, type QueueSettings } from './queue.js';

export interface WorkerOptions extends QueueSettings {
  /** Jobs in progress at once. */
  readonly concurrency?: number;
  /** Extraction threads; 0 extracts in this thread. */
  readonly threads?: number;
  /**
   * How long a job's lock (and the events lock) lasts without renewal: a killed worker's jobs go
   * back to the queue after about this long. Tests set it short.
   */
  readonly lockMs?: number;
  readonly onJob?: (outcome: JobOutcome) => void;
}

export type JobOutcome =
  | { readonly origin: string; readonly status: 'stored' | 'already'; readonly recordId: string; readonly eventId: string }
  | { readonly origin: string; readonly status: 'failed'; readonly message: string };

export interface RunningWorker {
  /** Stops taking jobs, lets those in progress finish, closes connections. */
  close(): Promise<void>;
  readonly stats: { stored: number; already: number; failed: number };
}

/**
 * `dossier worker`: pulls raw articles from the queue, extracts them, writes the records to the
 * store and assigns them to events. Delivery is at least once: a job whose worker dies is handed
 * to another after its lock runs out, and writes are idempotent by content hash, so nothing is
 * lost and nothing stored twice.
 */
export async function startWorker(repo: Repository, opts: WorkerOptions): Promise<RunningWorker> {
  const redisUrl = checkRedisUrl(opts.redisUrl);
  const { name, prefix } = queueOptions(opts);
  const lockMs = opts.lockMs ?? 30_000;
  await probeRedis(redisUrl);
  const connection = redisConnection(redisUrl);
  const lock = new RedisLock(connection, `${prefix}:${name}:events-lock`, lockMs);
  const events = new EventsService();
  const extractor: Extractor = createExtractor(opts.threads ?? 0);
  const stats = { stored: 0, already: 0, failed: 0 };

  const process = async (job: Job<ArticleJob>): Promise<JobOutcome> => {
    const item = itemOfJob(job.data);
    const outcome = await extractor.extract(item);
    if (!outcome.ok) {
      stats.failed++;
      opts.onJob?.({ origin: item.origin, status: 'failed', message: outcome.message });
      // Bad input stays bad: no retry.
      throw new UnrecoverableError(outcome.message);
    }
    // Store errors throw and the job is retried; the write is idempotent, so a retry doubles nothing.
    const { stored, id } = await repo.putRecord(outcome.record, { contentHash: item.contentHash, origin: item.origin });
    const [assignment] = await lock.withLock(() => events.assignRecords(repo, [outcome.record]));
    const result: JobOutcome = { origin: item.origin, status: stored ? 'stored' : 'already', recordId: id, eventId: assignment!.eventId };
    stored ? stats.stored++ : stats.already++;
    opts.onJob?.(result);
    return result;
  };

  const worker = new Worker<ArticleJob, JobOutcome>(name, process, {
    connection: connection as Redis,
    prefix,
    concurrency: opts.concurrency ?? 4,
    lockDuration: lockMs,
    stalledInterval: Math.max(500, Math.floor(lockMs / 2)),
    maxStalledCount: 5,
  });
  worker.on('error', () => {});
  await worker.waitUntilReady();
  let closing: Promise<void> | undefined;
  return {
    stats,
    close: () =>
      (closing ??= (async () => {
        await worker.close();
        await extractor.close();
        connection.disconnect();
      })()),
  };
}
