import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DossierError } from '../core/errors.js';
import { packagePath, requireReferenceData } from '../core/resources.js';
import { parseArticleText } from '../ingest/read-input.js';
import { SqliteRepository } from '../store/sqlite-repository.js';
import { defaultWorkers } from './default-workers.js';
import { clusterStored } from './events-service.js';
import { ExtractService } from './extract-service.js';
import { IngestService } from './ingest-service.js';

export interface BenchOptions {
  /** How many BBC articles (taken in turn from the topic folders). */
  readonly articles?: number;
  /** Workers for the ingest run (default: `defaultWorkers()`, one fewer than the cores). */
  readonly workers?: number;
}

export interface BenchRow {
  readonly name: string;
  readonly articles: number;
  readonly seconds: number;
  readonly articlesPerSecond: number;
  readonly tokensPerSecond: number;
  /**
   * CPU seconds the process spent (all threads), and articles per CPU second: on a shared,
   * loaded machine wall-clock rates fall with the load, this one does not.
   */
  readonly cpuSeconds: number;
  readonly articlesPerCpuSecond: number;
  /** Highest RSS sampled while this part ran, and its process's maxRSS (process.resourceUsage). */
  readonly peakRssMb: number;
  readonly maxRssMb: number;
  /**
   * The same texts again, right after (pipeline and compromise only): throughput once the JIT has
   * compiled the hot code, which is what a long batch runs at. The first pass pays for that compiling.
   */
  readonly secondPass?: { readonly articlesPerSecond: number; readonly articlesPerCpuSecond: number };
}

export interface BenchReport {
  readonly corpus: string;
  readonly articles: number;
  readonly tokens: number;
  readonly cores: number;
  readonly node: string;
  /** Time to build the pipeline (load word lists and models) once. */
  readonly startupMs: number;
  readonly rows: BenchRow[];
  /** The highest maxRSS of the parts. */
  readonly maxRssMb: number;
  /** 1-minute load average when the run ended: wall-clock rates are only comparable at like loads. */
  readonly loadAverage: number;
}

export const DEFAULT_BENCH_ARTICLES = 400;
const WARMUP = 20;

/** Samples RSS on a timer and on demand (a synchronous loop starves timers), keeping the peak. */
class RssPeak {
  peak = 0;
  private timer?: NodeJS.Timeout;
  start(): this {
    this.peak = 0;
    this.sample();
    this.timer = setInterval(() => this.sample(), 20);
    return this;
  }
  sample(): void {
    const rss = process.memoryUsage.rss();
    if (rss > this.peak) this.peak = rss;
  }
  stop(): number {
    clearInterval(this.timer);
    this.sample();
    return this.peak / (1 << 20);
  }
}

/** The BBC articles to run on: round-robin over the sorted topic folders, so every topic is in. */
export function benchArticles(n: number): string[] {
  const root = requireReferenceData('bbc-news');
  const topics = readdirSync(root).filter((d) => statSync(join(root, d)).isDirectory()).sort();
  const lists = topics.map((t) => readdirSync(join(root, t)).filter((f) => f.endsWith('.txt')).sort().map((f) => join(root, t, f)));
  const out: string[] = [];
  for (let i = 0; out.length < n && lists.some((l) => i < l.length); i++) {
    for (const l of lists) if (i < l.length && out.length < n) out.push(l[i]!);
  }
  if (out.length === 0) throw new DossierError('DATA_MISSING', `${root}: no .txt articles in its topic folders`);
  return out;
}

export type BenchPhase = 'pipeline' | 'compromise' | 'ingest';
export const BENCH_PHASES: readonly BenchPhase[] = ['pipeline', 'compromise', 'ingest'];

/**
 * `dossier bench`: the whole pipeline on one core in-process, compromise finding people, places
 * and organisations in the same texts, and `ingest` into a fresh SQLite file with the default
 * workers, clustering into events as `dossier ingest` does, on the same BBC articles in one run. Each part runs in a fresh process of its own
 * (the built CLI with a hidden --phase), so one part's heap never counts against another's memory.
 */
