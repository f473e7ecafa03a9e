import type { Command } from 'commander';
import { referenceDataPath } from '../../core/resources.js';
import { action, writeOut } from '../run-command.js';

/** `dossier eval html`: body extraction F1, ours beside plain Readability's, on the same pages. */
export function registerEvalHtml(evalCommand: Command): void {
  evalCommand
    .command('html')
    .description('HTML body extraction: precision, recall and F1 over word 4-grams, Dossier beside Mozilla Readability')
    .option('--data <dir>', 'article-extraction folder (ground-truth.json + html/*.html.gz)')
    .option('--limit <n>', 'score only the first N pages', (v) => Number.parseInt(v, 10))
    .option('--json', 'print the figures as JSON')
    .action(
      action(async (opts: { data?: string; limit?: number; json?: boolean }) => {
        const { evalHtml } = await import('../../app/html-eval-service.js');
        const r = evalHtml(opts.data ?? referenceDataPath('article-extraction'), opts.limit);
        if (opts.json) return writeOut(`${JSON.stringify(r, null, 2)}\n`);
        const row = (name: string, s: typeof r.dossier) =>
          `${name.padEnd(22)} ${s.precision.toFixed(3).padStart(9)} ${s.recall.toFixed(3).padStart(7)} ${s.f1.toFixed(3).padStart(7)} ${(s.ms / Math.max(1, s.pages)).toFixed(1).padStart(10)}`;
        const lines = [
          `HTML body extraction on ${r.dossier.pages} pages (${r.dataDir})`,
          `${'extractor'.padEnd(22)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(7)} ${'ms/page'.padStart(10)}`,
          row('dossier', r.dossier),
          row('readability (plain)', r.readability),
          '',
          'Lowest-scoring pages for Dossier (P/R):',
          ...r.worst.slice(0, 5).map((w) => `  ${w.dossier.precision.toFixed(2)}/${w.dossier.recall.toFixed(2)}  ${w.url ?? w.id}`),
        ];
        return writeOut(`${lines.join('\n')}\n`);
      }),
    );
}
