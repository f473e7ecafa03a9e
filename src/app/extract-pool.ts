import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DossierError } from '../core/errors.js';
import { packagePath } from '../core/resources.js';
import type { BatchItem } from '../ingest/batch.js';
import { extractItem, type ExtractOutcome } from './extract-outcome.js';
import { ExtractService, type ExtractOptions } from './extract-service.js';

/** Turns batch items into records: in this thread, or across worker threads. */
export interface Extractor {
  extract(item: BatchItem): Promise<ExtractOutcome>;
  close(): Promise<void>;
}

export function defaultWorkers(): number {
  return availableParallelism();
}

/** `workers` 0 extracts in this thread (one core); otherwise that many worker threads. */
export function createExtractor(workers: number, opts: ExtractOptions = {}): Extractor {
  return workers <= 0 ? new InProcessExtractor(opts) : new WorkerPool(workers, opts);
}

class InProcessExtractor implements Extractor {
  private readonly service = new ExtractService();
  constructor(private readonly opts: ExtractOptions) {}
  async extract(item: BatchItem): Promise<ExtractOutcome> {
    return extractItem(this.service, item, this.opts);
  }
  async close(): Promise<void> {}
}

interface Task {
  readonly resolve: (o: ExtractOutcome) => void;
  readonly item: BatchItem;
}

interface Slot {
  worker: Worker;
  readonly tasks: Map<number, Task>;
}

/**
 * Worker threads load the built JavaScript (dist/app/extract-worker.js): beside this file when it
 * runs from dist, else (tests running the TypeScript sources) from the package's dist folder.
 */
export function workerScript(): string {
  const beside = fileURLToPath(new URL('./extract-worker.js', import.meta.url));
  if (existsSync(beside)) return beside;
  const built = packagePath('dist', 'app', 'extract-worker.js');
  if (existsSync(built)) return built;
  throw new DossierError('INTERNAL', `${built}: the worker script is missing; run "npm run build"`);
}

class WorkerPool implements Extractor {
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private closing = false;

  constructor(size: number, private readonly opts: ExtractOptions) {
    const script = workerScript();
    for (let i = 0; i < size; i++) this.slots.push(this.spawn(script));
  }

  extract(item: BatchItem): Promise<ExtractOutcome> {
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

  private spawn(script: string): Slot {
    const slot: Slot = { worker: new Worker(script, { workerData: this.opts }), tasks: new Map() };
    this.listen(slot, script);
    return slot;
  }

  private listen(slot: Slot, script: string): void {
    const worker = slot.worker;
    worker.on('message', (msg: { id: number; outcome: ExtractOutcome }) => {
      const task = slot.tasks.get(msg.id);
      slot.tasks.delete(msg.id);
      task?.resolve(msg.outcome);
    });
    // A worker that dies (out of memory, a bug) fails its own articles, not the run; a new one takes its place.
    let dead = false;
    const fail = (why: string) => {
      if (dead || this.closing) return;
      dead = true;
      for (const task of slot.tasks.values()) {
        task.resolve({ ok: false, code: 'INTERNAL', message: `${task.item.origin}: extraction worker failed (${why})` });
      }
      slot.tasks.clear();
      slot.worker = new Worker(script, { workerData: this.opts });
      this.listen(slot, script);
    };
    worker.once('error', (err) => fail(err.message));
    worker.once('exit', (code) => fail(`exit code ${code}`));
  }
}
