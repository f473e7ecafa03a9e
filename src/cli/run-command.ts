import { toDossierError, ErrorCodes } from '../core/errors.js';

/**
 * Runs a command's action: a DossierError becomes one line on stderr and its exit code;
 * anything else is a bug, reported as INTERNAL with its stack when DOSSIER_DEBUG is set.
 */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<void> | void): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (err) {
      const e = toDossierError(err);
      process.stderr.write(`dossier: ${e.message}\n`);
      if (e.code === 'INTERNAL' && process.env.DOSSIER_DEBUG) process.stderr.write(`${(err as Error).stack}\n`);
      process.exitCode = ErrorCodes[e.code].exit;
    }
  };
}

/** Writes to stdout and resolves once flushed, so piping into `head` or a file loses nothing. */
export function writeOut(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (err) => (err ? reject(err) : resolve()));
  });
}
