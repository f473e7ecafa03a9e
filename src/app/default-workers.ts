import { availableParallelism } from 'node:os';

/**
 * One fewer than the machine's cores, at least one. One pipeline keeps about 1.5 cores busy (V8's
 * compiler and collector threads work beside it), so on 2 cores one worker thread, with this thread
 * only reading and writing, beat this thread plus a worker: 400 BBC articles 107 vs 104 articles/s,
 * 6.0 vs 7.2 CPU s, 273 vs 289 MB (quiet machine, 2026-11-26; README "Measuring").
 */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}
