import { setFlagsFromString } from 'node:v8';

/**
 * V8 lets the old generation grow to several times its live size between full collections. The
 * pipeline's live heap is small (~40 MB) but each article leaves a few hundred KB that outlive the
 * young generation, so a batch grows the heap (and the RSS, which never shrinks back) by ~60 MB
 * per pipeline copy before the first full collection. A growing factor of 1.25 keeps it near the
 * live size for no measurable CPU on `dossier bench` (peak RSS of the in-process pipeline on 400
 * BBC articles 280-300 -> ~235 MB). Process-wide: worker threads' heaps follow it too. The young
 * generation cannot be resized once the process runs (worker threads could, via resourceLimits,
 * which measured no better).
 */
setFlagsFromString('--heap-growing-percent=25');
