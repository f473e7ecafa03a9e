import { DossierError } from '../core/errors.js';
import { StoreService } from './store-service.js';

export interface StoreOptions {
  /** SQLite file. */
  readonly db?: string;
  /** PostgreSQL connection URL. */
  readonly pg?: string;
}

export type StoreKind = 'sqlite' | 'postgres' | 'none';

/** Opens the store the options name (migrated, ready), or none when they name none. */
export async function openStore(opts: StoreOptions): Promise<{ store?: StoreService; kind: StoreKind }> {
  if (opts.db && opts.pg) throw new DossierError('USAGE', '--db and --pg: give one store, not both');
  if (!opts.db && !opts.pg) return { kind: 'none' };
  // The SQLite and PostgreSQL repositories land from the store branch; until then say so plainly.
  throw new DossierError('STORE_FAILED', `${opts.db ?? opts.pg}: this build has no store yet`);
}
