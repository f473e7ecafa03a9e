import type { Command } from 'commander';
import { SearchService } from '../../app/search-service.js';
import type { RecordSummary, SearchHit } from '../../store/repository.js';
import { action, writeOut } from '../run-command.js';
import { parseCount, storeOptions, withStore } from './store-options.js';

interface SearchOpts {
  db?: string; pg?: string; entity?: string; type?: string; place?: string; from?: string; to?: string; limit?: number; json?: boolean;
}

export function registerSearch(program: Command): void {
  storeOptions(
    program
      .command('search')
      .description('full-text search of stored records, with snippets and filters')
      .argument('[query]', 'words (all must match; "a phrase"; a OR b); leave out to list newest first')
      .option('--entity <name>', 'only records that mention this person, organisation or place')
      .option('--type <type>', 'only records whose main event has this type')
      .option('--place <name>', 'only records that name this place')
      .option('--from <YYYY-MM-DD>', 'published on or after')
      .option('--to <YYYY-MM-DD>', 'published on or before')
      .option('--limit <n>', 'at most this many hits (default 20)', parseCount('--limit'))
      .option('--json', 'print { total, hits } as JSON'),
  ).action(
    action(async (query: string | undefined, opts: SearchOpts) => {
      const result = await withStore(opts, (repo) => new SearchService(repo).search({
        q: query, entity: opts.entity, type: opts.type, place: opts.place, from: opts.from, to: opts.to, limit: opts.limit,
      }));
      if (opts.json) return writeOut(`${JSON.stringify(result, null, 2)}\n`);
      const head = `${result.total} record${result.total === 1 ? '' : 's'}${result.total > result.hits.length ? ` (showing ${result.hits.length})` : ''}\n`;
      return writeOut(head + result.hits.map(formatHit).join(''));
    }),
  );
}

export function formatSummaryLine(r: RecordSummary): string {
  const date = r.published ?? '----------';
  return `${date}  ${r.title ?? r.origin ?? '(untitled)'}  [${r.eventType}]  ${r.id.slice(0, 12)}`;
}

function formatHit(h: SearchHit): string {
  return `\n${formatSummaryLine(h)}\n${h.url ? `  ${h.url}\n` : ''}  ${h.snippet}\n`;
}
