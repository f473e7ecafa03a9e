import type { Command } from 'commander';
import { registerExtract } from './extract.js';
import { registerClean } from './clean.js';
import { registerSchema } from './schema.js';
import { registerIngest } from './ingest.js';
import { registerSearch } from './search.js';
import { registerEntity } from './entity.js';
import { registerExport } from './export.js';
import { registerBench } from './bench.js';
import { registerEval } from './eval.js';
import { registerEvents } from './events.js';
import { registerWorker } from './worker.js';
import { registerServe } from './serve.js';

/** Every subcommand, in the order `dossier --help` lists them. */
export function registerCommands(program: Command): void {
  registerExtract(program);
  registerClean(program);
  registerSchema(program);
  registerIngest(program);
  registerSearch(program);
  registerEntity(program);
  registerExport(program);
  registerEvents(program);
  registerWorker(program);
  registerBench(program);
  registerEval(program);
  registerServe(program);
}
