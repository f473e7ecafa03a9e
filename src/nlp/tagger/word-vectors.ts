import { existsSync, readFileSync } from 'node:fs';
import { DossierError } from '../../core/errors.js';
import { packagePath } from '../../core/resources.js';
import { buildIntIndex, indexOf } from '../../core/int-index.js';
import { sharedParts, toShared } from '../../core/shared-tables.js';

/**
 * Word vectors for the NER window model (models/word-vectors.bin, derived from GloVe vectors by
 * scripts/derive-word-vectors.mjs): the most frequent words' vectors reduced to a few dimensions
 * and quantised to one byte each. Keyed by the same hash as a token's `lower` atom (lowercase,
 * digits folded to 0), so a token's vector is found without its string.
 *
 * File: "DSWV", uint32 dims, uint32 count, float32 scale, int32 keys[count], uint8 values[count * dims]
 * (value - 128) * scale is the coordinate.
 */
const MAGIC = 0x56575344; // "DSWV" little-endian

export interface WordVectorParts {
  readonly dims: number;
  readonly scale: number;
  readonly keys: Int32Array;
  /** (value - 128) * scale, row-major, dims a word. */
  readonly values: Uint8Array;
  /** Key -> row (core/int-index.ts). */
  readonly table: Int32Array;
}

export class WordVectors {
  readonly dims: number;
  readonly scale: number;
  readonly keys: Int32Array;
  readonly values: Uint8Array;
  private readonly table: Int32Array;

  constructor(p: WordVectorParts) {
    ({ dims: this.dims, scale: this.scale, keys: this.keys, values: this.values, table: this.table } = p);
  }

  /** Builds the lookup table for keys/values read from a file or made by training code. */
  static build(dims: number, scale: number, keys: Int32Array, values: Uint8Array): WordVectors {
    // Of two words with one key, the first (the more frequent) keeps it.
    return new WordVectors({ dims, scale, keys: toShared(keys), values: toShared(values), table: buildIntIndex(keys, true) });
  }

  parts(): WordVectorParts {
    return { dims: this.dims, scale: this.scale, keys: this.keys, values: this.values, table: this.table };
  }

  /** The row of the word whose `lower` atom is `key`, or -1. */
  row(key: number): number {
    return indexOf(this.table, this.keys, key);
  }

  static decode(buf: Buffer, origin: string): WordVectors {
    if (buf.length < 16 || buf.readUInt32LE(0) !== MAGIC) throw new DossierError('DATA_MISSING', `${origin}: not a Dossier word-vector file`);
    const dims = buf.readUInt32LE(4);
    const count = buf.readUInt32LE(8);
    const scale = buf.readFloatLE(12);
    if (buf.length !== 16 + count * 4 + count * dims) throw new DossierError('DATA_MISSING', `${origin}: word-vector file is truncated`);
    const keys = new Int32Array(count);
    for (let r = 0; r < count; r++) keys[r] = buf.readInt32LE(16 + r * 4);
    const values = new Uint8Array(buf.subarray(16 + count * 4));
    return WordVectors.build(dims, scale, keys, values);
  }

  static encode(dims: number, scale: number, keys: Int32Array, values: Uint8Array): Buffer {
    const head = Buffer.alloc(16);
    head.writeUInt32LE(MAGIC, 0);
    head.writeUInt32LE(dims, 4);
    head.writeUInt32LE(keys.length, 8);
    head.writeFloatLE(scale, 12);
    return Buffer.concat([head, Buffer.from(keys.buffer, keys.byteOffset, keys.byteLength), Buffer.from(values.buffer, values.byteOffset, values.byteLength)]);
  }
}

export const WORD_VECTORS_FILE = 'word-vectors.bin';

/** The table's arrays, built once a process (core/shared-tables.ts); undefined when the file is absent. */
export function wordVectorParts(): WordVectorParts | null {
  return sharedParts<WordVectorParts | null>('word-vectors', () => {
    const path = packagePath('models', WORD_VECTORS_FILE);
    return existsSync(path) ? WordVectors.decode(readFileSync(path), path).parts() : null;
  }, () => [packagePath('models', WORD_VECTORS_FILE)]);
}

let vectors: WordVectors | null | undefined;

export function wordVectors(): WordVectors | null {
  if (vectors === undefined) {
    const p = wordVectorParts();
    vectors = p ? new WordVectors(p) : null;
  }
  return vectors;
}
