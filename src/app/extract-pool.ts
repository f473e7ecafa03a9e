import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DossierError } from '../core/errors.js';
import { packagePath } from '../core/resources.js';
import type { BatchItem } from '../ingest/batch.js';
import { readingStages, TAGGED_LAYERS } from '../pipeline/registry.js';
import { extractItem, finishItem, type AnnotateOutcome, type ExtractOutcome } from './extract-outcome.js';
import { ExtractService, type ExtractOptions } from './extract-service.js';
import type { WorkerData } from './extract-worker.js';
import { pipelineTables } from './pipeline-tables.js';

/** Turns batch items into records: in this thread, or across worker threads. */
export interface Extractor {
  extract(item: BatchItem): Promise<ExtractOutcome>;
  close(): Promise<void>;
  /** Articles worker threads have answered so far (0 in-process): how the work was shared. */
  readonly workerAnswers: number;
}

/**
 * `workers` 0 extracts in this thread; 1, in one worker thread and this one, the pipeline split
 * between them (SplitExtractor); N >= 2, in this thread and N - 1 worker threads, each running the
 * whole pipeline on its own articles. This thread only reads, hashes and writes between articles,
 * so it takes a share of the extraction too: one pipeline (and its models) fewer in memory, one
 * start-up fewer.
 */
export function createExtractor(workers: number, opts: ExtractOptions = {}): Extractor {
  if (workers <= 0) return new InProcessExtractor(opts);
  // The workers first: they load their modules while this thread builds the tables they share.
  if (workers === 1) {
    const tagging = new WorkerPool<AnnotateOutcome>(1, { ...opts, part: 'tagging' });
    return closingOnError(tagging, () => new SplitExtractor(tagging));
  }
  const pool = new WorkerPool<ExtractOutcome>(workers - 1, opts);
  return closingOnError(pool, () => new SharedExtractor(new InProcessExtractor(opts), pool));
}

/** `build()`, or the error it throws once the pool's threads are stopped (no thread left running). */
function closingOnError(pool: { close(): Promise<void> }, build: () => Extractor): Extractor {
  try {
    return build();
  } catch (err) {
    void pool.close();
    throw err;
  }
}

/** `threads` worker threads and none of this thread's time: for a server, whose thread answers requests. */
export function createThreadPool(threads: number, opts: ExtractOptions = {}): Extractor {
  if (threads < 1) throw new DossierError('USAGE', `a thread pool needs at least one thread, not ${threads}`);
  return new WorkerPool<ExtractOutcome>(threads, opts);
}

/**
 * A worker's young generation, smaller than V8's default (48 MB on 64 bits): the pipeline's
 * short-lived objects die young either way, and the space is memory a peak counts. Ingest of 400 BBC
 * articles (one worker, split pipeline): peak 268-273 MB against 285-287, 98.4-103.0 articles/s
 * against 101.5-104.5 (alternating runs, same minutes; 24 MB: 275-280 MB).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 12 };

/** Articles queued on each worker thread: enough that it never waits for the next one. */
const WORKER_QUEUE = 2;

interface Queued {
  readonly item: BatchItem;
  readonly resolve: (o: ExtractOutcome) => void;
}

/**
 * Keeps every worker thread fed and extracts the rest in this thread, one article per turn of the
 * event loop. Extraction here is synchronous: run back to back it would starve the worker threads,
 * whose answers (and requests for more) are events this thread only sees between its own articles.
 * So articles wait in one queue; workers take from it first, as soon as they answer, and this
 * thread takes one only after the workers are fed, then yields.
 */
class SharedExtractor implements Extractor {
  private readonly queue: Queued[] = [];
  private scheduled = false;
  constructor(private readonly here: InProcessExtractor, private readonly pool: WorkerPool<ExtractOutcome>) {
    pool.onAnswer = () => this.feedWorkers();
  }
  extract(item: BatchItem): Promise<ExtractOutcome> {
    return new Promise((resolve) => {
      this.queue.push({ item, resolve });
      this.feedWorkers();
      this.schedule();
    });
  }
  private feedWorkers(): void {
    while (this.queue.length > 0 && this.pool.leastBusy() < WORKER_QUEUE) {
      const { item, resolve } = this.queue.shift()!;
      void this.pool.extract(item).then(resolve);
    }
  }
  private schedule(): void {
    if (this.scheduled || this.queue.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.feedWorkers();
      const next = this.queue.shift();
      if (next) next.resolve(this.here.extractNow(next.item));
      this.schedule();
    });
  }
  async close(): Promise<void> {
    await Promise.all([this.here.close(), this.pool.close()]);
  }
  get workerAnswers(): number {
    return this.pool.workerAnswers;
  }
}

/**
 * The pipeline in two parts on two threads: a worker thread runs the tagging stages (cleaning,
 * tokens and the three taggers: the models' arithmetic) and this thread the reading stages
 * (entities, times, attribution, the event) on each article the worker hands back. Two threads
 * each running the whole pipeline would each compile all of its code: on a fresh start (an ingest
 * of a few hundred articles) V8's warm-up costs each as much CPU as a third of the articles. Split,
 * each compiles its own half, and the records are the same (the document crosses as plain data).
 * This thread finishes one article per turn of the event loop, so that it sees the worker's
 * answers, and the writes, in between.
 */
