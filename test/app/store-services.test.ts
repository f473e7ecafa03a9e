import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvLine, csvRow, CSV_COLUMNS, ExportService } from '../../src/app/export-service.js';
import { SearchService } from '../../src/app/search-service.js';
import { progressReporter } from '../../src/cli/commands/ingest-progress.js';
import { ftsMatch } from '../../src/store/fts-query.js';
import { SqliteRepository } from '../../src/store/sqlite-repository.js';
import { makeEvent, makeRecord, sha256 } from '../store/records.js';

const blast = (() => {
  const r = makeRecord({
    title: 'Gunmen attack police post in Wexby',
    body: 'Gunmen attacked a police post in Wexby on Friday, killing two officers, police said. The Wexby Front claimed the attack.',
    published: '2024-06-08', publisher: 'Vale Courier', type: 'attack', summary: 'gunmen attacked a police post in Wexby, two killed',
    entities: [['Wexby', 'GPE', ['Wexby'], { name: 'Wexby', country: 'GB', lat: 54.1, lon: -2.3 }], ['Wexby Front', 'ORG', ['Wexby Front']]],
    where: ['Wexby'], killed: 2,
  });
  const at = (t: string) => ({ text: t, start: r.text.indexOf(t), end: r.text.indexOf(t) + t.length, score: 1 });
  r.event.perpetrators = [at('Gunmen')];
  r.event.targets = [at('police post')];
  r.event.when = { ...at('Friday'), iso: '2024-06-07', known: { weekday: 5 }, implied: { year: 2024, month: 6, day: 7 } };
  return r;
})();

describe('ACLED-style CSV rows', () => {
  it('fill the columns from the main event', () => {
    expect(csvRow(blast)).toEqual({
      event_date: '2024-06-07', event_type: 'attack', actor1: 'Gunmen', actor2: 'police post', location: 'Wexby',
      latitude: '54.1', longitude: '-2.3', fatalities: '2', source: 'Vale Courier', notes: 'gunmen attacked a police post in Wexby, two killed',
    });
  });

  it('fall back to the published date and leave unknowns blank', () => {
    const plain = makeRecord({ title: 'Quiet day', body: 'Nothing happened.', published: '2024-01-02' });
    expect(csvRow(plain)).toMatchObject({ event_date: '2024-01-02', actor1: '', latitude: '', fatalities: '', notes: 'Quiet day' });
  });

  it('quote fields with commas, quotes and line breaks', () => {
    expect(csvLine(['a', 'b,c', 'say "hi"', 'two\nlines'])).toBe('a,"b,c","say ""hi""","two\nlines"\r\n');
  });
});

describe('search, entity and export services (SQLite)', () => {
  let dir: string;
  let repo: SqliteRepository;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-services-'));
    repo = SqliteRepository.open(join(dir, 's.db'));
    await repo.migrate();
    await repo.putRecord(blast, { contentHash: sha256('blast') });
    await repo.putEvent(makeEvent('ev-wexby', [blast], { type: 'attack', when: '2024-06-07' }));
  });
  afterAll(async () => repo.close());

  it('entity lists the records that mention a name, each with its event, and the events', async () => {
    const report = await new SearchService(repo).entity('wexby front');
    expect(report.records.map((r) => [r.id, r.eventId])).toEqual([[blast.id, 'ev-wexby']]);
    expect(report.events.map((e) => e.id)).toEqual(['ev-wexby']);
    expect((await new SearchService(repo).entity('Nobody')).records).toEqual([]);
  });

  it('refuses bad dates and limits with USAGE, naming the option', async () => {
    const s = new SearchService(repo);
    await expect(s.search({ from: '2024-13-01' })).rejects.toMatchObject({ code: 'USAGE', message: '--from 2024-13-01: not a calendar date in the form YYYY-MM-DD' });
    await expect(s.search({ limit: 0 })).rejects.toMatchObject({ code: 'USAGE' });
    await expect(s.entity('  ')).rejects.toMatchObject({ code: 'USAGE' });
  });

  it('exports to a file through a temp file renamed into place', async () => {
    const out = join(dir, 'out.csv');
    expect(await new ExportService(repo).exportToFile('csv', out)).toBe(1);
    const lines = readFileSync(out, 'utf8').split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[1]).toBe('2024-06-07,attack,Gunmen,police post,Wexby,54.1,-2.3,2,Vale Courier,"gunmen attacked a police post in Wexby, two killed"');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('leaves nothing behind when the export cannot be written', async () => {
    await expect(new ExportService(repo).exportToFile('csv', join(dir, 'no', 'such', 'dir', 'out.csv'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('FTS5 query building', () => {
  it('quotes every term so punctuation is never syntax', () => {
    expect(ftsMatch('Blair election')).toBe('"Blair" "election"');
    expect(ftsMatch('"general election" OR poll')).toBe('"general election" OR "poll"');
    expect(ftsMatch('say "hi')).toBe('"say" "hi"');
    expect(ftsMatch('elect*')).toBe('"elect"*');
    expect(ftsMatch('a"b')).toBe('"a b"');
    expect(ftsMatch('OR - * ()')).toBeNull();
  });
});

describe('ingest progress', () => {
  const sink = (isTTY: boolean) => {
    const chunks: string[] = [];
    return { chunks, stream: { isTTY, write: (s: string) => chunks.push(s) } as unknown as NodeJS.WriteStream };
  };
  const at = (ms: number, done: number, bytesDone: number) => ({ done, stored: done, skipped: 0, failed: 0, bytesDone, bytesTotal: 1000, elapsedMs: ms });

  it('redraws a bar with rate and ETA on a terminal', () => {
    const { chunks, stream } = sink(true);
    const bar = progressReporter(stream);
    bar.update(at(50, 1, 10));
    bar.update(at(2000, 100, 250));
    bar.end();
    expect(chunks[0]).toBe('\r\x1b[2K[######------------------]  25% 100 articles (100 stored, 0 skipped, 0 failed) 50.0/s, ETA 6s');
    expect(chunks.at(-1)).toBe('\n');
  });

  it('writes a plain line every 2 s otherwise', () => {
    const { chunks, stream } = sink(false);
    const bar = progressReporter(stream);
    bar.update(at(1000, 10, 100));
    bar.update(at(2100, 20, 500));
    bar.update(at(3000, 30, 600));
    bar.end();
    expect(chunks).toEqual(['ingest: 50% 20 articles (20 stored, 0 skipped, 0 failed), 9.5/s, ETA 2s\n']);
  });
});
