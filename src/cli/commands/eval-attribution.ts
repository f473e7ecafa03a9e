import type { Command } from 'commander';
import { DossierError } from '../../core/errors.js';
import type { AttributionEvalReport } from '../../app/eval-attribution-service.js';
import { action, writeOut } from '../run-command.js';

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

function formatReport(r: AttributionEvalReport): string {
  const rows = (['source', 'cue', 'content', 'pair'] as const).map(
    (k) => `${k.padEnd(8)} ${pct(r[k].precision)} ${pct(r[k].recall)} ${pct(r[k].f1)}`,
  );
  return [
    `PolNeAR attribution: ${r.documents} articles, ${r.annotations} annotation files (${r.dataDir})`,
    'span overlap; pair = a source overlapping the gold Source and a content overlapping the gold Content',
    `${''.padEnd(8)}     P     R    F1`,
    ...rows,
    `${r.articlesPerSecond.toFixed(0)} articles/s (whole pipeline, this machine)`,
    '',
  ].join('\n');
}

/** `dossier eval attribution`: span and pair P/R/F1 on a PolNeAR split. */
export function registerEvalAttribution(evalCommand: Command): void {
  evalCommand
    .command('attribution')
    .description('quote and claim attribution on PolNeAR (span and pair P/R/F1)')
    .option('--data <dir>', 'a PolNeAR split with text/ and attributions/ (default $DOSSIER_DATA/polnear/dev)')
    .option('--limit <n>', 'evaluate at most this many annotation files')
    .option('--json', 'print the report as JSON')
    .action(
      action(async (opts: { data?: string; limit?: string; json?: boolean }) => {
        const limit = opts.limit === undefined ? undefined : Number(opts.limit);
        if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) {
          throw new DossierError('USAGE', `--limit ${opts.limit}: not a positive whole number`);
        }
        const { evaluateAttribution } = await import('../../app/eval-attribution-service.js');
        const report = evaluateAttribution({ dataDir: opts.data, limit });
        await writeOut(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
      }),
    );
}
