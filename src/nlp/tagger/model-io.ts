import { readFileSync, writeFileSync } from 'node:fs';
import { DossierError } from '../../core/errors.js';
import { SparseModel } from './sparse-model.js';

/**
 * A tagger model file: "DSTG" magic, a uint32 header length, a JSON header (labels and anything the
 * tagger needs to rebuild its features), then the model's arrays, each 4-byte aligned.
 * Weights are stored as float32; one file loads in a few milliseconds.
 */
const MAGIC = 0x47545344; // "DSTG" little-endian

export interface TaggerFile<H> {
  readonly header: H & { readonly labels: readonly string[] };
  readonly models: readonly SparseModel[];
}

export function encodeTaggerFile<H>(file: TaggerFile<H>): Buffer {
  const header = Buffer.from(JSON.stringify({ ...file.header, models: file.models.map((m) => ({ nClasses: m.nClasses, features: m.keys.length, nnz: m.classes.length })) }), 'utf8');
  const pad = (n: number) => (4 - (n % 4)) % 4;
  const parts: Buffer[] = [];
  const head = Buffer.alloc(8);
  head.writeUInt32LE(MAGIC, 0);
  head.writeUInt32LE(header.length, 4);
  parts.push(head, header, Buffer.alloc(pad(header.length)));
  for (const m of file.models) {
    for (const arr of [m.keys, m.offsets, m.weights, m.classes]) {
      const b = Buffer.from(arr.buffer, arr.byteOffset, arr.byteLength);
      parts.push(b, Buffer.alloc(pad(b.length)));
    }
  }
  return Buffer.concat(parts);
}

export function decodeTaggerFile<H>(buf: Buffer, origin: string): TaggerFile<H> {
  if (buf.length < 8 || buf.readUInt32LE(0) !== MAGIC) {
    throw new DossierError('DATA_MISSING', `${origin}: not a Dossier tagger model (bad magic number)`);
  }
  const hlen = buf.readUInt32LE(4);
  const raw = JSON.parse(buf.subarray(8, 8 + hlen).toString('utf8')) as H & { labels: string[]; models: { nClasses: number; features: number; nnz: number }[] };
  // Copy into a fresh aligned buffer so typed-array views are legal; a shared one, so that worker
  // threads can be handed the model's arrays instead of reading their own (core/shared-tables.ts).
  const body = new Uint8Array(new SharedArrayBuffer(buf.length));
  body.set(buf);
  let off = 8 + hlen + ((4 - (hlen % 4)) % 4);
  const take = (bytes: number) => {
    const start = off;
    off += bytes + ((4 - (bytes % 4)) % 4);
    if (off > body.length + 3) throw new DossierError('DATA_MISSING', `${origin}: tagger model is truncated`);
    return start;
  };
  const models = raw.models.map((m) => {
    const keys = new Int32Array(body.buffer, take(m.features * 4), m.features);
    const offsets = new Uint32Array(body.buffer, take((m.features + 1) * 4), m.features + 1);
    const weights = new Float32Array(body.buffer, take(m.nnz * 4), m.nnz);
    const classes = new Uint8Array(body.buffer, take(m.nnz), m.nnz);
    return new SparseModel(m.nClasses, keys, offsets, classes, weights);
  });
  const { models: _omit, ...header } = raw;
  return { header: header as H & { labels: string[] }, models };
}

export function saveTaggerFile<H>(path: string, file: TaggerFile<H>): void {
  writeFileSync(path, encodeTaggerFile(file));
}

export function loadTaggerFile<H>(path: string): TaggerFile<H> {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch {
    throw new DossierError('DATA_MISSING', `${path}: tagger model is missing (run "npm run train" to rebuild it)`);
  }
  return decodeTaggerFile<H>(buf, path);
}
