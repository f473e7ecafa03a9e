import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SqliteRepository } from '../../src/store/sqlite-repository.js';
import { repositorySuite } from './repository-suite.js';
import { makeRecord, sha256 } from './records.js';

function tempDb(): { file: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-store-'));
  return { dir, file: join(dir, 'test.db') };
}

repositorySuite('SQLite', async () => {
  const { dir, file } = tempDb();
  const repo = SqliteRepository.open(file);
  return { repo, cleanup: async () => { await repo.close(); rmSync(dir, { recursive: true, force: true }); } };
});

describe('SQLite store file', () => {
  it('is in WAL mode and keeps the FTS index whole', async () => {
    const { dir, file } = tempDb();
    const repo = SqliteRepository.open(file);
    await repo.migrate();
    await repo.putRecord(makeRecord({ title: 'One', body: 'A small story.' }), { contentHash: sha256('one') });
    await repo.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare(`SELECT version FROM dossier_migrations`).all()).toEqual([{ version: 1 }]);
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports a file it cannot open as STORE_FAILED, naming it', () => {
    const { dir } = tempDb();
    expect(() => SqliteRepository.open(dir)).toThrow(expect.objectContaining({ code: 'STORE_FAILED', message: expect.stringContaining(dir) }));
    rmSync(dir, { recursive: true, force: true });
  });
});
