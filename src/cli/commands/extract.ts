import type { Command } from 'commander';
import { extractService } from '../../app/extract-service.js';
import { action, writeOut } from '../run-command.js';
import { formatSummary } from '../format-summary.js';
import type { InputFormat } from '../../ingest/read-input.js';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract the record of one article: a file, a URL, or - for stdin')
    .argument('<input>', 'FILE, URL or - (stdin); .html, .json and .txt are read by their kind')
    .option('--json', 'print the record as JSON (schemaVersion 1)')
    .option('--date <YYYY-MM-DD>', 'reference date for relative times when the article states none')
    .option('--url <url>', 'the article\'s URL, when the input is a saved file')
    .option('--format <kind>', 'read the input as text, html or json instead of guessing')
    .option('--no-clean', 'keep the raw text: skip repairing scraped-text artifacts')
    .option('--profile', 'print the time each pipeline stage took, on stderr')
    .option('--allow-private-urls', 'allow fetching loopback, private and link-local addresses')
    .action(
      action(async (input: string, opts: { json?: boolean; date?: string; url?: string; format?: InputFormat; clean: boolean; profile?: boolean; allowPrivateUrls?: boolean }) => {
        const { record, timings } = await extractService().extractInput(
          input,
          { url: opts.url, format: opts.format, allowPrivateUrls: opts.allowPrivateUrls },
          { date: opts.date, clean: opts.clean },
        );
        if (opts.profile) {
          const total = timings.reduce((n, t) => n + t.ms, 0);
          for (const t of timings) process.stderr.write(`${t.stage.padEnd(14)} ${t.ms.toFixed(2).padStart(9)} ms\n`);
          process.stderr.write(`${'total'.padEnd(14)} ${total.toFixed(2).padStart(9)} ms\n`);
        }
        await writeOut(opts.json ? `${JSON.stringify(record, null, 2)}\n` : formatSummary(record));
      }),
    );
}
