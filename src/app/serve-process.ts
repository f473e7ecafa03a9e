import { spawn, type ChildProcess } from 'node:child_process';
import { packagePath } from '../core/resources.js';

export interface ServeProcess {
  readonly url: string;
  readonly pid: number;
  readonly child: ChildProcess;
  /** What the server has written on stderr so far. */
  stderr(): string;
  stop(): Promise<void>;
}

/**
 * The built `dossier serve` on a free port (`--port 0`), started as a user starts it; resolves with
 * its URL once it says it listens, or rejects (and stops it) when it exits or does not start in time.
 * Used by the load benchmark and by the end-to-end tests.
 */
export async function startServeProcess(
  args: readonly string[],
  opts: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number } = {},
): Promise<ServeProcess> {
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const child = spawn(process.execPath, [packagePath('dist', 'cli', 'main.js'), 'serve', '--port', '0', ...args], {
    cwd: opts.cwd,
    env: { ...process.env, ...opts.env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`dossier serve did not start in ${timeoutMs / 1000} s (${stderr.trim()})`)), timeoutMs);
      child.stderr!.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const m = /serving (http:\/\/\S+\/)/.exec(stderr);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`dossier serve exited with ${code} (${stderr.trim()})`));
      });
    });
    return { url, pid: child.pid!, child, stderr: () => stderr, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
