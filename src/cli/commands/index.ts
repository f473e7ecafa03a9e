import type { Command } from 'commander';
import { registerExtract } from './extract.js';
import { registerSchema } from './schema.js';
import { registerEval } from './eval.js';

/** Every subcommand, in the order `dossier --help` lists them. */
export function registerCommands(program: Command): void {
  registerExtract(program);
  registerSchema(program);
  registerEval(program);
}
