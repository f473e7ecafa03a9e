import { createHash } from 'node:crypto';
import { createReadStream, readFileSync, readlinkSync, statSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { parse as parseCsv } from 'csv-parse';
import { DossierError, toDossierError, type ErrorCode } from '../core/errors.js';
import type { RawArticle } from './article.js';
import { jsonArticle } from './json-article.js';
import { LIMITS } from './limits.js';
import { parseArticle, type InputFormat } from './read-input.js';
import { decodeText } from './decode.js';

/**
 * Batch input: files, folders (walked recursively), JSON arrays, JSONL and CSV, read into items of
 * one article each, with the hash of its raw input. Reading is cheap and stays in one thread;
 * `articleOf` (parsing HTML, checking fields) is the part that runs wherever extraction runs.
 */

/** File kinds a folder walk picks up; a file named on the command line is read whatever its name. */
export const BATCH_EXTENSIONS = ['.txt', '.text', '.html', '.htm', '.xhtml', '.json', '.jsonl', '.ndjson', '.csv'] as const;

export type BatchInput =
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array; readonly format?: InputFormat }
  | { readonly kind: 'object'; readonly value: unknown }
  /** An article already read (the server reads requests itself, then extracts off its event loop). */
  | { readonly kind: 'article'; readonly article: RawArticle };

export interface BatchItem {
  /** The input's name in messages: a path, "path:line 3" for JSONL and CSV rows, "path[2]" in a JSON array. */
  readonly origin: string;
  /** sha256 of the raw input, so a re-ingest skips it before extraction. */
  readonly contentHash: string;
  readonly input: BatchInput;
  /** Reference date (YYYY-MM-DD) for this article, over the extractor's own (a request's `date`). */
  readonly date?: string;
}

export interface BatchFailure {
  readonly origin: string;
  readonly code: ErrorCode;
  readonly message: string;
}

export type BatchEntry =
  | { readonly item: BatchItem; readonly bytes: number }
  | { readonly failure: BatchFailure; readonly bytes: number };

type FileKind = 'single' | 'json' | 'jsonl' | 'csv';

export interface PlannedFile {
  readonly path: string;
  readonly size: number;
  readonly kind: FileKind;
}

export interface BatchPlan {
  readonly files: PlannedFile[];
  /** Paths that could not be read at all (missing, unreadable). */
  readonly failures: BatchFailure[];
  readonly totalBytes: number;
}

/** Resolves the paths to the files to read, walking folders; bad paths become failures, not exceptions. */
export async function planBatch(paths: readonly string[]): Promise<BatchPlan> {
  const files: PlannedFile[] = [];
  const failures: BatchFailure[] = [];
  for (const path of paths) {
    try {
      const info = await statPath(path);
      if (info.isDirectory()) {
        for (const file of await walk(path, failures, new Set([await realpath(path)]))) files.push(file);
      } else {
        files.push({ path, size: info.size, kind: kindOf(path) });
      }
    } catch (err) {
      failures.push(failureOf(path, err));
    }
  }
  return { files, failures, totalBytes: files.reduce((n, f) => n + f.size, 0) };
}

/** Every article in the planned files, in order; a bad file or row is one failure entry, never a stop. */
export async function* readBatch(plan: BatchPlan): AsyncGenerator<BatchEntry> {
  for (const file of plan.files) {
    try {
      if (file.kind === 'jsonl') yield* readJsonl(file);
      else if (file.kind === 'csv') yield* readCsv(file);
      else yield* readWhole(file);
    } catch (err) {
      yield { failure: failureOf(file.path, err), bytes: 0 };
    }
  }
}

