import type { Command } from 'commander';
import { DEFAULT_QUEUE_NAME, DEFAULT_QUEUE_PREFIX } from '../../app/queue-defaults.js';
import { DossierError } from '../../core/errors.js';
import { action } from '../run-command.js';
import { parseCount } from './store-options.js';

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('pull articles from the Redis queue (filled by "dossier ingest --queue"), store their records in PostgreSQL, assign events; run any number, anywhere')
    .option('--redis <url>', 'Redis URL (default: $DOSSIER_REDIS_URL)')
    .option('--pg <url>', 'PostgreSQL URL (default: $DOSSIER_PG_URL)')
    .option('--concurrency <n>', 'jobs in progress at once (default 4)', parseCount('--concurrency'))
    .option('--threads <n>', 'extraction threads (default 0: extract in this process; run one worker per core instead)', parseCount('--threads', 0))
    .option('--queue-name <name>', `queue name (default ${DEFAULT_QUEUE_NAME})`)
    .option('--redis-prefix <prefix>', `Redis key prefix (default ${DEFAULT_QUEUE_PREFIX})`)
    .option('--lock-ms <ms>', 'a dead worker\'s jobs return to the queue after about this long (default 30000)', parseCount('--lock-ms', 200))
    .option('--quiet', 'print only the summary at exit, not a line per article')
    .action(
      action(async (opts: { redis?: string; pg?: string; concurrency?: number; threads?: number; queueName?: string; redisPrefix?: string; lockMs?: number; quiet?: boolean }) => {
        // Loaded on use: the queue client and the store are no part of `dossier --help`.
        const [{ startWorker }, { checkRedisUrl }, { openRepository }] = await Promise.all([
          import('../../app/queue-worker.js'), import('../../app/queue.js'), import('../../store/open-repository.js'),
        ]);
        const redisUrl = checkRedisUrl(opts.redis ?? process.env.DOSSIER_REDIS_URL);
        const pg = opts.pg ?? process.env.DOSSIER_PG_URL;
        if (!pg) throw new DossierError('USAGE', '--pg: workers write to PostgreSQL; give --pg URL or set DOSSIER_PG_URL');
        const repo = await openRepository({ pg });
        let worker;
        try {
          worker = await startWorker(repo, {
            redisUrl, name: opts.queueName, prefix: opts.redisPrefix, concurrency: opts.concurrency, threads: opts.threads, lockMs: opts.lockMs,
            onJob: opts.quiet ? undefined : (o) => process.stderr.write(o.status === 'failed' ? `dossier: ${o.message}\n` : `${o.status} ${o.origin} -> ${o.eventId}\n`),
          });
        } catch (err) {
          await repo.close();
          throw err;
        }
        process.stderr.write(`worker ready (queue ${opts.queueName ?? DEFAULT_QUEUE_NAME}); Ctrl-C or SIGTERM stops it after the jobs in progress\n`);
        // Graceful stop: finish what is in progress, then close. A second signal exits at once
        // (the queue hands unfinished jobs to another worker).
        await new Promise<void>((resolve) => {
          let stopping = false;
          const stop = (signal: NodeJS.Signals) => {
            if (stopping) process.exit(130);
            stopping = true;
            process.stderr.write(`${signal}: finishing jobs in progress\n`);
            resolve();
          };
          process.on('SIGTERM', stop);
          process.on('SIGINT', stop);
        });
        await worker.close();
        await repo.close();
        const s = worker.stats;
        process.stderr.write(`worker stopped: stored ${s.stored}, already stored ${s.already}, failed ${s.failed}\n`);
      }),
    );
}
