import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const url = process.env.DOSSIER_TEST_PG_URL;

describe.runIf(url)('dossier ingest and search on PostgreSQL (built CLI)', () => {
  // A schema of our own on the shared server, chosen through the URL's options, dropped afterwards.
  const schema = `dossier_cli_${randomBytes(6).toString('hex')}`;
  const pgUrl = `${url}${url?.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  beforeAll(() => admin(`CREATE SCHEMA ${schema}`));
  afterAll(() => admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));

  it('stores once, skips on re-ingest, and finds with snippets', () => {
    const first = runCli(['ingest', 'examples/harbour-blast.txt', 'test/fixtures/ingest', '--pg', pgUrl, '--workers', '1']);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^stored 9 new records, skipped 0 already stored, failed 3 /);
    const again = runCli(['ingest', 'examples/harbour-blast.txt', 'test/fixtures/ingest', '--pg', pgUrl, '--workers', '0']);
    expect(again.stdout).toMatch(/^stored 0 new records, skipped 9 already stored, failed 3 /);
    const found = JSON.parse(runCli(['search', 'ferry strike', '--pg', pgUrl, '--json']).stdout);
    expect(found.total).toBe(1);
    expect(found.hits[0].snippet).toMatch(/«[Ss]trike»/);
  });
});
describe.skipIf(url)('dossier ingest on PostgreSQL', () => {
  it.skip('SKIPPED: DOSSIER_TEST_PG_URL is not set', () => {});
});
