import type { Command } from 'commander';
import { cleanInput, formatEdits } from '../../clean/clean-service.js';
import { action, writeOut } from '../run-command.js';
import type { InputFormat } from '../../ingest/read-input.js';

export function registerClean(program: Command): void {
  program
    .command('clean')
    .description('repair the scraped-text artifacts of one article and print the cleaned text')
    .argument('<input>', 'FILE, URL or - (stdin); .html, .json and .txt are read by their kind')
    .option('--diff', 'print the edits instead: original offsets, kind, replaced text and replacement')
    .option('--json', 'print {text, cleaning, sections} as JSON')
    .option('--url <url>', 'the article\'s URL, when the input is a saved file')
    .option('--format <kind>', 'read the input as text, html or json instead of guessing')
    .option('--allow-private-urls', 'allow fetching loopback, private and link-local addresses')
    .action(
      action(async (input: string, opts: { diff?: boolean; json?: boolean; url?: string; format?: InputFormat; allowPrivateUrls?: boolean }) => {
        const cleaned = await cleanInput(input, { url: opts.url, format: opts.format, allowPrivateUrls: opts.allowPrivateUrls });
        if (opts.json) {
          await writeOut(`${JSON.stringify({ text: cleaned.text, cleaning: cleaned.edits, sections: cleaned.sections }, null, 2)}\n`);
        } else if (opts.diff) {
          await writeOut(formatEdits(cleaned.edits, cleaned.original));
        } else {
          await writeOut(cleaned.text.endsWith('\n') ? cleaned.text : `${cleaned.text}\n`);
        }
      }),
    );
}
