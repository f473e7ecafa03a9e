import { performance } from 'node:perf_hooks';
import { DossierError } from '../core/errors.js';
import type { DossierRecord } from '../core/record.js';
import { planBatch, readBatch, type BatchEntry, type BatchFailure, type BatchItem } from '../ingest/batch.js';
import { isIsoDate } from '../ingest/dates.js';
import type { RecordMeta, Repository } from '../store/repository.js';
import { createExtractor, defaultWorkers } from './extract-pool.js';
import type { ExtractOptions } from './extract-service.js';

export interface IngestOptions extends ExtractOptions {
  /** Worker threads for extraction; 0 extracts in this thread. Default: the machine's cores. */
  readonly workers?: number;
  /** Records per transaction. */
  readonly batchSize?: number;
  /** Called as work advances (at most a few times a second is the caller's business). */
  readonly onProgress?: (p: IngestProgress) => void;
}

export interface IngestProgress {
  /** Articles seen so far: stored, skipped or failed. */
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
  readonly failed: number;
  readonly failures: BatchFailure[];
  readonly elapsedMs: number;
  readonly workers: number;
}

/** Items looked up in the store at once, before extraction. */
const LOOKUP_CHUNK = 64;
/** A batch is written when it has this many records or has waited this long. */
const DEFAULT_BATCH = 50;
const FLUSH_MS = 1000;

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
    let bytesDone = 0;
    const progress = () => opts.onProgress?.({
      done: stored + skipped + failures.length - plan.failures.length, stored, skipped, failed: failures.length,
      bytesDone, bytesTotal: plan.totalBytes, elapsedMs: performance.now() - t0,
    });

    // Writes run one after another; a store failure stops the run.
    let pending: Array<{ record: DossierRecord; meta: RecordMeta }> = [];
    let lastFlush = performance.now();
    let writes: Promise<void> = Promise.resolve();
    let storeError: unknown;
    const flush = () => {
      const batch = pending;
      pending = [];
      lastFlush = performance.now();
      if (batch.length === 0) return;
      writes = writes.then(async () => {
        if (storeError) return;
        try {
          for (const r of await this.repo.putRecords(batch)) r.stored ? stored++ : skipped++;
        } catch (err) {
          storeError = err;
        }
        progress();
      });
    };

    const extractor = plan.files.length ? createExtractor(workers, { date: opts.date, clean: opts.clean }) : undefined;
    const seen = new Set<string>();
    const inFlight = new Set<Promise<void>>();
    const maxInFlight = Math.max(1, workers) * 4;
    try {
      for await (const entries of inChunks(readBatch(plan), LOOKUP_CHUNK)) {
        if (storeError) break;
        const items: Array<{ item: BatchItem; bytes: number }> = [];
        for (const e of entries) {
          if ('failure' in e) {
            failures.push(e.failure);
            bytesDone += e.bytes;
          } else items.push(e);
        }
        const known = await this.repo.storedContentHashes(items.map((e) => e.item.contentHash));
        for (const { item, bytes } of items) {
          if (known.has(item.contentHash) || seen.has(item.contentHash)) {
            skipped++;
            bytesDone += bytes;
            continue;
          }
          seen.add(item.contentHash);
          while (inFlight.size >= maxInFlight) await Promise.race(inFlight);
          const task = extractor!.extract(item).then((outcome) => {
            bytesDone += bytes;
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
      files: plan.files.length, stored, skipped, failed: failures.length, failures,
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
