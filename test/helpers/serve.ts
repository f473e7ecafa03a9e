import { existsSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { startServeProcess } from '../../src/app/serve-process.js';
import { cliPath, repoRoot } from './cli.js';

export interface Served {
  readonly url: string;
  readonly process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts the built `dossier serve` on a free port, as a user would, and waits until it listens. */
export async function startServe(args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<Served> {
  if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: run "npm run build" first`);
  const served = await startServeProcess(args, { env, cwd: repoRoot, timeoutMs: 20_000 });
  return { url: served.url, process: served.child, stop: served.stop };
}
