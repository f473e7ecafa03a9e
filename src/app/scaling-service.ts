import { performance } from 'node:perf_hooks';
import { DossierError } from '../core/errors.js';
import { parseArticleText } from '../ingest/read-input.js';
import { ExtractService } from './extract-service.js';

export interface ScalingOptions {
  /** How many copies of the article each input holds (default 1, 2, 4, ... 128). */
  readonly factors?: readonly number[];
  /** Timed runs per size; the median is reported (default 5). */
  readonly runs?: number;
}

export interface ScalingRow {
  readonly copies: number;
  readonly kb: number;
  readonly tokens: number;
  /**
   * Median CPU time of one extraction (this process, all threads): on a loaded, shared machine
   * wall time mostly measures the other processes, CPU time does not.
   */
  readonly cpuMs: number;
  /** Median wall time, for reference. */
  readonly wallMs: number;
  readonly msPerKb: number;
  /**
   * CPU ms per KB added since the previous row: the cost of more text, without the fixed cost of
   * one document. About constant when time grows linearly with size.
   */
  readonly marginalMsPerKb: number | null;
}

export interface ScalingReport {
  readonly node: string;
  readonly articleKb: number;
  readonly rows: ScalingRow[];
}

export const DEFAULT_FACTORS: readonly number[] = [1, 2, 4, 8, 16, 32, 64, 128];

/**
 * Times extraction of one article and of inputs made of 2, 4, 8... copies of it (a blank line
 * apart), in this process after a warm-up, to show how time grows with input size: ms/KB stays
 * about flat when it grows linearly.
 */
export function runScaling(article: string, opts: ScalingOptions = {}): ScalingReport {
  const factors = opts.factors ?? DEFAULT_FACTORS;
  const runs = opts.runs ?? 5;
  if (!Number.isInteger(runs) || runs < 1) throw new DossierError('USAGE', `--runs ${runs}: expected a whole number of at least 1`);
  for (const f of factors) if (!Number.isInteger(f) || f < 1) throw new DossierError('USAGE', `--factors: ${f} is not a whole number of at least 1`);
  const body = article.trim();
  if (!body) throw new DossierError('EMPTY_INPUT', 'bench scaling: the article is empty');
  const service = new ExtractService();
  const extract = (text: string) => service.extractArticle(parseArticleText(text, 'bench scaling', 'text'));
  extract(body); // warm-up: word lists and models load on first use

  const rows: ScalingRow[] = [];
  for (const copies of [...factors].sort((a, b) => a - b)) {
    const text = Array.from({ length: copies }, () => body).join('\n\n');
    let tokens = 0;
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const c = process.cpuUsage();
      const { doc } = extract(text);
      const used = process.cpuUsage(c);
      wall.push(performance.now() - t);
      cpu.push((used.user + used.system) / 1000);
      tokens = doc.maybe('tokens')?.length ?? 0;
    }
    const kb = Buffer.byteLength(text) / 1024;
    const cpuMs = median(cpu);
    rows.push({ copies, kb, tokens, cpuMs, wallMs: median(wall), msPerKb: cpuMs / kb, marginalMsPerKb: null });
  }
  return {
    node: process.version, articleKb: Buffer.byteLength(body) / 1024,
    rows: rows.map((r, i) => (i === 0 ? r : { ...r, marginalMsPerKb: (r.cpuMs - rows[i - 1]!.cpuMs) / (r.kb - rows[i - 1]!.kb) })),
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export function formatScaling(r: ScalingReport): string {
  const head = ['copies', 'KB', 'tokens', 'CPU ms', 'wall ms', 'CPU ms/KB', 'added CPU ms per added KB'];
  const body = r.rows.map((x) => [
    String(x.copies), x.kb.toFixed(1), String(x.tokens), x.cpuMs.toFixed(1), x.wallMs.toFixed(1), x.msPerKb.toFixed(2),
    x.marginalMsPerKb === null ? '' : x.marginalMsPerKb.toFixed(2),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  return [
    `extract time against input size: copies of a ${r.articleKb.toFixed(1)} KB article, in-process after a warm-up, medians; Node ${r.node}`,
    line(head),
    ...body.map(line),
    'time grows linearly with size when the added CPU ms per added KB stays about the same from row to row',
    '(CPU ms/KB falls at first: each document has a fixed cost, spread over more text)',
    '',
  ].join('\n');
}
