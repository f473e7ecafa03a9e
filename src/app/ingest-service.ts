import { performance } from 'node:perf_hooks';
import { DossierError } from '../core/errors.js';
import type { DossierRecord } from '../core/record.js';
import { planBatch, readBatch, type BatchEntry, type BatchFailure, type BatchItem } from '../ingest/batch.js';
import { isIsoDate } from '../ingest/dates.js';
import type { RecordMeta, Repository } from '../store/repository.js';
import { defaultWorkers } from './default-workers.js';
import { createExtractor, type Extractor } from './extract-pool.js';
import { DEFAULT_BATCH } from './ingest-defaults.js';
import type { ExtractOptions } from './extract-service.js';

export interface IngestOptions extends ExtractOptions {
  /** Worker threads for extraction; 0 extracts in this thread. Default: `defaultWorkers()`, one fewer than the cores. */
  readonly workers?: number;
  /** Records per transaction. */
  readonly batchSize?: number;
  /** Called as work advances (at most a few times a second is the caller's business). */
  readonly onProgress?: (p: IngestProgress) => void;
  /**
   * Called after each batch commits, with the records it stored new (for clustering into events,
   * say). Awaited before the next batch is written; a failure stops the run like a store failure.
   */
  readonly onStored?: (records: DossierRecord[]) => Promise<void> | void;
}

export interface IngestProgress {
  /** Articles dealt with so far: skipped, failed, or extracted (`stored` counts those committed). */
  readonly done: number;
  readonly stored: number;
  readonly skipped: number;
  readonly failed: number;
  /** Input bytes consumed and in all: the fraction done, since JSONL and CSV rows are not counted ahead. */
  readonly bytesDone: number;
  readonly bytesTotal: number;
  readonly elapsedMs: number;
}

export interface IngestSummary {
  readonly files: number;
  readonly stored: number;
  /** Already in the store (same raw input, or the same cleaned text) or repeated within this run. */
  readonly skipped: number;
  /** Of the skipped, those that repeat an article met earlier in this same run (a feed with duplicates). */
  readonly repeated: number;
  readonly failed: number;
  readonly failures: BatchFailure[];
  readonly elapsedMs: number;
  readonly workers: number;
}

/** Items looked up in the store at once, before extraction. */
const LOOKUP_CHUNK = 64;
/** A batch is written when it has DEFAULT_BATCH records (ingest-defaults.ts) or has waited this long. */
const FLUSH_MS = 1000;
/** Batches waiting to be written before reading pauses. */
const MAX_QUEUED_WRITES = 2;

/**
 * `dossier ingest`: reads every article in the paths, skips those stored already (by the hash of
 * the raw input), extracts the rest across worker threads and writes them in batches, one
 * transaction each, so a crash loses at most the batch in flight and a re-run resumes.
 */
export class IngestService {
  constructor(private readonly repo: Repository) {}

