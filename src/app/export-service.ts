import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { once } from 'node:events';
import { DossierError } from '../core/errors.js';
import type { DossierRecord } from '../core/record.js';
import type { Repository } from '../store/repository.js';

export type ExportFormat = 'json' | 'jsonl' | 'csv';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'jsonl', 'csv'];

/** ACLED-style columns: one row per record, from its main event. */
export const CSV_COLUMNS = [
  'event_date', 'event_type', 'actor1', 'actor2', 'location', 'latitude', 'longitude', 'fatalities', 'source', 'notes',
] as const;

/** The record's main event as an ACLED-like row: the best-ranked value of each field. */
export function csvRow(record: DossierRecord): Record<(typeof CSV_COLUMNS)[number], string> {
  const e = record.event;
  const where = e.where[0];
  const geo = (where?.entityId ? record.entities.find((x) => x.id === where.entityId)?.geo : undefined)
    ?? record.entities.find((x) => x.geo)?.geo;
  const actor1 = e.perpetrators[0]?.text ?? e.who[0]?.text ?? '';
  const actor2 = e.targets[0]?.text ?? e.who.find((w) => w.text !== actor1)?.text ?? '';
  return {
    event_date: e.when?.iso ?? record.source.published ?? '',
    event_type: e.type,
    actor1,
    actor2,
    location: where?.text ?? geo?.name ?? '',
    latitude: geo ? String(geo.lat) : '',
    longitude: geo ? String(geo.lon) : '',
    fatalities: e.casualties.killed ? String(e.casualties.killed.min) : '',
    source: record.source.publisher ?? record.source.url ?? '',
    notes: e.summary || record.source.title || '',
  };
}

export function csvLine(values: readonly string[]): string {
  return `${values.map((v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',')}\r\n`;
}

/**
 * Writes every stored record, oldest first, as JSON (one array), JSONL or CSV. To a file, it writes
 * a temp file beside it and renames it into place, so a reader never sees half an export.
 */
export class ExportService {
  constructor(private readonly repo: Repository) {}

  async export(format: ExportFormat, out: NodeJS.WritableStream): Promise<number> {
    if (!EXPORT_FORMATS.includes(format)) {
      throw new DossierError('USAGE', `--format ${format}: expected one of ${EXPORT_FORMATS.join(', ')}`);
    }
    let n = 0;
    const write = async (chunk: string) => {
      if (!out.write(chunk)) await once(out, 'drain');
    };
    if (format === 'csv') await write(csvLine(CSV_COLUMNS));
    if (format === 'json') await write('[');
    for await (const record of this.repo.allRecords()) {
      if (format === 'csv') {
        const row = csvRow(record);
        await write(csvLine(CSV_COLUMNS.map((c) => row[c])));
      } else if (format === 'jsonl') {
        await write(`${JSON.stringify(record)}\n`);
      } else {
        await write(`${n ? ',' : ''}\n${JSON.stringify(record)}`);
      }
      n++;
    }
    if (format === 'json') await write(n ? '\n]\n' : ']\n');
    return n;
  }

  async exportToFile(format: ExportFormat, file: string): Promise<number> {
    const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
    let stream;
    try {
      stream = createWriteStream(temp, { flags: 'wx' });
      await once(stream, 'open');
    } catch (err) {
      throw new DossierError('NOT_FOUND', `${file}: cannot write (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
    try {
      const n = await this.export(format, stream);
      stream.end();
      await once(stream, 'finish');
      await rename(temp, file);
      return n;
    } catch (err) {
      stream.destroy();
      await rm(temp, { force: true });
      throw err;
    }
  }
}
