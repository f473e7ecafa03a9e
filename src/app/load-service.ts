import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DossierError } from '../core/errors.js';
import { packagePath } from '../core/resources.js';
import { startServeProcess, type ServeProcess } from './serve-process.js';

/** One kind of request the load test sends, a fixed number of times. */
export interface Scenario {
  readonly name: string;
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly body?: string;
  /** Requests in flight at once. */
  readonly connections: number;
  /** Share of `requests` this scenario sends (extraction is slow; the light routes get more). */
  readonly weight: number;
}

export interface LoadOptions {
  /** Requests per unit weight in the measured run (extract gets this many, light routes more). */
  readonly requests?: number;
  /** Requests per unit weight sent first, to warm the server up, before the baseline RSS. */
  readonly warmup?: number;
  /** Each scenario stops after this many seconds even if requests remain (it then counts as cut short). */
  readonly maxSeconds?: number;
  /** RSS the server may gain over the measured run, after the warm-up, in MiB. */
  readonly maxGrowthMb?: number;
  /** The article to extract (default: the bundled example). */
  readonly article?: string;
}

export interface ScenarioResult {
  readonly name: string;
  readonly requests: number;
  readonly connections: number;
  readonly seconds: number;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  /** Stopped by maxSeconds before sending all its requests. */
  readonly cutShort: boolean;
}

export interface LoadReport {
  readonly node: string;
  readonly cores: number;
  readonly scenarios: ScenarioResult[];
  /** Server RSS (MiB, from /proc/PID/status) when it listened, after the warm-up and after the run; null off Linux. */
  readonly rss: { readonly started: number | null; readonly warm: number | null; readonly end: number | null; readonly growth: number | null };
  readonly maxGrowthMb: number;
  /** The record of the article before and after the run is the same (extraction stays deterministic under load). */
  readonly sameRecord: boolean;
  /** Records the search scenario's query finds (at least the saved article). */
  readonly searchHits: number;
  readonly loadAverage: number;
  /** What went wrong: errors, non-2xx answers, memory growth over the bound. Empty when the run passed. */
  readonly problems: string[];
}

export const LOAD_DEFAULTS = { requests: 200, warmup: 20, maxSeconds: 120, maxGrowthMb: 64 } as const;

/** The requests: extract the article (with and without saving it), health, and searches of the store. */
export function scenarios(article: string): Scenario[] {
  return [
    { name: 'POST /api/extract', method: 'POST', path: '/api/extract', body: JSON.stringify({ text: article }), connections: 4, weight: 1 },
    { name: 'POST /api/extract save', method: 'POST', path: '/api/extract', body: JSON.stringify({ text: article, save: true }), connections: 4, weight: 0.25 },
    { name: 'GET /api/health', method: 'GET', path: '/api/health', connections: 16, weight: 10 },
    { name: 'GET /api/records?q=', method: 'GET', path: `/api/records?q=${encodeURIComponent('Mersin bomb')}&limit=10`, connections: 16, weight: 10 },
  ];
}

/**
 * A bounded load test of `dossier serve`: the built CLI in a child process on a free loopback
 * port with a fresh SQLite store, a warm-up, then a fixed number of requests per scenario
 * (autocannon), each scenario cut off after maxSeconds. Reports throughput, latency, errors and
 * the server's RSS before and after, and lists as problems any error, any non-2xx answer, a record
 * that changed, or RSS growth over the bound.
 */
export async function runLoad(opts: LoadOptions = {}): Promise<LoadReport> {
  const requests = checkCount('--requests', opts.requests ?? LOAD_DEFAULTS.requests);
  const warmup = checkCount('--warmup', opts.warmup ?? LOAD_DEFAULTS.warmup, 0);
  const maxSeconds = opts.maxSeconds ?? LOAD_DEFAULTS.maxSeconds;
  const maxGrowthMb = opts.maxGrowthMb ?? LOAD_DEFAULTS.maxGrowthMb;
  const article = readArticle(opts.article);
  const autocannon = await loadAutocannon();

  const dir = mkdtempSync(join(tmpdir(), 'dossier-load-'));
  const server = await startServer(join(dir, 'load.db'));
  try {
    const started = rssMb(server.pid);
    // Saved first, so that the searches find it from the start.
    const before = await extractOnce(server.url, article, true);
    const plan = scenarios(article);
    const hits = await searchHits(server.url, plan.find((s) => s.path.startsWith('/api/records'))!.path);
    for (const s of plan) if (warmup > 0) await fire(autocannon, server.url, s, Math.max(s.connections, Math.round(warmup * s.weight)), maxSeconds);
    const warm = rssMb(server.pid);
    const results: ScenarioResult[] = [];
    for (const s of plan) results.push(await fire(autocannon, server.url, s, Math.max(s.connections, Math.round(requests * s.weight)), maxSeconds));
    const end = rssMb(server.pid);
    const after = await extractOnce(server.url, article);
    if (server.child.exitCode !== null) throw new DossierError('INTERNAL', `load: the server exited during the run (${server.stderr().trim()})`);

    const growth = warm !== null && end !== null ? end - warm : null;
    const sameRecord = JSON.stringify(before) === JSON.stringify(after);
    const problems: string[] = [];
    for (const r of results) {
      if (r.errors || r.timeouts) problems.push(`${r.name}: ${r.errors} connection errors, ${r.timeouts} timeouts`);
      if (r.non2xx) problems.push(`${r.name}: ${r.non2xx} answers were not 2xx`);
    }
    if (growth !== null && growth > maxGrowthMb) problems.push(`server RSS grew ${growth.toFixed(1)} MiB after the warm-up (bound ${maxGrowthMb} MiB)`);
    if (hits === 0) problems.push('the search scenario finds nothing, so it measures an empty search');
    if (!sameRecord) problems.push('the record of the article changed between the start and the end of the run');
    return {
      node: process.version, cores: availableParallelism(), scenarios: results,
      rss: { started, warm, end, growth }, maxGrowthMb, sameRecord, searchHits: hits, loadAverage: loadavg()[0]!, problems,
    };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The article to send: the file given, else the bundled example (in a checkout, not the npm package). */
export function readArticle(file = packagePath('examples', 'harbour-blast.txt')): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new DossierError('NOT_FOUND', `${file}: cannot read the article (${(err as NodeJS.ErrnoException).code ?? 'error'}); give one with --article FILE`);
  }
}

