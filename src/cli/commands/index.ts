import type { Command } from 'commander';

type Register = (program: Command) => void;

/**
 * Every subcommand, in the order `dossier --help` lists them, with the module that registers it.
 * Modules load on demand: a run of one command loads its own module (and what that imports), not
 * every command's libraries (the server's, the job queue's, compromise for eval's baselines), which
 * took ~45 MB of a `dossier ingest`'s memory and about a second of CPU at start.
 */
const COMMANDS: ReadonlyArray<readonly [name: string, load: () => Promise<Register>]> = [
  ['extract', async () => (await import('./extract.js')).registerExtract],
  ['clean', async () => (await import('./clean.js')).registerClean],
  ['schema', async () => (await import('./schema.js')).registerSchema],
  ['ingest', async () => (await import('./ingest.js')).registerIngest],
  ['search', async () => (await import('./search.js')).registerSearch],
  ['entity', async () => (await import('./entity.js')).registerEntity],
  ['export', async () => (await import('./export.js')).registerExport],
  ['events', async () => (await import('./events.js')).registerEvents],
  ['worker', async () => (await import('./worker.js')).registerWorker],
  ['bench', async () => (await import('./bench.js')).registerBench],
  ['eval', async () => (await import('./eval.js')).registerEval],
  ['serve', async () => (await import('./serve.js')).registerServe],
];

/**
 * Registers the command `argv` names (its first argument), or every command when it names none of
 * them (`--help`, a mistyped name: commander then lists them all or suggests one, as before); none
 * for `--version`.
 */
export async function registerCommands(program: Command, argv: readonly string[] = process.argv): Promise<void> {
  // `dossier --version` needs no command: loading them all took it ~0.7 s.
  if (argv[2] === '--version' || argv[2] === '-V') return;
  const named = COMMANDS.find(([name]) => name === argv[2]);
  for (const [, load] of named ? [named] : COMMANDS) (await load())(program);
}