/** The article an item holds: parsing HTML or validating fields, with the same errors `extract` gives. */
export function articleOf(item: BatchItem): RawArticle {
  if (item.input.kind === 'article') return item.input.article;
  if (item.input.kind === 'bytes') return parseArticle(item.input.bytes, item.origin, item.input.format);
  return jsonArticle(item.input.value, item.origin);
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

async function statPath(path: string) {
  try {
    return await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new DossierError('NOT_FOUND', `${path}: no such file or folder`);
    if (code === 'EACCES') throw new DossierError('NOT_FOUND', `${path}: permission denied`);
    throw new DossierError('NOT_FOUND', `${path}: cannot read (${code ?? 'error'})`);
  }
}

/**
 * The article files under a folder, sorted. A symbolic link counts as what it points to (a folder
 * of links to articles is a common way to pick a set); a folder met again through a link is not
 * walked twice, and a link that points nowhere is a failure of its own.
 */
async function walk(dir: string, failures: BatchFailure[], seen: Set<string>): Promise<PlannedFile[]> {
  const out: PlannedFile[] = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    throw new DossierError('NOT_FOUND', `${dir}: cannot list the folder (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  // Sorted, so runs (and a resumed run) meet the articles in the same order.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = statSync(path);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch {
        // Only a link named as an article is worth a word; others are skipped like any other file.
        if (isArticleName(entry.name)) failures.push({ origin: path, code: 'NOT_FOUND', message: `${path}: a link to nothing (${readlinkOr(path)})` });
        continue;
      }
    }
    if (isDir) {
      const real = await realpath(path);
      if (seen.has(real)) continue;
      seen.add(real);
      out.push(...(await walk(path, failures, seen)));
    } else if (isFile && isArticleName(entry.name)) {
      // Sync stat and read: for many small local files the thread-pool round trip costs more than the call.
      out.push({ path, size: statSync(path).size, kind: kindOf(path) });
    }
  }
  return out;
}

function isArticleName(name: string): boolean {
  return (BATCH_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());
}

function readlinkOr(path: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return 'unreadable';
  }
}

function kindOf(path: string): FileKind {
  const ext = extname(path).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.csv') return 'csv';
  if (ext === '.json') return 'json';
  return 'single';
}

function formatOf(path: string): InputFormat | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.json') return 'json';
  if (ext === '.txt' || ext === '.text' || ext === '.md') return 'text';
  return undefined;
}

/** One file, one article; except a .json file holding an array, one article per element. */
async function* readWhole(file: PlannedFile): AsyncGenerator<BatchEntry> {
  if (file.size > LIMITS.maxInputBytes && file.kind !== 'json') {
    throw new DossierError('TOO_LARGE', `${file.path}: ${file.size} bytes is over the ${LIMITS.maxInputBytes}-byte limit (DOSSIER_MAX_INPUT_BYTES)`);
  }
  const bytes = readFileSync(file.path);
  if (file.kind === 'json') {
    const text = decodeText(bytes, file.path);
    if (text.trimStart().startsWith('[')) {
      yield* readJsonArray(file, text);
      return;
    }
    if (bytes.length > LIMITS.maxInputBytes) {
      throw new DossierError('TOO_LARGE', `${file.path}: ${bytes.length} bytes is over the ${LIMITS.maxInputBytes}-byte limit (DOSSIER_MAX_INPUT_BYTES)`);
    }
  }
  yield { item: { origin: file.path, contentHash: sha256(bytes), input: { kind: 'bytes', bytes, format: formatOf(file.path) } }, bytes: file.size };
}

async function* readJsonArray(file: PlannedFile, text: string): AsyncGenerator<BatchEntry> {
  let values: unknown;
  try {
    values = JSON.parse(text);
  } catch (err) {
    throw new DossierError('INVALID_JSON', `${file.path}: invalid JSON (${(err as Error).message})`);
  }
  const list = values as unknown[];
  const share = list.length ? file.size / list.length : file.size;
  for (let i = 0; i < list.length; i++) {
    const origin = `${file.path}[${i}]`;
    const value = list[i];
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      yield { failure: { origin, code: 'INVALID_JSON', message: `${origin}: not an article object` }, bytes: share };
      continue;
    }
    yield { item: { origin, contentHash: sha256(JSON.stringify(value)), input: { kind: 'object', value } }, bytes: share };
  }
  if (list.length === 0) throw new DossierError('EMPTY_INPUT', `${file.path}: the JSON array holds no articles`);
}

async function* readJsonl(file: PlannedFile): AsyncGenerator<BatchEntry> {
  const lines = createInterface({ input: createReadStream(file.path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const raw of lines) {
    n++;
    const bytes = Buffer.byteLength(raw) + 1;
    const line = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (!line.trim()) continue;
    const origin = `${file.path}:line ${n}`;
    if (bytes > LIMITS.maxInputBytes) {
      yield { failure: { origin, code: 'TOO_LARGE', message: `${origin}: ${bytes} bytes is over the ${LIMITS.maxInputBytes}-byte limit` }, bytes };
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      yield { failure: { origin, code: 'INVALID_JSON', message: `${origin}: invalid JSON (${(err as Error).message})` }, bytes };
      continue;
    }
    yield { item: { origin, contentHash: sha256(line), input: { kind: 'object', value } }, bytes };
  }
}

/** CSV with a header row: title, text or html, url, published (and lead, publisher); other columns are ignored. */
async function* readCsv(file: PlannedFile): AsyncGenerator<BatchEntry> {
  const skipped: BatchFailure[] = [];
  const parser = createReadStream(file.path).pipe(
    parseCsv({
      bom: true,
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      relax_column_count: false,
      skip_records_with_error: true,
      raw: true,
      info: true,
      on_skip: (err) => {
        const line = (err as { lines?: number } | undefined)?.lines;
        const origin = line ? `${file.path}:line ${line}` : file.path;
        skipped.push({ origin, code: 'INVALID_JSON', message: `${origin}: bad CSV row (${err?.message ?? 'unreadable'})` });
        return undefined;
      },
    }),
  );
  for await (const row of parser as AsyncIterable<{ record: Record<string, string>; raw: string; info: { lines: number } }>) {
    while (skipped.length) yield { failure: skipped.shift()!, bytes: 0 };
    const origin = `${file.path}:line ${row.info.lines}`;
    const bytes = Buffer.byteLength(row.raw);
    const r = row.record;
    const value: Record<string, string> = {};
    for (const key of ['title', 'lead', 'text', 'html', 'url', 'published', 'publisher'] as const) {
      if (r[key] !== undefined && r[key] !== '') value[key] = r[key]!;
    }
    if (!value.text?.trim() && !value.html?.trim()) {
      yield { failure: { origin, code: 'EMPTY_INPUT', message: `${origin}: the row has no "text" or "html" value` }, bytes };
      continue;
    }
    yield { item: { origin, contentHash: sha256(row.raw), input: { kind: 'object', value } }, bytes };
  }
  while (skipped.length) yield { failure: skipped.shift()!, bytes: 0 };
}

function failureOf(origin: string, err: unknown): BatchFailure {
  const e = toDossierError(err);
  const message = e.message.startsWith(origin) ? e.message : `${origin}: ${e.message}`;
  return { origin, code: e.code, message };
}
