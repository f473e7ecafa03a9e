import type { EvalReport, SystemScores } from './eval-service.js';

const pct = (x: number | undefined) => (x === undefined ? '-' : (x * 100).toFixed(2));

/** The report as a table: one column per system, side by side. */
export function formatEvalReport(r: EvalReport): string {
  const lines: string[] = [];
  lines.push(`${r.task} on ${r.data}: ${r.documents} documents, ${r.sentences} sentences, ${r.tokens} tokens`);
  const cols = r.systems;
  const row = (label: string, cell: (s: SystemScores) => string) => lines.push(`${label.padEnd(22)}${cols.map((s) => cell(s).padStart(24)).join('')}`);
  row('', (s) => s.system);
  if (r.task === 'pos') {
    row('accuracy (Penn) %', (s) => pct(s.accuracy));
    row('accuracy (coarse) %', (s) => pct(s.coarseAccuracy));
  } else {
    const types = [...new Set(cols.flatMap((s) => Object.keys(s.perType ?? {})))];
    row('', () => 'P / R / F1 %');
    for (const t of types) row(t, (s) => prfCell(s.perType?.[t]));
    row('micro', (s) => prfCell(s.micro));
  }
  row('tokens/s', (s) => (s.tokensPerSecond > 0 ? Math.round(s.tokensPerSecond).toString() : '-'));
  row('tokens/s (CPU time)', (s) => (s.cpuTokensPerSecond ? Math.round(s.cpuTokensPerSecond).toString() : '-'));
  for (const s of cols) if (s.note) lines.push(`${s.system}: ${s.note}`);
  return `${lines.join('\n')}\n`;
}

function prfCell(p: { precision: number; recall: number; f1: number } | undefined): string {
  if (!p) return '-';
  return `${pct(p.precision)} / ${pct(p.recall)} / ${pct(p.f1)}`;
}
