import { fileURLToPath } from 'node:url';
import { sep } from 'node:path';
import { packagePath } from './resources.js';
import { inputsUnchanged, readTableCache, stampInputs, type CachedTable, type InputStamp } from './table-cache.js';

/**
 * Read-only tables (the taggers' models, the GeoNames city table, word tables, the cue classifier's
 * weights) that a process builds once and its worker threads use as they are, without reading,
 * parsing or holding a copy of their own. Each table is kept as its "parts": a plain object of
 * numbers, short strings and typed arrays over SharedArrayBuffers. Posting the parts to a worker
 * thread copies the small fields and shares the arrays, so the memory is paid once per process.
 *
 * Every loader builds its table from its parts, in the main thread as in a worker: one code path.
 * A thread that was given no parts for a table (a plain `dossier extract`, a test) takes them from the
 * built-table file (table-cache.ts) when the files it was built from are unchanged, else builds them.
 */
const parts = new Map<string, unknown>();
/** The inputs of each table this thread built, stamped before it built it: what the cache file records. */
const built = new Map<string, readonly InputStamp[]>();

/**
 * This module's own file, stamped as an input of every table: the built-table file records the
 * inputs' files, not the code that turned them into tables, so a table whose layout changed in the
 * code would otherwise be read stale after a plain `tsc` (which rewrites every file under dist/, this
 * one too). `npm run build` writes the table file after compiling, so its stamp then matches.
 */
const CODE_STAMP = fileURLToPath(import.meta.url);

/**
 * The parts of table `name`: those this thread was given, else those in the built-table file if its
 * `inputs` (the files `build` reads) are as they were then, else built now by `build`; kept either way.
 */
export function sharedParts<P>(name: string, build: () => P, inputs: () => readonly string[]): P {
  let p = parts.get(name) as P | undefined;
  if (p === undefined) {
    const paths = [...inputs(), CODE_STAMP];
    p = cachedParts(name, paths) as P | undefined;
    if (p === undefined) {
      built.set(name, stampInputs(paths));
      p = build();
    }
    parts.set(name, p);
  }
  return p;
}

/** null: not read yet; undefined: no usable file (or the cache is off). */
let cacheFile: Map<string, CachedTable> | undefined | null = null;
let cacheOff = process.env.DOSSIER_TABLE_CACHE === 'off';

/**
 * The built-table file: written by `npm run build` beside the code it was built by, and read only by
 * that code (the TypeScript sources run by tests build their tables; they may differ from dist's).
 */
export function tableCachePath(): string {
  return packagePath('dist', 'tables.bin');
}

function cachedParts(name: string, paths: readonly string[]): unknown {
  if (cacheFile === null) {
    const fromDist = fileURLToPath(import.meta.url).startsWith(packagePath('dist') + sep);
    cacheFile = cacheOff || !fromDist ? undefined : readTableCache(tableCachePath());
  }
  const t = cacheFile?.get(name);
  if (!t || t.inputs.length !== paths.length || t.inputs.some((s, k) => s[0] !== paths[k])) return undefined;
  return inputsUnchanged(t.inputs) ? t.parts : undefined;
}

/** Builds every table from its inputs from now on (to write the file, or to measure without it). */
export function disableTableCache(): void {
  cacheOff = true;
  cacheFile = undefined;
}

/** The tables this thread built (not given, not read from the file), with their inputs' stamps: the file's content. */
export function builtTables(): Map<string, CachedTable> {
  return new Map([...built].map(([name, inputs]) => [name, { inputs, parts: parts.get(name) }]));
}

/** Every table's parts built or given so far, to post to a worker thread (see `adoptSharedTables`). */
export function exportSharedTables(): Record<string, unknown> {
  return Object.fromEntries(parts);
}

/** Takes tables from the thread that started this one; called before any loader runs. */
export function adoptSharedTables(given: Record<string, unknown> | undefined): void {
  for (const [name, p] of Object.entries(given ?? {})) if (!parts.has(name)) parts.set(name, p);
}

type TypedArray = Int32Array | Uint32Array | Uint16Array | Uint8Array | Float32Array | Float64Array;
type TypedArrayOf<T extends TypedArray> = T extends Int32Array ? Int32Array : T extends Uint32Array ? Uint32Array
  : T extends Uint16Array ? Uint16Array : T extends Uint8Array ? Uint8Array : T extends Float32Array ? Float32Array : Float64Array;

/** A zeroed typed array of `length` elements over a SharedArrayBuffer. */
export function sharedArray<C extends new (buffer: SharedArrayBuffer, byteOffset: number, length: number) => TypedArray>(
  Type: C & { BYTES_PER_ELEMENT: number }, length: number,
): InstanceType<C> {
  return new Type(new SharedArrayBuffer(length * Type.BYTES_PER_ELEMENT), 0, length) as InstanceType<C>;
}

/** A copy of `a` over a SharedArrayBuffer (`a` itself when it is one already). */
export function toShared<T extends TypedArray>(a: T): TypedArrayOf<T> {
  if (a.buffer instanceof SharedArrayBuffer) return a as unknown as TypedArrayOf<T>;
  const Type = a.constructor as new (buffer: SharedArrayBuffer, byteOffset: number, length: number) => T;
  const copy = new Type(new SharedArrayBuffer(a.byteLength), 0, a.length);
  copy.set(a as never);
  return copy as unknown as TypedArrayOf<T>;
}
