import { Option, type Command } from 'commander';
import type { BenchPhase } from '../../app/bench-service.js';
import { defaultWorkers } from '../../app/default-workers.js';
import { action, writeOut } from '../run-command.js';
import { useTieringFor } from '../tiering-policy.js';
import { parseCount } from './store-options.js';
import { registerBenchReliability } from './bench-reliability.js';

export function registerBench(program: Command): void {
  const bench = program
    .command('bench')
    .description('throughput and memory on BBC News articles (../shared/data/bbc-news), beside compromise')
    .option('--articles <n>', 'how many articles (default 400)', parseCount('--articles'))
    .option('--workers <n>', `workers for the ingest run (default: one fewer than the machine's cores, at least 1: ${defaultWorkers()} here)`, parseCount('--workers'))
    .option('--json', 'print the figures as JSON')
    // One part in this process, for runBench's children.
    .addOption(new Option('--phase <part>').choices(['pipeline', 'compromise', 'ingest']).hideHelp())
    .action(
      action(async (opts: { articles?: number; workers?: number; json?: boolean; phase?: BenchPhase }) => {
        const { formatBench, runBench, runPhase } = await import('../../app/bench-service.js');
        if (opts.phase) {
          // The ingest row measures what `dossier ingest` does, V8's settings included.
          if (opts.phase === 'ingest') useTieringFor(opts.workers ?? defaultWorkers());
          await writeOut(`${JSON.stringify(await runPhase(opts.phase, { articles: opts.articles, workers: opts.workers }))}\n`);
          return;
        }
        const report = await runBench({ articles: opts.articles, workers: opts.workers });
        await writeOut(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatBench(report));
      }),
    );
  registerBenchReliability(bench);
}
