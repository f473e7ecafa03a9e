/**
 * Read-only tables (the taggers' models, the GeoNames city table, word tables, the cue classifier's
 * weights) that a process builds once and its worker threads use as they are, without reading,
 * parsing or holding a copy of their own. Each table is kept as its "parts": a plain object of
 * numbers, short strings and typed arrays over SharedArrayBuffers. Posting the parts to a worker
 * thread copies the small fields and shares the arrays, so the memory is paid once per process.
 *
 * Every loader builds its table from its parts, in the main thread as in a worker: one code path.
 * A thread that was given no parts for a table (a plain `dossier extract`, a test) builds them itself
 * on first use, as before.
 */
const parts = new Map<string, unknown>();

/** The parts of table `name`: those this thread was given, else built now by `build` and kept. */
export function sharedParts<P>(name: string, build: () => P): P {
  let p = parts.get(name) as P | undefined;
  if (p === undefined) {
    p = build();
    parts.set(name, p);
  }
  return p;
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
