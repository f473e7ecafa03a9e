import { readFileSync, writeFileSync } from 'node:fs';
import { DossierError } from '../../core/errors.js';

/**
 * The cue classifier's weights on disk (models/attribution-cue-classifier.bin, written by
 * scripts/train-cue-classifier.mjs): "DSCC" magic, a uint32 header length, a JSON header (what it
 * is, what it was trained on, the counts), padding to 8 bytes, then the weights as float64 (the
 * values training wrote, so scores are unchanged), each feature's end offset into the names as
 * uint32, and the feature names as UTF-8. It loads without parsing 100k JSON keys into strings.
 */
const MAGIC = 0x43435344; // "DSCC" little-endian

export interface CueModelHeader {
  readonly about: string;
  readonly trainedOn: string;
}

export interface CueModel {
  readonly header: CueModelHeader;
  /** Feature names and their weights, in the file's order. */
  readonly names: readonly string[];
  readonly weights: Float64Array;
}

const pad = (n: number, to: number) => (to - (n % to)) % to;

export function encodeCueModel(header: CueModelHeader, weights: ReadonlyMap<string, number>): Buffer {
  const names = [...weights.keys()];
  const nameBytes = names.map((n) => Buffer.from(n, 'utf8'));
  const totalNameBytes = nameBytes.reduce((s, b) => s + b.length, 0);
  const head = Buffer.from(JSON.stringify({ ...header, features: names.length, nameBytes: totalNameBytes }), 'utf8');
  const prefix = Buffer.alloc(8);
  prefix.writeUInt32LE(MAGIC, 0);
  prefix.writeUInt32LE(head.length, 4);
  const w = Float64Array.from(names, (n) => weights.get(n)!);
  const ends = new Uint32Array(names.length);
  let at = 0;
  nameBytes.forEach((b, i) => (ends[i] = at += b.length));
  return Buffer.concat([
    prefix, head, Buffer.alloc(pad(8 + head.length, 8)),
    Buffer.from(w.buffer), Buffer.from(ends.buffer), ...nameBytes,
  ]);
}

export function decodeCueModel(buf: Buffer, origin: string): CueModel {
  const bad = (why: string) => new DossierError('DATA_MISSING', `${origin}: ${why} (run "npm run train:attribution" to rebuild it)`);
  if (buf.length < 8 || buf.readUInt32LE(0) !== MAGIC) throw bad('not a Dossier cue classifier (bad magic number)');
  const hlen = buf.readUInt32LE(4);
  let raw: CueModelHeader & { features: number; nameBytes: number };
  try {
    raw = JSON.parse(buf.subarray(8, 8 + hlen).toString('utf8')) as typeof raw;
  } catch {
    throw bad('the cue classifier header is not JSON');
  }
  const n = raw.features;
  const start = 8 + hlen + pad(8 + hlen, 8);
  const namesAt = start + n * 12;
  if (!Number.isInteger(n) || n < 0 || buf.length !== namesAt + raw.nameBytes) throw bad('the cue classifier file is truncated');
  // Copies: the file's buffer need not be aligned for float64 views.
  const weights = new Float64Array(n);
  new Uint8Array(weights.buffer).set(buf.subarray(start, start + n * 8));
  const ends = new Uint32Array(n);
  new Uint8Array(ends.buffer).set(buf.subarray(start + n * 8, namesAt));
  const names: string[] = new Array(n);
  let from = namesAt;
  for (let i = 0; i < n; i++) {
    names[i] = buf.toString('utf8', from, namesAt + ends[i]!);
    from = namesAt + ends[i]!;
  }
  const { features: _f, nameBytes: _b, ...header } = raw;
  return { header, names, weights };
}

export function saveCueModel(path: string, header: CueModelHeader, weights: ReadonlyMap<string, number>): void {
  writeFileSync(path, encodeCueModel(header, weights));
}

export function loadCueModel(path: string): CueModel {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch {
    throw new DossierError('DATA_MISSING', `${path}: attribution cue classifier missing (run "npm run train:attribution")`);
  }
  return decodeCueModel(buf, path);
}
