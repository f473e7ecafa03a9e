import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cliPath, repoRoot, runCli } from '../helpers/cli.js';

const ARTICLES = 200;

/** Small hand-made articles, each different, so each is one record. */
function writeArticles(dir: string): void {
  const towns = ['Portmere', 'Hollin Vale', 'Skerry Point', 'Alder Cross', 'Wexby'];
  for (let i = 0; i < ARTICLES; i++) {
    const town = towns[i % towns.length]!;
    const sub = join(dir, `part-${Math.floor(i / 50)}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `${String(i).padStart(3, '0')}.txt`),
      `Council notice ${i} for ${town}\n\n` +
      `The council in ${town} said on Monday that road number ${i} would close for ${i % 7 + 1} days of repairs. ` +
      `Residents were told to use the route past the old school instead. `.repeat(3) +
      `A spokesman said notice ${i} was the last of the season.`);
  }
}

function count(db: string): number {
  try {
    const sqlite = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (sqlite.prepare('SELECT count(*) AS n FROM records').get() as { n: number }).n;
    } finally {
      sqlite.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

/** Integrity and exactly-once after a kill, read as the next run would open the file (recovering the WAL). */
function check(db: string): { integrity: unknown; n: number; ids: number; origins: number } {
  // Killed before the file was made: nothing to check, and opening it here would create it.
  if (!existsSync(db)) return { integrity: 'ok', n: 0, ids: 0, origins: 0 };
  const sqlite = new Database(db);
  try {
    const integrity = sqlite.pragma('integrity_check', { simple: true });
    let counts = { n: 0, ids: 0, origins: 0 };
    const migrated = sqlite.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'records'`).get() as { n: number };
    if (migrated.n) counts = sqlite.prepare('SELECT count(*) AS n, count(DISTINCT id) AS ids, count(DISTINCT origin) AS origins FROM records').get() as typeof counts;
    return { integrity, ...counts };
  } finally {
    sqlite.close();
  }
}

/** A small seeded generator (mulberry32), so a failing run can be repeated with its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KILLS = 4;

describe('dossier ingest after a crash (built CLI)', () => {
  const seed = Number(process.env.DOSSIER_KILL_SEED ?? Date.now() % 1_000_000);
  it(`resumes after SIGKILL at ${KILLS} random points (seed ${seed}; DOSSIER_KILL_SEED repeats it): one record per article, database intact`, async () => {
    const rand = random(seed);
    const dir = mkdtempSync(join(tmpdir(), 'dossier-resume-'));
    const input = join(dir, 'articles');
    writeArticles(input);
    const db = join(dir, 'store.db');

    const points: string[] = [];
    let stored = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      const child = spawn(process.execPath, [cliPath, 'ingest', input, '--db', db, '--batch-size', '5', '--workers', '1'], {
        cwd: repoRoot, stdio: 'ignore',
      });
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      // The first kill lands at a random moment of the first half second: start-up, migration and
      // the first batches (the whole run takes about a second, so a later moment may find it done);
      // the others once a random number of further records (5 to 30) are committed.
      if (kill === 0) {
        await sleep(Math.floor(rand() * 500));
      } else {
        const target = Math.min(stored + 5 + Math.floor(rand() * 26), ARTICLES - 20);
        for (let waited = 0; waited < 60_000 && count(db) < target; waited += 5) await sleep(5);
      }
      child.kill('SIGKILL');
      await exited;
      expect(child.signalCode).toBe('SIGKILL');
      const after = check(db);
      points.push(`kill ${kill + 1}: ${after.n} stored`);
      // Whole batches or nothing: the file is intact and no article is in it twice.
      expect({ kill, integrity: after.integrity, ids: after.ids, origins: after.origins }).toEqual({ kill, integrity: 'ok', ids: after.n, origins: after.n });
      expect(after.n).toBeGreaterThanOrEqual(stored);
      expect(after.n).toBeLessThan(ARTICLES);
      stored = after.n;
    }
    // Killed part-way at least once after records were written.
    expect(stored, points.join(', ')).toBeGreaterThanOrEqual(10);

    const res = runCli(['ingest', input, '--db', db]);
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(new RegExp(`^stored ${ARTICLES - stored} new records, skipped ${stored} already stored, failed 0 `));

    const sqlite = new Database(db, { readonly: true });
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(sqlite.prepare('SELECT count(*) AS n, count(DISTINCT origin) AS origins, count(DISTINCT id) AS ids FROM records').get())
      .toEqual({ n: ARTICLES, origins: ARTICLES, ids: ARTICLES });
    expect(sqlite.prepare(`SELECT count(*) AS n FROM records_fts WHERE records_fts MATCH '"council notice"'`).get()).toEqual({ n: ARTICLES });
    sqlite.close();
  }, 240_000);
});
