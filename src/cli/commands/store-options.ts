import { InvalidArgumentError, type Command } from 'commander';
import type { StoreOptions } from '../../store/open-repository.js';
import type { Repository } from '../../store/repository.js';

/** --db FILE | --pg URL, the same on every command that reads or writes the store. */
export function storeOptions(cmd: Command): Command {
  return cmd
    .option('--db <file>', 'SQLite file to use (default: $DOSSIER_DB, else ./dossier.db)')
    .option('--pg <url>', 'PostgreSQL URL to use instead of SQLite (default: $DOSSIER_PG_URL when set)');
}

/** Opens the store, runs `fn`, and always closes it. */
export async function withStore<T>(opts: StoreOptions, fn: (repo: Repository) => Promise<T>, mode: 'read' | 'write' = 'read'): Promise<T> {
  // Loaded on use: the database drivers would slow every other command's start.
  const { openRepository } = await import('../../store/open-repository.js');
  const repo = await openRepository({ db: opts.db, pg: opts.pg, mustExist: mode === 'read' });
  try {
    return await fn(repo);
  } finally {
    await repo.close();
  }
}

/** A positive whole number from an option, or a USAGE error naming the option. */
export function parseCount(name: string, min = 1): (value: string) => number {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) {
      // commander reports it as a usage error, and main.ts exits with the USAGE code.
      throw new InvalidArgumentError(`${name} ${value}: expected a whole number of at least ${min}`);
    }
    return n;
  };
}
