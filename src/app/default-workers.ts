import { availableParallelism } from 'node:os';

/**
 * One fewer than the machine's cores, at least one. One pipeline keeps about 1.5 cores busy (V8's
 * compiler and collector threads work beside it), so on 2 cores two whole pipelines (this thread
 * plus a worker) lost to one worker thread: 400 BBC articles 104 vs 107 articles/s, 7.2 vs 6.0 CPU
 * s, 289 vs 273 MB (2026-11-26). With one worker the pipeline is now split between it and this
 * thread (see createExtractor): 123-130 articles/s then, ~200 since (README "Measuring",
 * docs/measuring-history.md).
 */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}