type Autocannon = typeof import('autocannon').default;

async function loadAutocannon(): Promise<Autocannon> {
  try {
    return (await import('autocannon')).default;
  } catch {
    throw new DossierError('DATA_MISSING', 'load test: the autocannon package is missing (a development dependency: run "npm install" in the Dossier checkout)');
  }
}

function fire(autocannon: Autocannon, base: string, s: Scenario, amount: number, maxSeconds: number): Promise<ScenarioResult> {
  return new Promise((resolve, reject) => {
    let cutShort = false;
    const instance = autocannon(
      {
        url: new URL(s.path, base).href, method: s.method, connections: s.connections, amount, timeout: 30,
        ...(s.body ? { body: s.body, headers: { 'content-type': 'application/json' } } : {}),
      },
      (err, r) => {
        clearTimeout(timer);
        if (err) return reject(new DossierError('INTERNAL', `load: ${s.name}: ${err.message}`));
        resolve({
          name: s.name, requests: r.requests.total, connections: s.connections, seconds: r.duration,
          requestsPerSecond: r.requests.total / r.duration, p50Ms: r.latency.p50, p99Ms: r.latency.p99, maxMs: r.latency.max,
          errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx, cutShort,
        });
      },
    );
    const timer = setTimeout(() => {
      cutShort = true;
      instance.stop();
    }, maxSeconds * 1000);
  });
}

async function searchHits(base: string, path: string): Promise<number> {
  const res = await fetch(new URL(path, base));
  if (res.status !== 200) throw new DossierError('INTERNAL', `load: GET ${path} answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { total: number }).total;
}

async function extractOnce(base: string, article: string, save = false): Promise<unknown> {
  const res = await fetch(new URL('/api/extract', base), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: article, save }) });
  if (res.status !== 200) throw new DossierError('INTERNAL', `load: POST /api/extract answered ${res.status}: ${await res.text()}`);
  return res.json();
}

/** Resident set size of a process in MiB, from /proc (Linux); null where there is no /proc. */
export function rssMb(pid: number): number | null {
  try {
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** The built `dossier serve` on a free loopback port, as a user starts it; resolves once it listens. */
async function startServer(db: string): Promise<ServeProcess> {
  try {
    return await startServeProcess(['--host', '127.0.0.1', '--db', db]);
  } catch (err) {
    throw new DossierError('INTERNAL', `load: ${(err as Error).message}`);
  }
}

function checkCount(flag: string, n: number, min = 1): number {
  if (!Number.isInteger(n) || n < min) throw new DossierError('USAGE', `${flag} ${n}: expected a whole number of at least ${min}`);
  return n;
}

/** The report as a table, scenarios side by side, then memory and verdict. */
export function formatLoad(r: LoadReport): string {
  const head = ['', 'requests', 'conns', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'errors', 'non-2xx'];
  const body = r.scenarios.map((s) => [
    s.name + (s.cutShort ? ' (cut short)' : ''), String(s.requests), String(s.connections), s.requestsPerSecond.toFixed(1),
    s.p50Ms.toFixed(1), s.p99Ms.toFixed(1), s.maxMs.toFixed(0), String(s.errors + s.timeouts), String(s.non2xx),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const mb = (x: number | null) => (x === null ? 'n/a' : `${x.toFixed(1)} MiB`);
  return [
    `dossier serve on loopback, fresh SQLite store; Node ${r.node}, ${r.cores} cores, load average ${r.loadAverage.toFixed(1)} at the end`,
    line(head),
    ...body.map(line),
    `server RSS: ${mb(r.rss.started)} listening, ${mb(r.rss.warm)} after the warm-up, ${mb(r.rss.end)} after the run (growth ${mb(r.rss.growth)}, bound ${r.maxGrowthMb} MiB)`,
    `record of the article before and after the run: ${r.sameRecord ? 'the same' : 'DIFFERENT'}`,
    r.problems.length ? `FAILED: ${r.problems.join('; ')}` : 'passed: no errors, no non-2xx answers, memory bounded',
    '',
  ].join('\n');
}