class SplitExtractor implements Extractor {
  /** Built with the layers the tagging part leaves, so that a broken split fails here, at start. */
  private readonly service = new ExtractService(readingStages(), TAGGED_LAYERS);
  private readonly ready: Array<{ item: BatchItem; outcome: AnnotateOutcome; resolve: (o: ExtractOutcome) => void }> = [];
  private scheduled = false;
  constructor(private readonly pool: WorkerPool<AnnotateOutcome>) {
    // The worker spends its first ~250 ms loading modules: time for this thread to get ready.
    setImmediate(() => this.service.warmUp());
  }
  extract(item: BatchItem): Promise<ExtractOutcome> {
    return new Promise((resolve) => {
      void this.pool.extract(item).then((outcome) => {
        this.ready.push({ item, outcome, resolve });
        this.schedule();
      });
    });
  }
  private schedule(): void {
    if (this.scheduled || this.ready.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const next = this.ready.shift();
      if (next) next.resolve(next.outcome.ok ? finishItem(this.service, next.item, next.outcome.annotated) : next.outcome);
      this.schedule();
    });
  }
  async close(): Promise<void> {
    await this.pool.close();
  }
  get workerAnswers(): number {
    return this.pool.workerAnswers;
  }
}

class InProcessExtractor implements Extractor {
  readonly workerAnswers = 0;
  /** Built here, so that a missing model is one clear error from createExtractor, not a failure per article. */
  private readonly service = new ExtractService();
  constructor(private readonly opts: ExtractOptions) {}
  async extract(item: BatchItem): Promise<ExtractOutcome> {
    return this.extractNow(item);
  }
  extractNow(item: BatchItem): ExtractOutcome {
    return extractItem(this.service, item, this.opts);
  }
  async close(): Promise<void> {}
}

interface Task<T> {
  readonly resolve: (o: T) => void;
  readonly item: BatchItem;
}

interface Slot<T> {
  worker: Worker;
  readonly tasks: Map<number, Task<T>>;
}

/**
 * Worker threads load the built JavaScript: beside this file when it runs from dist, else (tests
 * running the TypeScript sources) from the package's dist folder. There, the worker bundled into one
 * file (dist/app/extract-worker.bundle.js, written by `npm run build`: scripts/bundle-worker.mjs)
 * when it is at least as new as extract-worker.js, else extract-worker.js itself: a plain `tsc`
 * rewrites the modules but not the bundle, whose code would then be stale.
 */
export function workerScript(): string {
  const beside = fileURLToPath(new URL('./extract-worker.js', import.meta.url));
  return workerScriptIn(existsSync(beside) ? dirname(beside) : packagePath('dist', 'app'));
}

/** The worker script to load from built folder `dir` (see workerScript). */
export function workerScriptIn(dir: string): string {
  const modules = join(dir, 'extract-worker.js');
  if (!existsSync(modules)) throw new DossierError('INTERNAL', `${modules}: the worker script is missing; run "npm run build"`);
  const bundle = join(dir, 'extract-worker.bundle.js');
  return existsSync(bundle) && statSync(bundle).mtimeMs >= statSync(modules).mtimeMs ? bundle : modules;
}

/**
 * Worker threads that share this thread's read-only tables: the workers start (and load their
 * modules) first, while this thread builds the tables once; each worker is then handed them as its
 * first message, so no worker reads or holds a model of its own.
 */
class WorkerPool<T extends ExtractOutcome | AnnotateOutcome> {
  private readonly slots: Slot<T>[] = [];
  private readonly tables: Record<string, unknown>;
  private nextId = 0;
  private closing = false;
  workerAnswers = 0;
  /** Called after a worker answers (it has room for another article). */
  onAnswer?: () => void;

  constructor(size: number, private readonly opts: WorkerData) {
    const script = workerScript();
    for (let i = 0; i < size; i++) this.slots.push(this.spawn(script));
    try {
      this.tables = pipelineTables();
    } catch (err) {
      // A model missing or broken: the same clear error as in one thread, and no worker left running.
      this.closing = true;
      for (const slot of this.slots) void slot.worker.terminate();
      throw err;
    }
    for (const slot of this.slots) slot.worker.postMessage({ tables: this.tables });
  }

  /** Articles queued on the least busy worker. */
  leastBusy(): number {
    return Math.min(...this.slots.map((s) => s.tasks.size));
  }

  extract(item: BatchItem): Promise<T> {
    // The least busy worker takes it; the caller bounds how many are in flight.
    const slot = this.slots.reduce((a, b) => (b.tasks.size < a.tasks.size ? b : a));
    const id = this.nextId++;
    return new Promise((resolve) => {
      slot.tasks.set(id, { resolve, item });
      slot.worker.postMessage({ id, item });
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(script: string): Slot<T> {
    const slot: Slot<T> = { worker: new Worker(script, { workerData: this.opts, resourceLimits: WORKER_LIMITS }), tasks: new Map() };
    this.listen(slot, script);
    return slot;
  }

  private listen(slot: Slot<T>, script: string): void {
    const worker = slot.worker;
    worker.on('message', (msg: { id: number; outcome: T }) => {
      const task = slot.tasks.get(msg.id);
      slot.tasks.delete(msg.id);
      this.workerAnswers++;
      task?.resolve(msg.outcome);
      this.onAnswer?.();
    });
    // A worker that dies (out of memory, a bug) fails its own articles, not the run; a new one takes its place.
    let dead = false;
    const fail = (why: string) => {
      if (dead || this.closing) return;
      dead = true;
      for (const task of slot.tasks.values()) {
        task.resolve({ ok: false, code: 'INTERNAL', message: `${task.item.origin}: extraction worker failed (${why})` } as T);
      }
      slot.tasks.clear();
      slot.worker = new Worker(script, { workerData: this.opts, resourceLimits: WORKER_LIMITS });
      slot.worker.postMessage({ tables: this.tables });
      this.listen(slot, script);
    };
    worker.once('error', (err) => fail(err.message));
    worker.once('exit', (code) => fail(`exit code ${code}`));
  }
}
