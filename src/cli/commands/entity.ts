import type { Command } from 'commander';
import { SearchService } from '../../app/search-service.js';
import { action, writeOut } from '../run-command.js';
import { formatSummaryLine } from './search.js';
import { parseCount, storeOptions, withStore } from './store-options.js';

export function registerEntity(program: Command): void {
  storeOptions(
    program
      .command('entity')
      .description('every stored record (and event) that mentions a person, organisation or place')
      .argument('<name>', 'the name or any mention of it, case-insensitive ("Blair", "Tony Blair")')
      .option('--limit <n>', 'at most this many records (default 100)', parseCount('--limit'))
      .option('--json', 'print { name, records, events } as JSON'),
  ).action(
    action(async (name: string, opts: { db?: string; pg?: string; limit?: number; json?: boolean }) => {
      const report = await withStore(opts, (repo) => new SearchService(repo).entity(name, opts.limit));
      if (opts.json) return writeOut(`${JSON.stringify(report, null, 2)}\n`);
      const lines = [`${report.records.length} record${report.records.length === 1 ? '' : 's'} mention ${name}`];
      for (const r of report.records) lines.push(`  ${formatSummaryLine(r)}${r.eventId ? `  event ${r.eventId}` : ''}`);
      if (report.events.length) {
        lines.push(`${report.events.length} event${report.events.length === 1 ? '' : 's'}`);
        for (const e of report.events) lines.push(`  ${e.when ?? '----------'}  ${e.summary || e.type}  (${e.records.length} sources)  ${e.id}`);
      }
      return writeOut(`${lines.join('\n')}\n`);
    }),
  );
}
