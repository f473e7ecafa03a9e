import { setFlagsFromString } from 'node:v8';

/**
 * V8 optimises a function with TurboFan once it has run through its "interrupt budget" (bytecode
 * executed) a few times. At V8's default (67,584) the pipeline's large rule functions (where/why
 * candidates, casualties, quantities) are optimised while their type feedback is still changing,
 * deoptimised, and optimised again: on 400 BBC articles in one fresh process, 561 TurboFan
 * compilations and 116 deoptimisations, with compile threads using about a third of the CPU. A
 * budget four times larger waits for steadier feedback: 208 compilations and 29 deoptimisations,
 * ~20-25% less CPU for the first 400 articles of a batch, the taggers' eval speed unchanged, and
 * the steady state (a long batch's later articles) within noise (`dossier bench`; README,
 * "Measuring"). Process-wide, so ingest's worker threads follow it. `DOSSIER_V8_TIERING=default`
 * keeps V8's own setting, for comparing the two.
 */
export const INTERRUPT_BUDGET = 264_000;

if (process.env.DOSSIER_V8_TIERING !== 'default') setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
