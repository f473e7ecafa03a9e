import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { DossierError } from '../core/errors.js';
import { planBatch, readBatch, type BatchFailure, type BatchItem } from '../ingest/batch.js';
import type { InputFormat } from '../ingest/read-input.js';
import { DEFAULT_QUEUE_NAME, DEFAULT_QUEUE_PREFIX } from './queue-defaults.js';

export { DEFAULT_QUEUE_NAME, DEFAULT_QUEUE_PREFIX };

/** Where the article queue lives: a Redis server, a queue name and a key prefix (tests use their own). */
export interface QueueSettings {
  readonly redisUrl: string;
  readonly name?: string;
  readonly prefix?: string;
}

/**
 * One raw article on the queue: exactly what ingest read, so any worker on any machine extracts it
 * as `dossier ingest` would. The job id is the content hash: the same input queued twice is one job.
 */
export interface ArticleJob {
  readonly origin: string;
  /** sha256 of the raw input. */
  readonly contentHash: string;
  /** text: UTF-8 bytes as a string; base64: any other bytes; json: a JSON article object (a row of JSONL, CSV or an array). */
  readonly encoding: 'text' | 'base64' | 'json';
  readonly data: string;
  readonly format?: InputFormat;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function jobOfItem(item: BatchItem): ArticleJob {
  const base = { origin: item.origin, contentHash: item.contentHash };
  if (item.input.kind === 'object') return { ...base, encoding: 'json', data: JSON.stringify(item.input.value) };
  // Articles the server has read itself are extracted in its own worker threads, never queued.
  if (item.input.kind === 'article') throw new DossierError('INTERNAL', `${item.origin}: an article already read cannot be queued`);
  const format = item.input.format ? { format: item.input.format } : {};
  try {
    return { ...base, ...format, encoding: 'text', data: strictUtf8.decode(item.input.bytes) };
  } catch {
    return { ...base, ...format, encoding: 'base64', data: Buffer.from(item.input.bytes).toString('base64') };
  }
}

export function itemOfJob(job: ArticleJob): BatchItem {
  const input: BatchItem['input'] =
    job.encoding === 'json'
      ? { kind: 'object', value: JSON.parse(job.data) as unknown }
      : { kind: 'bytes', bytes: Buffer.from(job.data, job.encoding === 'base64' ? 'base64' : 'utf8'), ...(job.format ? { format: job.format } : {}) };
  return { origin: job.origin, contentHash: job.contentHash, input };
}

export function checkRedisUrl(url: string | undefined, option = '--redis'): string {
  if (!url) throw new DossierError('USAGE', `${option}: a Redis URL is needed (redis://host:6379), or set DOSSIER_REDIS_URL`);
  if (!/^rediss?:\/\//i.test(url)) throw new DossierError('USAGE', `${option} ${url}: not a redis:// URL`);
  return url;
}

/**
 * Fails fast, with one clear line, when Redis cannot be reached: BullMQ's connections would
 * otherwise retry for ever.
 */
export async function probeRedis(url: string): Promise<void> {
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 5000, retryStrategy: () => null });
  let cause: Error | undefined;
  probe.on('error', (err: Error) => (cause ??= err));
  try {
    await probe.connect();
    await probe.ping();
  } catch (err) {
    const reason = (cause ?? (err as Error)).message || 'connection failed';
    throw new DossierError('STORE_FAILED', `${redact(url)}: cannot reach Redis (${reason})`);
  } finally {
    probe.disconnect();
  }
}

/** A Redis connection for BullMQ (which needs maxRetriesPerRequest null on blocking connections). */
export function redisConnection(url: string): Redis {
  const redis = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: false });
  // Connection errors surface on the next command as one clear line; the raw event is noise.
  redis.on('error', () => {});
  return redis;
}

export function queueOptions(s: QueueSettings): { name: string; prefix: string } {
  return { name: s.name ?? DEFAULT_QUEUE_NAME, prefix: s.prefix ?? DEFAULT_QUEUE_PREFIX };
}

/** Job options: retries for store failures; finished jobs kept a day so re-queued duplicates still collapse. */
export const JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 86_400 },
  removeOnFail: { age: 7 * 86_400 },
} as const;

export interface EnqueueSummary {
  readonly files: number;
  readonly queued: number;
  readonly failed: number;
  readonly failures: BatchFailure[];
}

const ADD_CHUNK = 100;

/** `dossier ingest --queue`: reads the paths as ingest does and puts each article on the queue. */
export async function enqueueArticles(paths: readonly string[], settings: QueueSettings, onQueued?: (n: number) => void): Promise<EnqueueSummary> {
  const { name, prefix } = queueOptions(settings);
  await probeRedis(checkRedisUrl(settings.redisUrl));
  const plan = await planBatch(paths);
  const connection = redisConnection(settings.redisUrl);
  const queue = new Queue<ArticleJob>(name, { connection, prefix });
  queue.on('error', () => {});
  const failures: BatchFailure[] = [...plan.failures];
  let queued = 0;
  try {
    let chunk: ArticleJob[] = [];
    const send = async () => {
      if (!chunk.length) return;
      await queue.addBulk(chunk.map((data) => ({ name: 'article', data, opts: { ...JOB_OPTIONS, jobId: data.contentHash } })));
      queued += chunk.length;
      chunk = [];
      onQueued?.(queued);
    };
    for await (const entry of readBatch(plan)) {
      if ('failure' in entry) failures.push(entry.failure);
      else chunk.push(jobOfItem(entry.item));
      if (chunk.length >= ADD_CHUNK) await send();
    }
    await send();
  } finally {
    await queue.close();
    connection.disconnect();
  }
  return { files: plan.files.length, queued, failed: failures.length, failures };
}

/** A URL fit for messages: the password hidden. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:***@');
}
