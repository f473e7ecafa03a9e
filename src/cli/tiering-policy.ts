import { setFlagsFromString } from 'node:v8';

/**
 * V8 optimises a function with TurboFan once it has run through its "interrupt budget" (bytecode
 * executed) a few times. At V8's default (67,584) the pipeline's large rule functions (where/why
 * candidates, casualties, quantities) are optimised while their type feedback is still changing,
 * deoptimised, and optimised again: on 400 BBC articles in one fresh process, 561 TurboFan
 * compilations and 116 deoptimisations, with compile threads using about a third of the CPU. A
 * budget four times larger waits for steadier feedback: 208 compilations and 29 deoptimisations,
 * ~20-25% less CPU for the first 400 articles of a batch, the taggers' eval speed unchanged, and
 * the steady state (a long batch's later articles) within noise (`dossier bench`;
 * docs/measuring-history.md). Process-wide, so ingest's worker threads follow it.
 * `DOSSIER_V8_TIERING=default` keeps V8's own setting, for comparing the two.
 */
export const INTERRUPT_BUDGET = 264_000;

/**
 * The budget while the pipeline runs on two threads at once (`dossier ingest` with a worker: the
 * worker tags, the main thread reads, stores and clusters). Then both cores run JavaScript, and
 * TurboFan's background compiles (1.6 CPU s of ingest's 4.0 over 400 BBC articles at the budget
 * above, 298 compilations) take their time from the pipeline instead of from an idle core. Waiting
 * longer before optimising compiles less: ingest of 400 BBC articles, alternating runs, 161-186
 * articles/s (3.8-4.4 CPU s) against 150-171 (4.2-4.8) at the budget above; all 2,225: 212-217
 * against 203-207. One thread alone is the other way round (the compiles run beside it on the
 * idle core): the pipeline row over 400 ran 10-18% slower at 1,000,000-2,000,000.
 */
export const THREADED_INTERRUPT_BUDGET = 1_500_000;

const tiering = process.env.DOSSIER_V8_TIERING !== 'default';

if (tiering) setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);

/**
 * For a command about to extract with `workers` worker threads: from one up, the pipeline runs on
 * two threads (see THREADED_INTERRUPT_BUDGET). V8 reads the budget each time it resets a function's
 * count, so setting it before the work starts is enough.
 */
export function useTieringFor(workers: number): void {
  if (tiering && workers >= 1) setFlagsFromString(`--interrupt-budget=${THREADED_INTERRUPT_BUDGET}`);
}
