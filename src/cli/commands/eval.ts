import type { Command } from 'commander';
import { registerEvalHtml } from './eval-html.js';

/** `dossier eval <what>`: accuracy figures on reference data, each beside a baseline. */
export function registerEval(program: Command): Command {
  const evalCommand = program.command('eval').description('measure accuracy on reference data, beside a baseline');
  registerEvalHtml(evalCommand);
  return evalCommand;
}
