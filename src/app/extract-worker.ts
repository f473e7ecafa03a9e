import { parentPort, workerData } from 'node:worker_threads';
import { adoptSharedTables } from '../core/shared-tables.js';
import type { BatchItem } from '../ingest/batch.js';
import { extractItem } from './extract-outcome.js';
import { ExtractService, type ExtractOptions } from './extract-service.js';

/**
 * A worker thread of `dossier ingest` (and of the server): its first message is the parent's
 * read-only tables ({ tables }, see core/shared-tables.ts), which it takes before it builds its
 * ExtractService, so it loads no model of its own; then it answers { id, item } messages with
 * { id, outcome } until the pool closes it. The modules load while the parent builds the tables.
 */
const opts = (workerData ?? {}) as ExtractOptions;
let service: ExtractService | undefined;
parentPort!.on('message', (msg: { tables: Record<string, unknown> } | { id: number; item: BatchItem }) => {
  if ('tables' in msg) {
    adoptSharedTables(msg.tables);
    service ??= new ExtractService();
    return;
  }
  service ??= new ExtractService();
  parentPort!.postMessage({ id: msg.id, outcome: extractItem(service, msg.item, opts) });
});
