import { parentPort, workerData } from 'node:worker_threads';
import { adoptSharedTables } from '../core/shared-tables.js';
import type { BatchItem } from '../ingest/batch.js';
import { taggingStages } from '../pipeline/registry.js';
import { annotateItem, extractItem } from './extract-outcome.js';
import { ExtractService, type ExtractOptions } from './extract-service.js';

/** What a worker is started with: the extraction options, and whether it runs the tagging part only. */
export interface WorkerData extends ExtractOptions {
  /** 'tagging': the first part of a split pipeline, answered as an AnnotateOutcome (see extract-pool.ts). */
  readonly part?: 'tagging';
}

/**
 * A worker thread of `dossier ingest` (and of the server): its first message is the parent's
 * read-only tables ({ tables }, see core/shared-tables.ts), which it takes before it builds its
 * ExtractService, so it loads no model of its own; then it answers { id, item } messages with
 * { id, outcome } until the pool closes it. The modules load while the parent builds the tables.
 */
const { part, ...opts } = (workerData ?? {}) as WorkerData;
let service: ExtractService | undefined;
const build = () => (service ??= part === 'tagging' ? new ExtractService(taggingStages()) : new ExtractService());
parentPort!.on('message', (msg: { tables: Record<string, unknown> } | { id: number; item: BatchItem }) => {
  if ('tables' in msg) {
    adoptSharedTables(msg.tables);
    build();
    return;
  }
  const outcome = part === 'tagging' ? annotateItem(build(), msg.item, opts) : extractItem(build(), msg.item, opts);
  parentPort!.postMessage({ id: msg.id, outcome });
});
