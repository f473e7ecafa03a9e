import type { Command } from 'commander';
import { recordJsonSchema } from '../../core/record.js';
import { action, writeOut } from '../run-command.js';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of the record (generated from the zod schema)')
    .action(action(async () => writeOut(`${JSON.stringify(recordJsonSchema(), null, 2)}\n`)));
}