export async function runBench(opts: BenchOptions = {}): Promise<BenchReport> {
  const n = checkCount(opts.articles ?? DEFAULT_BENCH_ARTICLES);
  benchArticles(n); // DATA_MISSING here, before any child starts
  const rows: BenchRow[] = [];
  let startupMs = 0;
  let tokens = 0;
  let articles = 0;
  for (const phase of BENCH_PHASES) {
    const args = [packagePath('dist', 'cli', 'main.js'), 'bench', '--phase', phase, '--articles', String(n)];
    if (opts.workers !== undefined) args.push('--workers', String(opts.workers));
    const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 16 << 20 });
    if (child.status !== 0) {
      const why = child.stderr.trim().split('\n').pop() || `exit ${child.status ?? child.signal}`;
      throw new DossierError('INTERNAL', `bench: the ${phase} run failed (${why.replace(/^dossier: /, '')})`);
    }
    const result = JSON.parse(child.stdout) as PhaseResult;
    if (phase === 'pipeline') ({ startupMs, tokens, articles } = result);
    rows.push({ ...result.row, tokensPerSecond: tokens / result.row.seconds });
  }
  return {
    corpus: 'bbc-news', articles, tokens, cores: availableParallelism(), node: process.version,
    startupMs, rows, maxRssMb: Math.max(...rows.map((r) => r.maxRssMb)), loadAverage: loadavg()[0]!,
  };
}

export interface PhaseResult {
  readonly row: BenchRow;
  readonly startupMs: number;
  readonly tokens: number;
  readonly articles: number;
}

