import { InvalidArgumentError, type Command } from 'commander';
import { EXPORT_FORMATS, ExportService, type ExportFormat } from '../../app/export-service.js';
import { action } from '../run-command.js';
import { storeOptions, withStore } from './store-options.js';

export function registerExport(program: Command): void {
  storeOptions(
    program
      .command('export')
      .description('write every stored record as JSON, JSONL or ACLED-style CSV')
      .option('--format <kind>', `${EXPORT_FORMATS.join(', ')} (default jsonl)`, (v: string) => {
        if (!(EXPORT_FORMATS as readonly string[]).includes(v)) throw new InvalidArgumentError(`expected one of ${EXPORT_FORMATS.join(', ')}`);
        return v as ExportFormat;
      }, 'jsonl' as ExportFormat)
      .option('--out <file>', 'write to this file (atomically: a temp file renamed into place) instead of stdout'),
  ).action(
    action(async (opts: { db?: string; pg?: string; format: ExportFormat; out?: string }) => {
      await withStore(opts, async (repo) => {
        const service = new ExportService(repo);
        if (opts.out) {
          const n = await service.exportToFile(opts.format, opts.out);
          process.stderr.write(`exported ${n} record${n === 1 ? '' : 's'} to ${opts.out}\n`);
        } else {
          // A reader that stops early (| head) is not an error.
          process.stdout.on('error', (err: NodeJS.ErrnoException) => {
            if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
          });
          await service.export(opts.format, process.stdout);
        }
      });
    }),
  );
}
