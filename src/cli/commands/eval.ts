import type { Command } from 'commander';
import { DossierError } from '../../core/errors.js';
import { defaultEvalData, evaluate, type EvalTask } from '../../nlp/eval/eval-service.js';
import { formatEvalReport } from '../../nlp/eval/format-eval.js';
import { action, writeOut } from '../run-command.js';

const TASKS: readonly EvalTask[] = ['ner', 'pos', 'chunk'];

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score the NER, POS or chunk tagger on a CoNLL-2003 file (entity P/R/F1, accuracy, tokens/s)')
    .argument('<task>', 'ner, pos or chunk')
    .option('--data <file>', 'CoNLL-2003 file (default: $DOSSIER_DATA/conll2003/eng.testa)')
    .option('--baseline', 'also run compromise on the same file and print it beside ours')
    .option('--json', 'print the report as JSON')
    .action(
      action(async (task: string, opts: { data?: string; baseline?: boolean; json?: boolean }) => {
        if (!TASKS.includes(task as EvalTask)) throw new DossierError('USAGE', `eval ${task}: unknown task (use ner, pos or chunk)`);
        const report = evaluate(task as EvalTask, opts.data ?? defaultEvalData(), opts.baseline ?? false);
        await writeOut(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatEvalReport(report));
      }),
    );
}
