import { closeSync, fstatSync, openSync, readSync, renameSync, statSync, writeFileSync } from 'node:fs';

/**
 * A file of built tables (`dist/tables.bin`, written by `npm run build`): the parts of every shared
 * table (see shared-tables.ts) as they are in memory, so that a process reads them in one go instead
 * of parsing model files, word lists and the city table afresh (about half a second of every start).
 *
 * Each table records the files it was built from (path, size, modification time). A table whose files
 * changed since (a retrained model, an edited word list) is not taken from the file but built anew, so
 * the file is only ever a shortcut: what a process uses is what its inputs say.
 *
 * Layout: "DSTC", the format version and the header's length (uint32 LE each), the header (JSON: per
 * table its inputs and its parts, each typed array written as {$a: type, o: offset, n: length}), zero
 * padding to 8 bytes, then the arrays' bytes, each at an offset aligned to 8. A reader loads the whole
 * file into one SharedArrayBuffer and makes each array a view of it, so the arrays can be handed to
 * worker threads as they are.
 */
const MAGIC = 'DSTC';
const FORMAT = 1;

/** A file a table was built from: its path, size and mtime in ms (size -1: the file did not exist). */
export type InputStamp = readonly [path: string, size: number, mtimeMs: number];

export interface CachedTable {
  readonly inputs: readonly InputStamp[];
  readonly parts: unknown;
}

type ArrayType = 'Int32Array' | 'Uint32Array' | 'Uint16Array' | 'Uint8Array' | 'Float32Array' | 'Float64Array' | 'Buffer';
const VIEWS: Record<ArrayType, (buf: SharedArrayBuffer | ArrayBuffer, offset: number, length: number) => ArrayBufferView> = {
  Int32Array: (b, o, n) => new Int32Array(b, o, n),
  Uint32Array: (b, o, n) => new Uint32Array(b, o, n),
  Uint16Array: (b, o, n) => new Uint16Array(b, o, n),
  Uint8Array: (b, o, n) => new Uint8Array(b, o, n),
  Float32Array: (b, o, n) => new Float32Array(b, o, n),
  Float64Array: (b, o, n) => new Float64Array(b, o, n),
  Buffer: (b, o, n) => Buffer.from(b, o, n),
};

export function stampInputs(paths: readonly string[]): InputStamp[] {
  return paths.map((p) => {
    try {
      const st = statSync(p);
      return [p, st.size, st.mtimeMs] as const;
    } catch {
      return [p, -1, 0] as const;
    }
  });
}

/** True when every input still has the size and mtime it had when the table was built. */
export function inputsUnchanged(inputs: readonly InputStamp[]): boolean {
  const now = stampInputs(inputs.map((i) => i[0]));
  return now.every((s, k) => s[1] === inputs[k]![1] && s[2] === inputs[k]![2]);
}

/** Writes `tables` to `path` (through a temporary file and a rename: a reader never sees half a file). */
export function writeTableCache(path: string, tables: ReadonlyMap<string, CachedTable>): void {
  const arrays: ArrayBufferView[] = [];
  let size = 0;
  const encode = (v: unknown): unknown => {
    if (ArrayBuffer.isView(v)) {
      const type = (Buffer.isBuffer(v) ? 'Buffer' : v.constructor.name) as ArrayType;
      if (!(type in VIEWS)) throw new TypeError(`table cache: cannot store a ${type}`);
      const o = size;
      arrays.push(v);
      size += (v.byteLength + 7) & ~7;
      return { $a: type, o, n: type === 'Buffer' ? v.byteLength : (v as unknown as { length: number }).length };
    }
    if (Array.isArray(v)) return v.map(encode);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encode(x)]));
    return v;
  };
  const header: Record<string, CachedTable> = {};
  for (const [name, t] of tables) header[name] = { inputs: t.inputs, parts: encode(t.parts) };
  const json = Buffer.from(JSON.stringify({ tables: header }), 'utf8');
  const blobStart = (12 + json.length + 7) & ~7;
  const out = Buffer.alloc(blobStart + size);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(FORMAT, 4);
  out.writeUInt32LE(json.length, 8);
  json.copy(out, 12);
  let at = blobStart;
  for (const a of arrays) {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += (a.byteLength + 7) & ~7;
  }
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, out);
  renameSync(tmp, path);
}

/**
 * The tables in the file at `path` (all of them: the caller checks each one's inputs), or undefined
 * when there is no such file or it is not one of ours in this format (then everything is built).
 */
export function readTableCache(path: string): Map<string, CachedTable> | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const size = fstatSync(fd).size;
    if (size < 12) return undefined;
    const sab = new SharedArrayBuffer(size);
    const bytes = new Uint8Array(sab);
    for (let at = 0; at < size;) {
      const n = readSync(fd, bytes, at, size - at, at);
      if (n === 0) return undefined;
      at += n;
    }
    const head = Buffer.from(sab, 0, 12);
    if (head.toString('latin1', 0, 4) !== MAGIC || head.readUInt32LE(4) !== FORMAT) return undefined;
    const jsonLength = head.readUInt32LE(8);
    const blobStart = (12 + jsonLength + 7) & ~7;
    const { tables } = JSON.parse(Buffer.from(sab, 12, jsonLength).toString('utf8')) as { tables: Record<string, CachedTable> };
    const decode = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(decode);
      if (v && typeof v === 'object') {
        const a = v as { $a?: ArrayType; o: number; n: number };
        if (a.$a !== undefined) return VIEWS[a.$a](sab, blobStart + a.o, a.n);
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, decode(x)]));
      }
      return v;
    };
    return new Map(Object.entries(tables).map(([name, t]) => [name, { inputs: t.inputs, parts: decode(t.parts) }]));
  } catch {
    // A damaged file is no reason to fail: the tables are built instead.
    return undefined;
  } finally {
    closeSync(fd);
  }
}
