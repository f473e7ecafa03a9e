import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
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

describe('dossier ingest after a crash (built CLI)', () => {
  it('resumes after SIGKILL mid-way: one record per article, database intact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-resume-'));
    const input = join(dir, 'articles');
    writeArticles(input);
    const db = join(dir, 'store.db');

    const child = spawn(process.execPath, [cliPath, 'ingest', input, '--db', db, '--batch-size', '5', '--workers', '1'], {
      cwd: repoRoot, stdio: 'ignore',
    });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    let atKill = 0;
    for (let waited = 0; waited < 60_000; waited += 5) {
      atKill = count(db);
      if (atKill >= 10) break;
      await sleep(5);
    }
    child.kill('SIGKILL');
    await exited;
    expect(child.signalCode).toBe('SIGKILL');
    const afterKill = count(db);
    // Killed part-way: some batches committed, not all.
    expect(afterKill).toBeGreaterThanOrEqual(10);
    expect(afterKill).toBeLessThan(ARTICLES);

    const res = runCli(['ingest', input, '--db', db]);
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(new RegExp(`^stored ${ARTICLES - afterKill} new records, skipped ${afterKill} already stored, failed 0 `));

    const sqlite = new Database(db, { readonly: true });
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(sqlite.prepare('SELECT count(*) AS n, count(DISTINCT origin) AS origins, count(DISTINCT id) AS ids FROM records').get())
      .toEqual({ n: ARTICLES, origins: ARTICLES, ids: ARTICLES });
    expect(sqlite.prepare(`SELECT count(*) AS n FROM records_fts WHERE records_fts MATCH '"council notice"'`).get()).toEqual({ n: ARTICLES });
    sqlite.close();
  });
});
