import type { Command } from 'commander';
import type { Eval5w1hReport, Scores } from '../../app/eval-5w1h-service.js';
import { QUESTIONS } from '../../eval/five-w-metric.js';
import { action, writeOut } from '../run-command.js';

/** `dossier eval 5w1h`: main-event accuracy on Giveme5W1H, beside the title-split baseline and on held-out clusters. */
export function registerEval5w1h(evalCommand: Command): void {
  evalCommand
    .command('5w1h')
    .description('main-event 5W1H accuracy on the Giveme5W1H articles, beside a title-split baseline')
    .option('--data <dir>', 'folder of Giveme5W1H JSON articles (default $DOSSIER_DATA/giveme5w1h/train)')
    .option('--json', 'print the report, with every article\'s answers, as JSON')
    .action(
      action(async (opts: { data?: string; json?: boolean }) => {
        const { Eval5w1hService } = await import('../../app/eval-5w1h-service.js');
        const report = new Eval5w1hService().run(opts.data);
        await writeOut(opts.json ? `${JSON.stringify(report, null, 2)}\n` : format5w1h(report));
      }),
    );
}

const pct = (x: number) => x.toFixed(3);

function table(system: Scores, baseline: Scores): string[] {
  const lines = [`${'question'.padEnd(22)} ${'dossier'.padStart(8)} ${'baseline'.padStart(9)}`];
  for (const q of QUESTIONS) lines.push(`${q.padEnd(22)} ${pct(system.perQuestion[q]).padStart(8)} ${pct(baseline.perQuestion[q]).padStart(9)}`);
  lines.push(`${'who/what/when/where'.padEnd(22)} ${pct(system.fourW).padStart(8)} ${pct(baseline.fourW).padStart(9)}`);
  lines.push(`${'all six'.padEnd(22)} ${pct(system.all).padStart(8)} ${pct(baseline.all).padStart(9)}`);
  return lines;
}

export function format5w1h(r: Eval5w1hReport): string {
  const lines = [
    `5W1H accuracy on ${r.system.articles} articles in ${r.dir}`,
    'top answer correct when token F1 >= 0.5 against a phrase chosen by >= 2 coders, or both say no answer',
    'baseline: the title split at its first verb (who = before, what = the rest)',
    '',
    ...table(r.system, r.baseline),
  ];
  if (r.heldOut) {
    lines.push('', `held out of tuning: ${r.heldOut.system.articles} articles (${r.heldOutCategories.join(', ')})`, ...table(r.heldOut.system, r.heldOut.baseline));
  }
  if (r.casualties) {
    lines.push('', `killed / injured figures coded by hand in ${r.casualties.articles} articles (exact min and max): killed ${pct(r.casualties.killed)}, injured ${pct(r.casualties.injured)}`);
  }
  return `${lines.join('\n')}\n`;
}
