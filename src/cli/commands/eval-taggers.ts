import type { Command } from 'commander';
import type { EvalTask } from '../../nlp/eval/eval-service.js';
import { action, writeOut } from '../run-command.js';

const TASKS: Record<EvalTask, string> = {
  ner: 'named entities: conlleval P/R/F1 per type (PER/ORG/LOC/MISC) and micro-averaged, tokens/s',
  pos: 'part-of-speech tags: accuracy (Penn and coarse classes), tokens/s',
  chunk: 'base phrases: chunk P/R/F1 per phrase type and micro-averaged, tokens/s',
};

/** `dossier eval ner|pos|chunk`: our taggers on a CoNLL-2003 file, compromise beside them with --baseline. */
export function registerEvalTaggers(evalCommand: Command): void {
  for (const [task, description] of Object.entries(TASKS) as [EvalTask, string][]) {
    evalCommand
      .command(task)
      .description(description)
      .option('--data <file>', 'CoNLL-2003 file (default: $DOSSIER_DATA/conll2003/eng.testa)')
      .option('--baseline', 'also run compromise on the same file and print it beside ours')
      .option('--json', 'print the report as JSON')
      .action(
        action(async (opts: { data?: string; baseline?: boolean; json?: boolean }) => {
          const [{ defaultEvalData, evaluate }, { formatEvalReport }] = await Promise.all([import('../../nlp/eval/eval-service.js'), import('../../nlp/eval/format-eval.js')]);
          const report = evaluate(task, opts.data ?? defaultEvalData(), opts.baseline ?? false);
          await writeOut(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatEvalReport(report));
        }),
      );
  }
}
