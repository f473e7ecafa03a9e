import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type RawBuilder } from 'kysely';
import { DossierError } from '../core/errors.js';
import { ftsMatch } from './fts-query.js';
import { hit, KyselyRepository, type SummaryRow } from './kysely-repository.js';
import { sqliteMigrations } from './migrations.js';
import type { SearchResult } from './repository.js';
import type { StoreTables } from './schema.js';

/**
 * The embedded store: one SQLite file in WAL mode (readers never wait for the writer; a crash
 * loses at most the transaction in flight), searched through an FTS5 index with snippets.
 */
export class SqliteRepository extends KyselyRepository {
  static open(file: string): SqliteRepository {
    let database: Database.Database;
    try {
      if (file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
      database = new Database(file);
      database.pragma('journal_mode = WAL');
      database.pragma('synchronous = NORMAL');
      database.pragma('busy_timeout = 10000');
    } catch (err) {
      throw new DossierError('STORE_FAILED', `${file}: cannot open the database (${(err as Error).message})`, { cause: err });
    }
    return new SqliteRepository(new Kysely<StoreTables>({ dialect: new SqliteDialect({ database }) }), file);
  }

  private constructor(db: Kysely<StoreTables>, file: string) {
    super(db, file, sqliteMigrations);
  }

  // One writer per file is SQLite's own rule; its transaction is the lock.
  protected async lockMigrations(): Promise<void> {}

  protected async fullTextSearch(q: string, filters: RawBuilder<unknown>[], limit: number, offset: number): Promise<SearchResult> {
    const match = ftsMatch(q);
    if (match === null) return { total: 0, hits: [] };
    const where = sql.join([sql`records_fts MATCH ${match}`, ...filters], sql` AND `);
    const total = await sql<{ n: number }>`
      SELECT count(*) AS n FROM records_fts JOIN records r ON r.seq = records_fts.rowid WHERE ${where}`.execute(this.db);
    // Column 1 is the text, which holds the title too; a title match weighs four times a body match.
    const rows = await sql<SummaryRow & { snippet: string }>`
      SELECT r.id, r.origin, r.title, r.url, r.published, r.event_type, r.summary,
             snippet(records_fts, 1, '«', '»', '…', 24) AS snippet
      FROM records_fts JOIN records r ON r.seq = records_fts.rowid
      WHERE ${where}
      ORDER BY bm25(records_fts, 4.0, 1.0), r.seq DESC LIMIT ${limit} OFFSET ${offset}`.execute(this.db);
    return { total: Number(total.rows[0]?.n ?? 0), hits: rows.rows.map((r) => hit(r, r.snippet)) };
  }
}
