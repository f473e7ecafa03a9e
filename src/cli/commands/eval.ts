import type { Command } from 'commander';
import { registerEvalHtml } from './eval-html.js';
import { registerEvalConll } from './eval-conll.js';
import { registerEvalAttribution } from './eval-attribution.js';
import { registerEval5w1h } from './eval-5w1h.js';

/** `dossier eval <what>`: accuracy figures on reference data, each beside a baseline. */
export function registerEval(program: Command): Command {
  const evalCommand = program.command('eval').description('measure accuracy on reference data, beside a baseline');
  registerEvalHtml(evalCommand);
  registerEvalConll(evalCommand);
  registerEvalAttribution(evalCommand);
  registerEval5w1h(evalCommand);
  return evalCommand;
}
