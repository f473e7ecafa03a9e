#!/usr/bin/env node
import './heap-policy.js';
import './tiering-policy.js';
import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands/index.js';
import { ErrorCodes } from '../core/errors.js';

const program = new Command();
program
  .name('dossier')
  .description('Turn news articles into evidence-backed event records.')
  .version('0.1.0')
  .showHelpAfterError('(run "dossier --help" for usage)')
  .exitOverride();
await registerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    // --help and --version exit 0; usage mistakes exit with the USAGE code (commander already printed why).
    process.exitCode = err.exitCode === 0 ? 0 : ErrorCodes.USAGE.exit;
  } else {
    throw err;
  }
}
