import type { Command } from 'commander';
import { defaultWorkers } from '../../app/default-workers.js';
import { useTieringFor } from '../tiering-policy.js';
import { DEFAULT_BATCH } from '../../app/ingest-defaults.js';
import { DossierError, ErrorCodes } from '../../core/errors.js';
import { action, writeOut } from '../run-command.js';
import { progressReporter } from './ingest-progress.js';
import { parseCount, storeOptions, withStore } from './store-options.js';

/** Failure lines printed in full; the rest are counted (all are in --json). */
const MAX_FAILURE_LINES = 200;

export function registerIngest(program: Command): void {
  storeOptions(
    program
      .command('ingest')
      .description('extract and store many articles: files, folders (recursive), JSON arrays, JSONL, CSV')
      .argument('<paths...>', 'files or folders; folders are walked for .txt .html .json .jsonl .csv')
      .option('--workers <n>', `threads that extract (default: one fewer than the machine's cores, at least 1: ${defaultWorkers()} here); 1 = one worker thread for cleaning and the taggers, the main thread for the rest of the pipeline; from 2 up the main thread is one of them, each running the whole pipeline; 0 = only the main thread`, parseCount('--workers', 0))
      .option('--batch-size <n>', `records per transaction (default ${DEFAULT_BATCH}); a crash loses at most one batch`, parseCount('--batch-size'))
      .option('--date <YYYY-MM-DD>', 'reference date for articles that state none')
      .option('--no-clean', 'keep the raw text: skip repairing scraped-text artifacts')
      .option('--json', 'print the summary as JSON')
      .option('--queue', 'put the articles on the Redis queue for "dossier worker" instead of extracting here')
      .option('--redis <url>', 'Redis URL for --queue (default: $DOSSIER_REDIS_URL)')
      .option('--queue-name <name>', 'queue name for --queue')
      .option('--redis-prefix <prefix>', 'Redis key prefix for --queue'),
  ).action(
    action(async (paths: string[], opts: { db?: string; pg?: string; workers?: number; batchSize?: number; date?: string; clean: boolean; json?: boolean; queue?: boolean; redis?: string; queueName?: string; redisPrefix?: string }) => {
      // Loaded on use: the queue's client libraries (bullmq, ioredis) are no part of a local ingest.
      if (opts.queue) return (await import('./ingest-queue.js')).queueIngest(paths, opts);
      const { IngestService } = await import('../../app/ingest-service.js');
      const { clusterStored } = await import('../../app/events-service.js');
      useTieringFor(opts.workers ?? defaultWorkers());
      const bar = progressReporter();
      const summary = await withStore(opts, (repo) =>
        new IngestService(repo).ingest(paths, {
          workers: opts.workers, batchSize: opts.batchSize, date: opts.date, clean: opts.clean, onProgress: bar.update,
          // Cross-source events: each stored batch joins (or starts) events.
          onStored: clusterStored(repo),
        }),
      'write').finally(() => bar.end());
      if (summary.stored + summary.skipped + summary.failed === 0) {
        throw new DossierError('EMPTY_INPUT', `${paths.join(', ')}: no articles found (.txt, .html, .json, .jsonl, .csv)`);
      }
      for (const f of summary.failures.slice(0, MAX_FAILURE_LINES)) process.stderr.write(`dossier: ${f.message}\n`);
      if (summary.failures.length > MAX_FAILURE_LINES) {
        process.stderr.write(`dossier: ... and ${summary.failures.length - MAX_FAILURE_LINES} more failures (see --json)\n`);
      }
      const rate = summary.elapsedMs > 0 ? ((summary.stored + summary.skipped + summary.failed) * 1000) / summary.elapsedMs : 0;
      if (opts.json) {
        await writeOut(`${JSON.stringify(summary, null, 2)}\n`);
      } else {
        const lines = [
          `stored ${summary.stored} new record${summary.stored === 1 ? '' : 's'}`,
          `skipped ${summary.skipped} already stored${summary.repeated ? ` (${summary.repeated} repeated within this run)` : ''}`,
          `failed ${summary.failed}`,
        ];
        await writeOut(`${lines.join(', ')} (${summary.files} file${summary.files === 1 ? '' : 's'}, ${(summary.elapsedMs / 1000).toFixed(1)} s, ${rate.toFixed(1)} articles/s, ${summary.workers} worker${summary.workers === 1 ? '' : 's'})\n`);
      }
      // Non-zero only when nothing at all could be read: the first failure's kind says why.
      const first = summary.failures[0];
      if (summary.stored + summary.skipped === 0 && first) process.exitCode = ErrorCodes[first.code].exit;
    }),
  );
}