/** One part of the bench, in this process (called by the hidden `dossier bench --phase`). */
export async function runPhase(phase: BenchPhase, opts: BenchOptions = {}): Promise<PhaseResult> {
  const n = checkCount(opts.articles ?? DEFAULT_BENCH_ARTICLES);
  const files = benchArticles(n);
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const rss = new RssPeak().start();
  const t0 = performance.now();
  // Built only where it runs: the other parts' memory must not hold it.
  const service = phase === 'pipeline' ? new ExtractService() : undefined;
  const startupMs = performance.now() - t0;
  const extractAll = (count: number) => {
    let tokens = 0;
    for (let i = 0; i < count; i++) {
      const { doc } = service!.extractArticle(parseArticleText(texts[i]!, files[i]!, 'text'));
      tokens += doc.maybe('tokens')?.length ?? 0;
      if (i % 10 === 0) rss.sample();
    }
    return tokens;
  };

  if (phase === 'pipeline') {
    extractAll(Math.min(WARMUP, texts.length));
    const t = performance.now();
    const cpu = process.cpuUsage();
    const tokens = extractAll(texts.length);
    const first = row('dossier pipeline (1 core, in-process)', texts.length, performance.now() - t, cpu, tokens, 0); // peak RSS: after the second pass
    const again = secondPass(texts.length, () => extractAll(texts.length));
    return { row: { ...first, peakRssMb: rss.stop(), secondPass: again }, startupMs, tokens, articles: texts.length };
  }

  // Tokens/s of the other rows uses the pipeline's count of the same texts (filled in by runBench).
  const tokens = 0;
  if (phase === 'compromise') {
    const nlp = (await import('compromise')).default;
    const entities = (count: number) => {
      for (let i = 0; i < count; i++) {
        const doc = nlp(texts[i]!);
        doc.people().out('array');
        doc.places().out('array');
        doc.organizations().out('array');
        if (i % 10 === 0) rss.sample();
      }
    };
    entities(Math.min(WARMUP, texts.length));
    const t = performance.now();
    const cpu = process.cpuUsage();
    entities(texts.length);
    const first = row('compromise people/places/orgs (1 core)', texts.length, performance.now() - t, cpu, tokens, 0); // peak RSS: after the second pass
    const again = secondPass(texts.length, () => entities(texts.length));
    return { row: { ...first, peakRssMb: rss.stop(), secondPass: again }, startupMs, tokens, articles: texts.length };
  }

  // Ingest into a fresh SQLite file with the default workers, worker start-up included.
  const workers = opts.workers ?? defaultWorkers();
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  try {
    const repo = SqliteRepository.open(join(dir, 'bench.db'));
    try {
      await repo.migrate();
      const t = performance.now();
      const cpu = process.cpuUsage();
      // What `dossier ingest` does: extract, store, and cluster each stored batch into events.
      // RSS read on every 16th progress report (and on the timer): read on each, it cost ~95 ms of
      // the main thread's 3 s (~200 µs a read in this process), which the row then counted.
      let reports = 0;
      const onProgress = () => {
        if (reports++ % 16 === 0) rss.sample();
      };
      const summary = await new IngestService(repo).ingest(files, { workers, onProgress, onStored: clusterStored(repo) });
      if (summary.failed) throw new DossierError('INTERNAL', `bench: ${summary.failed} articles failed to ingest (${summary.failures[0]!.message})`);
      const name = `dossier ingest -> SQLite + events (${workers} worker${workers === 1 ? ', pipeline split with the main thread' : 's'})`;
      return { row: row(name, summary.stored + summary.skipped, performance.now() - t, cpu, tokens, rss.stop()), startupMs, tokens, articles: texts.length };
    } finally {
      await repo.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Times `run` (all the articles once more) in wall and CPU time. */
function secondPass(articles: number, run: () => unknown): { articlesPerSecond: number; articlesPerCpuSecond: number } {
  const t = performance.now();
  const cpu = process.cpuUsage();
  run();
  const used = process.cpuUsage(cpu);
  return { articlesPerSecond: articles / ((performance.now() - t) / 1000), articlesPerCpuSecond: articles / ((used.user + used.system) / 1e6) };
}

function checkCount(n: number): number {
  if (!Number.isInteger(n) || n < 1) throw new DossierError('USAGE', `--articles ${n}: expected a whole number of at least 1`);
  return n;
}

function row(name: string, articles: number, ms: number, cpuBefore: NodeJS.CpuUsage, tokens: number, peakRssMb: number): BenchRow {
  const seconds = ms / 1000;
  const used = process.cpuUsage(cpuBefore);
  const cpuSeconds = (used.user + used.system) / 1e6;
  return {
    name, articles, seconds, articlesPerSecond: articles / seconds, tokensPerSecond: tokens / seconds,
    cpuSeconds, articlesPerCpuSecond: articles / cpuSeconds, peakRssMb, maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

/** The report as a table, the rows side by side. */
export function formatBench(r: BenchReport): string {
  const head = ['', 'articles/s', 'tokens/s', 'seconds', 'CPU s', 'articles/CPU-s', '2nd pass art/s', '2nd pass art/CPU-s', 'peak RSS MB', 'maxRSS MB'];
  const body = r.rows.map((x) => [
    x.name, x.articlesPerSecond.toFixed(1), Math.round(x.tokensPerSecond).toString(), x.seconds.toFixed(2),
    x.cpuSeconds.toFixed(2), x.articlesPerCpuSecond.toFixed(1),
    x.secondPass ? x.secondPass.articlesPerSecond.toFixed(1) : '-', x.secondPass ? x.secondPass.articlesPerCpuSecond.toFixed(1) : '-',
    x.peakRssMb.toFixed(0), x.maxRssMb.toFixed(0),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [
    `${r.articles} BBC News articles (${r.tokens} tokens), ${r.cores} cores, Node ${r.node}; building the pipeline (new ExtractService, modules already loaded) ${r.startupMs.toFixed(0)} ms`,
    'tokens/s counts Dossier\'s tokens of the same texts for every row; ingest includes worker start-up, SQLite writes and clustering into events;',
    '"2nd pass": the same texts again in the same process, once the JIT has compiled the hot code (what a long batch runs at)',
    line(head),
    ...body.map(line),
    `each row ran in a fresh process; load average at the end ${r.loadAverage.toFixed(1)} on ${r.cores} cores`,
    '',
  ].join('\n');
}
