import type { Command } from 'commander';
import { defaultEvalData, evaluate, type EvalTask } from '../../nlp/eval/eval-service.js';
import { formatEvalReport } from '../../nlp/eval/format-eval.js';
import { action, writeOut } from '../run-command.js';

const TASKS: readonly { task: EvalTask; what: string }[] = [
  { task: 'ner', what: 'NER: entity-level P/R/F1 per type and micro (conlleval), tokens/s' },
  { task: 'pos', what: 'POS tagger: accuracy against the Penn tags, tokens/s' },
  { task: 'chunk', what: 'chunker: chunk-level P/R/F1, tokens/s' },
];

/** `dossier eval ner|pos|chunk`: our taggers on a CoNLL-2003 file, with compromise beside them. */
export function registerEvalConll(evalCommand: Command): void {
  for (const { task, what } of TASKS) {
    evalCommand
      .command(task)
      .description(what)
      .option('--data <file>', 'CoNLL-2003 file (default: $DOSSIER_DATA/conll2003/eng.testa)')
      .option('--baseline', 'also run compromise on the same file and print it beside ours')
      .option('--json', 'print the report as JSON')
      .action(
        action(async (opts: { data?: string; baseline?: boolean; json?: boolean }) => {
          const report = evaluate(task, opts.data ?? defaultEvalData(), opts.baseline ?? false);
          await writeOut(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatEvalReport(report));
        }),
      );
  }
}
