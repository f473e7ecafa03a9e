import { InvalidArgumentError, type Command } from 'commander';
import { eventsService } from '../../app/events-service.js';
import { openRepository } from '../../store/open-repository.js';
import type { StoredEvent } from '../../store/repository.js';
import { DossierError } from '../../core/errors.js';
import { isIsoDate } from '../../ingest/dates.js';
import { action, writeOut } from '../run-command.js';

/** The public shape of an event: everything but the centroid, which only the clusterer reads. */
export function publicEvent(e: StoredEvent): Omit<StoredEvent, 'centroid'> {
  const { centroid: _centroid, ...rest } = e;
  return rest;
}

function formatEvent(e: StoredEvent): string {
  const lines = [`${e.id}  ${e.when ?? 'undated'}  ${e.type}${e.where ? `  ${e.where.name}` : ''}`, `  ${e.summary}`];
  const facts: string[] = [];
  if (e.merged.killed !== null) facts.push(`killed ${e.merged.killed}`);
  if (e.merged.injured !== null) facts.push(`injured ${e.merged.injured}`);
  if (e.merged.perpetrators.length) facts.push(`perpetrators: ${e.merged.perpetrators.join(', ')}`);
  if (e.merged.who.length) facts.push(`who: ${e.merged.who.join(', ')}`);
  if (e.merged.targets.length) facts.push(`targets: ${e.merged.targets.join(', ')}`);
  if (e.merged.weapons.length) facts.push(`weapons: ${e.merged.weapons.join(', ')}`);
  if (facts.length) lines.push(`  ${facts.join(' · ')}`);
  lines.push(`  ${e.records.length} source${e.records.length === 1 ? '' : 's'}:`);
  for (const r of e.records) lines.push(`    - ${[r.publisher, r.title, r.url].filter(Boolean).join(' · ') || r.id}`);
  for (const d of e.disagreements) {
    const values = d.values.map((v) => `${v.value} (${v.publisher ?? v.url ?? v.recordId.slice(0, 12)})`);
    lines.push(`  sources disagree on ${d.field}: ${values.join(' / ')}`);
  }
  return lines.join('\n');
}

export function registerEvents(program: Command): void {
  program
    .command('events')
    .description('list cross-source events: stored records clustered by time, place, names, type and words')
    .option('--json', 'print the events as a JSON array')
    .option('--db <file>', 'SQLite store (default: DOSSIER_DB or ./dossier.db)')
    .option('--pg <url>', 'PostgreSQL store (default: DOSSIER_PG_URL when set)')
    .option('--rebuild', 'cluster every stored record afresh before listing')
    .option('--from <YYYY-MM-DD>', 'only events on or after this day')
    .option('--to <YYYY-MM-DD>', 'only events on or before this day')
    .option('--type <type>', 'only events of this type')
    .option('--limit <n>', 'at most this many events', (v) => {
      if (!/^\d+$/.test(v) || +v < 1) throw new InvalidArgumentError('not a positive whole number');
      return +v;
    })
    .action(
      action(async (opts: { json?: boolean; db?: string; pg?: string; rebuild?: boolean; from?: string; to?: string; type?: string; limit?: number }) => {
        for (const [name, v] of [['--from', opts.from], ['--to', opts.to]] as const) {
          if (v !== undefined && !isIsoDate(v)) throw new DossierError('USAGE', `${name} ${v}: not a calendar date in the form YYYY-MM-DD`);
        }
        const repo = await openRepository({ db: opts.db, pg: opts.pg });
        try {
          const service = eventsService();
          if (opts.rebuild) {
            const { records, events } = await service.rebuild(repo);
            process.stderr.write(`rebuilt: ${records} records in ${events} events\n`);
          }
          const events = await service.listEvents(repo, { from: opts.from, to: opts.to, type: opts.type, limit: opts.limit });
          if (opts.json) await writeOut(`${JSON.stringify(events.map(publicEvent), null, 2)}\n`);
          else await writeOut(events.length ? `${events.map(formatEvent).join('\n\n')}\n` : 'no events stored (run dossier ingest first)\n');
        } finally {
          await repo.close();
        }
      }),
    );
}
