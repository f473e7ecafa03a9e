import { openRepository, type StoreOptions } from '../store/open-repository.js';
import { StoreService } from './store-service.js';

export type StoreKind = 'sqlite' | 'postgres' | 'none';

/**
 * Opens the store the options name, as every command does (--pg URL or $DOSSIER_PG_URL, else the
 * SQLite file --db FILE, $DOSSIER_DB or ./dossier.db), migrated and ready.
 */
export async function openStore(opts: StoreOptions): Promise<{ store: StoreService; kind: StoreKind }> {
  const repo = await openRepository(opts);
  const kind: StoreKind = opts.pg || (!opts.db && process.env.DOSSIER_PG_URL) ? 'postgres' : 'sqlite';
  return { store: new StoreService(repo), kind };
}
