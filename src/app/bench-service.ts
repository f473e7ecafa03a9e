import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DossierError } from '../core/errors.js';
import { requireReferenceData } from '../core/resources.js';
import { parseArticleText } from '../ingest/read-input.js';
import { SqliteRepository } from '../store/sqlite-repository.js';
import { defaultWorkers } from './extract-pool.js';
import { ExtractService } from './extract-service.js';
import { IngestService } from './ingest-service.js';

export interface BenchOptions {
  /** How many BBC articles (taken in turn from the topic folders). */
  readonly articles?: number;
  /** Workers for the ingest run (default: the machine's cores). */
  readonly workers?: number;
}

export interface BenchRow {
  readonly name: string;
  readonly articles: number;
  readonly seconds: number;
  readonly articlesPerSecond: number;
  readonly tokensPerSecond: number;
  /** Highest RSS sampled while this part ran (the whole process: what earlier parts loaded stays counted). */
  readonly peakRssMb: number;
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
  /** process.resourceUsage().maxRSS at the end: the high-water mark of the whole run. */
  readonly maxRssMb: number;
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

/**
 * `dossier bench`: the whole pipeline on one core in this process, compromise finding people,
 * places and organisations in the same texts, and `ingest` into a fresh SQLite file with the
 * default workers, each timed on the same BBC articles in one run.
 */
export async function runBench(opts: BenchOptions = {}): Promise<BenchReport> {
  const n = opts.articles ?? DEFAULT_BENCH_ARTICLES;
  if (!Number.isInteger(n) || n < 1) throw new DossierError('USAGE', `--articles ${n}: expected a whole number of at least 1`);
  const files = benchArticles(n);
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const rows: BenchRow[] = [];
  const rss = new RssPeak();

  // 1. Our pipeline, one core, in-process.
  rss.start();
  const t0 = performance.now();
  const service = new ExtractService();
  const startupMs = performance.now() - t0;
  const extractAll = (count: number) => {
    let tokens = 0;
    for (let i = 0; i < count; i++) {
      const { doc } = service.extractArticle(parseArticleText(texts[i]!, files[i]!, 'text'));
      tokens += doc.maybe('tokens')?.length ?? 0;
      if (i % 10 === 0) rss.sample();
    }
    return tokens;
  };
  extractAll(Math.min(WARMUP, texts.length));
  let t = performance.now();
  const tokens = extractAll(texts.length);
  rows.push(row('dossier pipeline (1 core, in-process)', texts.length, performance.now() - t, tokens, rss.stop()));

  // 2. compromise on the same texts: the library a TypeScript user would reach for.
  rss.start();
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
  t = performance.now();
  entities(texts.length);
  rows.push(row('compromise people/places/orgs (1 core)', texts.length, performance.now() - t, tokens, rss.stop()));

  // 3. Ingest into a fresh SQLite file with the default workers, start-up included.
  const workers = opts.workers ?? defaultWorkers();
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  rss.start();
  try {
    const repo = SqliteRepository.open(join(dir, 'bench.db'));
    try {
      await repo.migrate();
      t = performance.now();
      const summary = await new IngestService(repo).ingest(files, { workers, onProgress: () => rss.sample() });
      const done = summary.stored + summary.skipped;
      if (summary.failed) throw new DossierError('INTERNAL', `bench: ${summary.failed} articles failed to ingest (${summary.failures[0]!.message})`);
      rows.push(row(`dossier ingest -> SQLite (${workers} worker${workers === 1 ? '' : 's'})`, done, performance.now() - t, tokens, rss.stop()));
    } finally {
      await repo.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  return {
    corpus: 'bbc-news', articles: texts.length, tokens, cores: availableParallelism(), node: process.version,
    startupMs, rows, maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

function row(name: string, articles: number, ms: number, tokens: number, peakRssMb: number): BenchRow {
  const seconds = ms / 1000;
  return { name, articles, seconds, articlesPerSecond: articles / seconds, tokensPerSecond: tokens / seconds, peakRssMb };
}

/** The report as a table, the rows side by side. */
export function formatBench(r: BenchReport): string {
  const head = ['', 'articles/s', 'tokens/s', 'seconds', 'peak RSS MB'];
  const body = r.rows.map((x) => [x.name, x.articlesPerSecond.toFixed(1), Math.round(x.tokensPerSecond).toString(), x.seconds.toFixed(2), x.peakRssMb.toFixed(0)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [
    `${r.articles} BBC News articles (${r.tokens} tokens), ${r.cores} cores, Node ${r.node}; pipeline start-up ${r.startupMs.toFixed(0)} ms`,
    line(head),
    ...body.map(line),
    `peak memory of the whole run (maxRSS): ${r.maxRssMb.toFixed(0)} MB`,
    '',
  ].join('\n');
}
