import type { Command } from 'commander';
import { DossierError } from '../../core/errors.js';
import { action, writeOut } from '../run-command.js';
import { parseCount } from './store-options.js';

/** `dossier bench load` and `dossier bench scaling`: the server under load, and time against input size. */
export function registerBenchReliability(bench: Command): void {
  bench
    .command('load')
    .description('load-test "dossier serve" on loopback (autocannon): req/s, p50/p99 latency, errors, server memory')
    .option('--requests <n>', 'requests per scenario unit: extract gets n, health and search 10n (default 200)', parseCount('--requests'))
    .option('--warmup <n>', 'warm-up requests per unit before the baseline memory (default 20)', parseCount('--warmup', 0))
    .option('--max-seconds <n>', 'cut each scenario off after n seconds (default 120)', parseCount('--max-seconds'))
    .option('--max-growth-mb <n>', 'fail when the server RSS grows more than n MiB after the warm-up (default 64)', parseCount('--max-growth-mb'))
    .option('--article <file>', 'the article to extract (default examples/harbour-blast.txt)')
    .option('--json', 'print the figures as JSON')
    .action(
      action(async (opts: { requests?: number; warmup?: number; maxSeconds?: number; maxGrowthMb?: number; article?: string; json?: boolean }, cmd: Command) => {
        const json = wantsJson(cmd);
        const { formatLoad, readArticle, runLoad } = await import('../../app/load-service.js');
        const report = await runLoad({ ...opts, article: opts.article === undefined ? undefined : readArticle(opts.article) });
        await writeOut(json ? `${JSON.stringify(report, null, 2)}\n` : formatLoad(report));
        if (report.problems.length) throw new DossierError('INTERNAL', `bench load failed: ${report.problems.join('; ')}`);
      }),
    );
  bench
    .command('scaling')
    .description('extract time on 1, 2, 4... copies of an article: ms and ms/KB side by side')
    .option('--article <file>', 'the article (default examples/harbour-blast.txt)')
    .option('--factors <list>', 'copies per input, comma-separated (default 1,2,4,8,16,32,64,128)')
    .option('--runs <n>', 'timed runs per size, median reported (default 5)', parseCount('--runs'))
    .option('--json', 'print the figures as JSON')
    .action(
      action(async (opts: { article?: string; factors?: string; runs?: number; json?: boolean }, cmd: Command) => {
        const json = wantsJson(cmd);
        const { readArticle } = await import('../../app/load-service.js');
        const { formatScaling, runScaling } = await import('../../app/scaling-service.js');
        const factors = opts.factors?.split(',').map((f) => {
          const n = Number(f.trim());
          if (!f.trim() || !Number.isInteger(n) || n < 1) throw new DossierError('USAGE', `--factors ${opts.factors}: "${f}" is not a whole number of at least 1`);
          return n;
        });
        const report = runScaling(readArticle(opts.article), { factors, runs: opts.runs });
        await writeOut(json ? `${JSON.stringify(report, null, 2)}\n` : formatScaling(report));
      }),
    );
}

/** `bench` has a --json of its own, which commander gives to whichever of the two comes first. */
function wantsJson(cmd: Command): boolean {
  return Boolean(cmd.optsWithGlobals<{ json?: boolean }>().json);
}