  async ingest(paths: readonly string[], opts: IngestOptions = {}): Promise<IngestSummary> {
    if (opts.date !== undefined && !isIsoDate(opts.date)) {
      throw new DossierError('USAGE', `--date ${opts.date}: not a calendar date in the form YYYY-MM-DD`);
    }
    const workers = opts.workers ?? defaultWorkers();
    const batchSize = opts.batchSize ?? DEFAULT_BATCH;
    const t0 = performance.now();
    const plan = await planBatch(paths);
    const failures: BatchFailure[] = [...plan.failures];
    let stored = 0;
    let skipped = 0;
    let repeated = 0;
    const storedThisRun = new Set<string>();
    let bytesDone = 0;
    // Articles whose fate is known: skipped, failed, or extracted (stored once their batch commits).
    let processed = 0;
    const progress = () => opts.onProgress?.({
      done: processed, stored, skipped, failed: failures.length,
      bytesDone, bytesTotal: plan.totalBytes, elapsedMs: performance.now() - t0,
    });

    // Writes run one after another; a store failure stops the run.
    let pending: Array<{ record: DossierRecord; meta: RecordMeta }> = [];
    let lastFlush = performance.now();
    let writes: Promise<void> = Promise.resolve();
    let storeError: unknown;
    let queuedWrites = 0;
    const flush = () => {
      const batch = pending;
      pending = [];
      lastFlush = performance.now();
      if (batch.length === 0) return;
      queuedWrites++;
      writes = writes.then(async () => {
        if (storeError) return;
        try {
          const results = await this.repo.putRecords(batch);
          const fresh: DossierRecord[] = [];
          results.forEach((r, i) => {
            if (r.stored) {
              stored++;
              storedThisRun.add(r.id);
              fresh.push(batch[i]!.record);
            } else {
              skipped++;
              if (storedThisRun.has(r.id)) repeated++;
            }
          });
          if (fresh.length && opts.onStored) await opts.onStored(fresh);
        } catch (err) {
          storeError = err;
        }
        queuedWrites--;
        progress();
      });
    };

    // Started on the first article that needs extracting: a re-ingest of stored work starts no threads.
    let extractor: Extractor | undefined;
    const extract = (item: BatchItem) => (extractor ??= createExtractor(workers, { date: opts.date, clean: opts.clean })).extract(item);
    const seen = new Set<string>();
    const inFlight = new Set<Promise<void>>();
    // 24 articles a thread, at least 48: with one worker the pipeline is split, and an article waits
    // in two places (the worker's queue, then this thread's); and while this thread stores and
    // clusters a batch (110-145 ms for 100, during which it sends the worker nothing) the worker
    // goes on tagging what it was sent. With 16 in flight it ran dry in each batch (its busy share
    // fell to 0.2-0.5 for a tenth of a second). 400 BBC articles, alternating runs (medians of 4-5):
    // 176.3-181.9 articles/s against 164.6-171.7 with 16; peak memory the same.
    const maxInFlight = Math.max(2, workers) * 24;
    try {
      for await (const entries of inChunks(readBatch(plan), LOOKUP_CHUNK)) {
        if (storeError) break;
        const items: Array<{ item: BatchItem; bytes: number }> = [];
        for (const e of entries) {
          if ('failure' in e) {
            failures.push(e.failure);
            bytesDone += e.bytes;
            processed++;
          } else items.push(e);
        }
        const known = await this.repo.storedContentHashes(items.map((e) => e.item.contentHash));
        for (const { item, bytes } of items) {
          if (known.has(item.contentHash) || seen.has(item.contentHash)) {
            skipped++;
            // Met earlier in this run (its batch may have committed since, so it may be `known` too).
            if (seen.has(item.contentHash)) repeated++;
            bytesDone += bytes;
            processed++;
            continue;
          }
          seen.add(item.contentHash);
          while (inFlight.size >= maxInFlight) await Promise.race(inFlight);
          // A store slower than extraction (a remote PostgreSQL) must not let batches pile up in memory.
          if (queuedWrites >= MAX_QUEUED_WRITES) await writes;
          const task = extract(item).then((outcome) => {
            bytesDone += bytes;
            processed++;
            if (outcome.ok) {
              pending.push({ record: outcome.record, meta: { contentHash: item.contentHash, origin: item.origin } });
              if (pending.length >= batchSize || performance.now() - lastFlush > FLUSH_MS) flush();
            } else {
              failures.push({ origin: item.origin, code: outcome.code, message: outcome.message });
            }
            progress();
          });
          inFlight.add(task);
          void task.finally(() => inFlight.delete(task));
        }
        progress();
      }
      await Promise.all(inFlight);
      flush();
      await writes;
    } finally {
      await extractor?.close();
    }
    if (storeError) throw storeError;
    progress();
    return {
      files: plan.files.length, stored, skipped, repeated, failed: failures.length, failures,
      elapsedMs: performance.now() - t0, workers,
    };
  }
}

async function* inChunks<T>(source: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let chunk: T[] = [];
  for await (const x of source) {
    chunk.push(x);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}

export type { BatchEntry };
