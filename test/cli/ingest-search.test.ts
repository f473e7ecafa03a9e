import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorCodes } from '../../src/core/errors.js';
import { RecordSchema } from '../../src/core/record.js';
import { CSV_COLUMNS } from '../../src/app/export-service.js';
import { runCli } from '../helpers/cli.js';

const fixtures = 'test/fixtures/ingest';
/** The example, and the fixture folder: 3 files + 3 JSONL lines + 2 CSV rows good, 3 rows bad. */
const GOOD = 1 + 3 + 3 + 2;

let dir: string;
let db: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-ingest-cli-'));
  db = join(dir, 'store.db');
});

describe('dossier ingest, search, entity, export (built CLI)', () => {
  it('ingests files, folders, JSONL and CSV, reporting bad rows by name', () => {
    const res = runCli(['ingest', 'examples/harbour-blast.txt', fixtures, '--db', db, '--workers', '2']);
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(new RegExp(`^stored ${GOOD} new records, skipped 0 already stored, failed 3 \\(6 files, `));
    const failLines = res.stderr.split('\n').filter((l) => l.startsWith('dossier: '));
    expect(failLines).toHaveLength(3);
    expect(failLines.some((l) => /^dossier: test\/fixtures\/ingest\/batch\.jsonl:line 3: invalid JSON \(/.test(l))).toBe(true);
    expect(failLines.some((l) => /batch\.csv:line 5: bad CSV row/.test(l))).toBe(true);
    expect(failLines.some((l) => /batch\.csv:line 6: the row has no "text" or "html" value/.test(l))).toBe(true);
    const sqlite = new Database(db, { readonly: true });
    expect(sqlite.prepare('SELECT count(*) AS n FROM records').get()).toEqual({ n: GOOD });
    sqlite.close();
  });

  it('stores nothing new on a second ingest and says so', () => {
    const res = runCli(['ingest', 'examples/harbour-blast.txt', fixtures, '--db', db]);
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(new RegExp(`^stored 0 new records, skipped ${GOOD} already stored, failed 3 `));
  });

  it('finds stored articles with marked snippets', () => {
    const res = runCli(['search', 'ferry', '--db', db]);
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/^2 records\n/);
    expect(res.stdout).toMatch(/«[Ff]erry»/);
    const json = JSON.parse(runCli(['search', 'mill fire', '--db', db, '--json']).stdout);
    expect(json.total).toBe(1);
    expect(json.hits[0]).toMatchObject({ published: '2024-03-02', origin: expect.stringMatching(/mill\.html$/) });
    expect(json.hits[0].snippet).toMatch(/«mill»/i);
  });

  it('filters search by date and lists newest first without a query', () => {
    const res = JSON.parse(runCli(['search', '--from', '2024-02-01', '--to', '2024-02-28', '--db', db, '--json']).stdout);
    expect(res.hits.map((h: { published: string }) => h.published)).toEqual(['2024-02-12', '2024-02-11', '2024-02-10']);
    const bad = runCli(['search', 'x', '--from', '2024-02-30', '--db', db]);
    expect(bad.status).toBe(ErrorCodes.USAGE.exit);
    expect(bad.stderr).toBe('dossier: --from 2024-02-30: not a calendar date in the form YYYY-MM-DD\n');
  });

  it('answers dossier entity with the records that mention a name', () => {
    const res = runCli(['entity', 'Portmere', '--db', db, '--json']);
    expect(res.status).toBe(0);
    const report = JSON.parse(res.stdout);
    expect(report.name).toBe('Portmere');
    // Which records mention it depends on NER; every one listed must contain the name.
    const all: Array<{ id: string; text: string }> = JSON.parse(runCli(['export', '--format', 'json', '--db', db]).stdout);
    const containing = new Set(all.filter((r) => r.text.includes('Portmere')).map((r) => r.id));
    expect(containing.size).toBe(4);
    for (const r of report.records) expect(containing.has(r.id)).toBe(true);
    expect(Array.isArray(report.events)).toBe(true);
  });

  it('exports CSV with the ACLED-like header and one row a record, atomically to --out', () => {
    const out = join(dir, 'export.csv');
    const res = runCli(['export', '--format', 'csv', '--out', out, '--db', db]);
    expect(res.status).toBe(0);
    expect(res.stderr).toBe(`exported ${GOOD} records to ${out}\n`);
    const text = readFileSync(out, 'utf8');
    expect(text.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(text.startsWith('event_date,event_type,actor1,actor2,location,latitude,longitude,fatalities,source,notes\r\n')).toBe(true);
    // Rows may hold quoted line breaks; count records through the first column's date or blank.
    expect(text.trimEnd().split('\r\n')).toHaveLength(GOOD + 1);
    // The ferry crews returned to work "on Monday": the Monday before publication (Tuesday 2024-05-14).
    expect(text).toMatch(/\r\n2024-05-13,[^\r\n]*,Vale Courier,/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('exports JSON and JSONL records that match the schema', () => {
    const json = JSON.parse(runCli(['export', '--format', 'json', '--db', db]).stdout);
    expect(json).toHaveLength(GOOD);
    for (const r of json) RecordSchema.parse(r);
    const lines = runCli(['export', '--db', db]).stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(GOOD);
    expect(JSON.parse(lines[0]!).id).toBe(json[0].id);
  });

  it('gives one clear line and the right code for bad paths and stores', () => {
    const missing = runCli(['ingest', join(dir, 'nope'), '--db', db]);
    expect(missing.status).toBe(ErrorCodes.NOT_FOUND.exit);
    expect(missing.stderr).toBe(`dossier: ${join(dir, 'nope')}: no such file or folder\n`);
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const none = runCli(['ingest', empty, '--db', db]);
    expect(none.status).toBe(ErrorCodes.EMPTY_INPUT.exit);
    expect(none.stderr).toMatch(/empty: no articles found/);
    expect(none.stdout).toBe('');
    const badStore = runCli(['search', 'x', '--db', dir]);
    expect(badStore.status).toBe(ErrorCodes.STORE_FAILED.exit);
    expect(badStore.stderr).toMatch(new RegExp(`^dossier: ${dir}: cannot open the database`));
    const noStore = runCli(['search', 'x', '--db', join(dir, 'never-made.db')]);
    expect(noStore.status).toBe(ErrorCodes.NOT_FOUND.exit);
    expect(noStore.stderr).toBe(`dossier: ${join(dir, 'never-made.db')}: no such store (run "dossier ingest" first, or give --db FILE or --pg URL)\n`);
    expect(existsSync(join(dir, 'never-made.db'))).toBe(false);
    const badWorkers = runCli(['ingest', fixtures, '--db', db, '--workers', 'many']);
    expect(badWorkers.status).toBe(ErrorCodes.USAGE.exit);
    expect(existsSync(db)).toBe(true);
  });
});
