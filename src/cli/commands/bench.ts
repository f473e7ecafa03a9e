import type { Command } from 'commander';
import { DEFAULT_BENCH_ARTICLES, formatBench, runBench } from '../../app/bench-service.js';
import { action, writeOut } from '../run-command.js';
import { parseCount } from './store-options.js';

export function registerBench(program: Command): void {
  program
    .command('bench')
    .description('throughput and memory on BBC News articles (../shared/data/bbc-news), beside compromise')
    .option('--articles <n>', `how many articles (default ${DEFAULT_BENCH_ARTICLES})`, parseCount('--articles'))
    .option('--workers <n>', 'workers for the ingest run (default: the machine\'s cores)', parseCount('--workers'))
    .option('--json', 'print the figures as JSON')
    .action(
      action(async (opts: { articles?: number; workers?: number; json?: boolean }) => {
        const report = await runBench({ articles: opts.articles, workers: opts.workers });
        await writeOut(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatBench(report));
      }),
    );
}
