import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

/** 30 made-up articles written for these tests: 10 events, each told by 3 outlets. */
export const ARTICLES = join(import.meta.dirname, '..', 'fixtures', 'events-articles');

const dir = mkdtempSync(join(tmpdir(), 'dossier-ingest-events-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ingest assigns events (built CLI, SQLite)', () => {
  it('groups the three reports of each event and keeps the ten events apart', () => {
    const db = join(dir, 'store.db');
    const ingest = runCli(['ingest', ARTICLES, '--db', db, '--workers', '0']);
    expect(ingest.stderr).not.toMatch(/dossier:/);
    expect(ingest.status).toBe(0);
    const res = runCli(['events', '--json', '--db', db]);
    expect(res.status).toBe(0);
    const events = JSON.parse(res.stdout) as { records: { url?: string }[] }[];
    const groups = events.map((e) => [...new Set(e.records.map((r) => r.url!.replace(/^https:\/\/\w+\.example\//, '')))]);
    expect(events.flatMap((e) => e.records)).toHaveLength(30);
    // Each event holds the reports of one story, and each story is in one event.
    expect(groups.every((g) => g.length === 1)).toBe(true);
    expect(events).toHaveLength(10);
    // Ingesting again stores nothing and changes no event.
    runCli(['ingest', ARTICLES, '--db', db, '--workers', '0']);
    expect(JSON.parse(runCli(['events', '--json', '--db', db]).stdout)).toHaveLength(10);
  });
});
