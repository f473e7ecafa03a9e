import { parentPort, workerData } from 'node:worker_threads';
import type { BatchItem } from '../ingest/batch.js';
import { extractItem } from './extract-outcome.js';
import { ExtractService, type ExtractOptions } from './extract-service.js';

/**
 * A worker thread of `dossier ingest`: builds its ExtractService (and so its models) once, then
 * answers { id, item } messages with { id, outcome } until the pool closes it.
 */
const opts = (workerData ?? {}) as ExtractOptions;
const service = new ExtractService();
parentPort!.on('message', (msg: { id: number; item: BatchItem }) => {
  parentPort!.postMessage({ id: msg.id, outcome: extractItem(service, msg.item, opts) });
});
