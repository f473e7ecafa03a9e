import { existsSync } from 'node:fs';
import { DossierError } from '../core/errors.js';
import { PgRepository } from './pg-repository.js';
import type { Repository } from './repository.js';
import { SqliteRepository } from './sqlite-repository.js';

export interface StoreOptions {
  /** SQLite file. */
  readonly db?: string;
  /** PostgreSQL URL. */
  readonly pg?: string;
  /** Refuse a SQLite file that does not exist yet (commands that only read), instead of creating it. */
  readonly mustExist?: boolean;
}

/** Where the store is when no option says: DOSSIER_DB, else ./dossier.db in the working folder. */
export function defaultDbFile(): string {
  return process.env.DOSSIER_DB || 'dossier.db';
}

/**
 * Opens and migrates the store the options name: --pg URL (or DOSSIER_PG_URL), else the SQLite
 * file --db FILE (or DOSSIER_DB, else ./dossier.db).
 */
export async function openRepository(opts: StoreOptions = {}): Promise<Repository> {
  if (opts.db && opts.pg) throw new DossierError('USAGE', '--db and --pg: give one store, not both');
  const pgUrl = opts.pg ?? (opts.db ? undefined : process.env.DOSSIER_PG_URL || undefined);
  if (pgUrl !== undefined && !/^postgres(ql)?:\/\//i.test(pgUrl)) {
    throw new DossierError('USAGE', `--pg ${pgUrl}: not a postgres:// URL`);
  }
  const file = opts.db ?? defaultDbFile();
  if (!pgUrl && opts.mustExist && file !== ':memory:' && !existsSync(file)) {
    throw new DossierError('NOT_FOUND', `${file}: no such store (run "dossier ingest" first, or give --db FILE or --pg URL)`);
  }
  const repo = pgUrl ? PgRepository.open({ url: pgUrl }) : SqliteRepository.open(file);
  try {
    await repo.migrate();
  } catch (err) {
    await repo.close().catch(() => {});
    throw err;
  }
  return repo;
}
