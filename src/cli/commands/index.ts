import type { Command } from 'commander';
import { registerExtract } from './extract.js';
import { registerClean } from './clean.js';
import { registerSchema } from './schema.js';

/** Every subcommand, in the order `dossier --help` lists them. */
export function registerCommands(program: Command): void {
  registerExtract(program);
  registerClean(program);
  registerSchema(program);
}
